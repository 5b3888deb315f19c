import Foundation
import Testing
import KYCCore

@Suite("Upload inspection")
struct UploadInspectorTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    let images: Set<FileFormat> = [.jpeg, .png, .webp]
    let limits = UploadLimits()

    func fixture(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(path)))
    }

    @Test("real JPEG and PNG photos are recognised with their pixel size",
          arguments: ["faces/img1.jpg", "faces/couple.jpg", "spoof/image_F1.jpg", "mrz/0_id-esp.png"])
    func realImages(path: String) throws {
        let bytes = try fixture(path)
        let file = try UploadInspector.inspect(bytes, accepted: images, limits: limits)
        #expect(file.format == (path.hasSuffix(".png") ? .png : .jpeg))
        #expect((file.width ?? 0) > 50 && (file.height ?? 0) > 50)
        #expect(file.byteCount == bytes.count)
    }

    @Test("every shared fixture image passes, and every truncation of one is refused")
    func truncations() throws {
        let directory = Self.fixtures.appendingPathComponent("faces")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".jpg") }
        #expect(names.count > 50)
        for name in names {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
            #expect(throws: Never.self, "\(name)") { try UploadInspector.inspect(bytes, accepted: images, limits: limits) }
        }
        let png = try fixture("mrz/0_id-esp.png")
        let jpeg = try fixture("faces/img1.jpg")
        for bytes in [png, jpeg] {
            for cut in [1, 2, 100, bytes.count / 2, bytes.count - 3] {
                let error = #expect(throws: KYCError.self) {
                    try UploadInspector.inspect(Array(bytes.prefix(cut)), accepted: images, limits: limits)
                }
                #expect(error?.code == .corruptFile || error?.code == .unsupportedFileType, "cut at \(cut)")
            }
        }
    }

    @Test("a flipped byte inside a PNG fails its CRC")
    func pngCRC() throws {
        var png = try fixture("mrz/0_id-esp.png")
        png[png.count / 2] ^= 0x55
        let error = #expect(throws: KYCError.self) { try UploadInspector.inspect(png, accepted: images, limits: limits) }
        #expect(error?.code == .corruptFile)
    }

    @Test("limits: bytes and pixels, read from the header before decoding")
    func limitsEnforced() throws {
        let jpeg = try fixture("faces/img1.jpg")
        let small = UploadLimits(maxBytes: jpeg.count - 1)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect(jpeg, accepted: images, limits: small) }?.code == .fileTooLarge)
        let size = try UploadInspector.inspect(jpeg, accepted: images, limits: limits)
        let tight = UploadLimits(maxPixels: size.width! * size.height! - 1)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect(jpeg, accepted: images, limits: tight) }?.code == .imageTooLarge)
    }

    @Test("declared types do not matter; PDF only where accepted")
    func formats() throws {
        let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
        #expect(try UploadInspector.inspect(pdf, accepted: [.pdf], limits: limits).format == .pdf)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect(pdf, accepted: images, limits: limits) }?.code == .unsupportedFileType)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect(Array("%PDF-1.4 no end".utf8), accepted: [.pdf], limits: limits) }?.code == .corruptFile)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect(Array("GIF89a....".utf8), accepted: images, limits: limits) }?.code == .unsupportedFileType)
        #expect(#expect(throws: KYCError.self) { try UploadInspector.inspect([], accepted: images, limits: limits) }?.code == .corruptFile)
    }

    @Test("WebM and MP4 videos are recognised by their headers and taken only for liveness")
    func videos() throws {
        // EBML header with DocType "webm" (as MediaRecorder writes it), then an ISO-BMFF ftyp box.
        let webm: [UInt8] = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84] + Array("webm".utf8) + [0x42, 0x87]
        let mkv: [UInt8] = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88] + Array("matroska".utf8)
        let mp4: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomavc1".utf8)
        #expect(FileFormat.sniff(webm) == .webm && FileFormat.sniff(mp4) == .mp4 && FileFormat.sniff(mkv) == nil)
        let liveness = DocumentType.liveness.acceptedFormats
        #expect(try UploadInspector.inspect(webm, accepted: liveness, limits: limits).format == .webm)
        #expect(try UploadInspector.inspect(mp4, accepted: liveness, limits: limits).width == nil)
        let selfie = #expect(throws: KYCError.self) {
            try UploadInspector.inspect(mp4, accepted: DocumentType.selfie.acceptedFormats, limits: limits)
        }
        #expect(selfie?.code == .unsupportedFileType)
    }
}
