import Foundation
import KYCCore
import Testing

/// Real images for upload tests: face photos from the shared fixtures, and the same photo
/// re-encoded as WebP and PNG with Debian's `cwebp`/`dwebp` (installed by the test script).
enum TestImages {
    /// The repository's root directory.
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // file → Support → KYCServerTests → Tests
        return url
    }()

    static let fixtures = repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    static func fixture(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    static func jpeg(_ name: String = "img1.jpg") throws -> [UInt8] { try fixture("faces/" + name) }

    static func webp() throws -> [UInt8] { try converted.get().webp }

    static func png() throws -> [UInt8] { try converted.get().png }

    /// A JPEG made by ffmpeg (Debian's, installed by scripts/test) with `arguments` between the
    /// input options and the output: a darkened fixture, or a plain picture without a face.
    static func ffmpegJPEG(_ arguments: [String]) throws -> [UInt8] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openkyc-\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: output) }
        try runTool("ffmpeg", ["-loglevel", "error", "-y"] + arguments + ["-frames:v", "1", output.path])
        return Array(try Data(contentsOf: output))
    }

    /// Converted once per run (a static is initialised once, even with tests in parallel).
    private static let converted: Result<(webp: [UInt8], png: [UInt8]), any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("openkyc-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let webp = directory.appendingPathComponent("img2.webp")
        let png = directory.appendingPathComponent("img2.png")
        try runTool("cwebp", ["-quiet", "-q", "80", "-resize", "480", "0",
                           fixtures.appendingPathComponent("faces/img2.jpg").path, "-o", webp.path])
        try runTool("dwebp", ["-quiet", webp.path, "-o", png.path])
        return (Array(try Data(contentsOf: webp)), Array(try Data(contentsOf: png)))
    }


    /// A PNG whose header claims `width`×`height` with valid chunk CRCs: a decompression bomb
    /// in miniature (the pixel data is a few bytes of zlib that would inflate hugely).
    static func pngClaiming(width: UInt32, height: UInt32) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let typeBytes = Array(type.utf8)
            return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(CRC32.checksum((typeBytes + data)[...]))
        }
        let header = bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0]
        let idat: [UInt8] = [0x78, 0x9C, 0xED, 0xC1, 0x01, 0x0D, 0x00, 0x00, 0x00, 0xC2, 0xA0, 0xF7, 0x4F, 0x6D, 0x0E]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat) + chunk("IEND", [])
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

}
