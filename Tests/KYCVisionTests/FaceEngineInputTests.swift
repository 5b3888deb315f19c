import Foundation
import KYCCore
import KYCVision
import Testing

@Suite("Face engine inputs")
struct FaceEngineInputTests {
    @Test("corrupt, empty, truncated and non-image inputs give typed errors")
    func badInputs() async throws {
        let engine = try VisionFixtures.engine.get()
        let jpeg = try VisionFixtures.image("img1.jpg")
        let cases: [(String, [UInt8], KYCError.Code)] = [
            ("empty", [], .corruptFile),
            ("text", Array("not an image".utf8), .unsupportedFileType),
            ("truncated", Array(jpeg.prefix(jpeg.count / 2)), .corruptFile),
            ("header only", Array(jpeg.prefix(600)), .corruptFile),
        ]
        for (name, bytes, code) in cases {
            await #expect(throws: KYCError.self, "\(name)") { _ = try await engine.detect(bytes) }
            do { _ = try await engine.detect(bytes) } catch { #expect((error as KYCError).code == code, "\(name): \(error)") }
        }
        var scrambled = jpeg
        for i in stride(from: 2000, to: scrambled.count - 2, by: 3) { scrambled[i] = UInt8(truncatingIfNeeded: i) }
        // Garbled entropy data decodes to noise or fails: either way no crash, and no face.
        if let detection = try? await engine.detect(scrambled) { #expect(detection.faces.isEmpty) }
    }

    @Test("no face and several faces are explicit results")
    func faceCounts() async throws {
        let engine = try VisionFixtures.engine.get()
        let many = try await engine.detect(try VisionFixtures.image("selfie-many-people.jpg"))
        #expect(many.faces.count > 1)
        #expect(many.quality.checks.first { $0.name == "face_count" }?.passed == false)
        do {
            _ = try await engine.analyze(try VisionFixtures.image("selfie-many-people.jpg"), policy: .single)
            Issue.record("expected MULTIPLE_FACES")
        } catch {
            #expect((error as? KYCError)?.code == .multipleFaces)
        }
        let blank = PNGWriter.rgba(width: 200, height: 150) { _, _ in (128, 128, 128, 255) }
        do {
            _ = try await engine.analyze(blank)
            Issue.record("expected NO_FACE_DETECTED")
        } catch {
            #expect(error.code == .noFaceDetected)
        }
    }

    @Test("rotated and RGBA images work", arguments: [0, 1, 2, 3])
    func rotatedAndRGBA(quarterTurns: Int) async throws {
        let engine = try VisionFixtures.engine.get()
        let upright = try await engine.analyze(try VisionFixtures.image("img2.jpg"))
        let pixels = try ImageDecoding.rgb(try VisionFixtures.image("img2.jpg"), maxSide: 800)
        let turned = PNGWriter.rotated(pixels, quarterTurns: quarterTurns)
        let analysis = try await engine.analyze(turned)
        #expect(analysis.detection.rotation == (4 - quarterTurns) % 4)
        #expect(FaceDescriptorDistance.between(analysis.descriptor, upright.descriptor) < 0.17)
    }

    @Test("grayscale PNG and WebP inputs work")
    func grayscaleAndWebP() async throws {
        let engine = try VisionFixtures.engine.get()
        let photo = try VisionFixtures.image("img2.jpg")
        let upright = try await engine.analyze(photo)
        let gray = try await engine.analyze(PNGWriter.gray(try ImageDecoding.rgb(photo, maxSide: 800)))
        #expect(FaceDescriptorDistance.between(gray.descriptor, upright.descriptor) < 0.2)
        let webp = try Self.webp(of: "img2.jpg")
        #expect(Array(webp.prefix(4)) == Array("RIFF".utf8))
        let fromWebP = try await engine.analyze(webp)
        #expect(FaceDescriptorDistance.between(fromWebP.descriptor, upright.descriptor) < 0.17)
    }

    /// The fixture's pixels are upright; tagging them "rotate 90° to display" must make the
    /// decoder turn them (so the face lies sideways) and the engine turn them back.
    @Test("EXIF orientation is applied at decode")
    func exifOrientation() async throws {
        let engine = try VisionFixtures.engine.get()
        let plain = try VisionFixtures.image("img5.jpg")
        let tagged = PNGWriter.withEXIFOrientation6(plain)
        let raw = try ImageDecoding.rgb(plain, maxSide: 4000)
        let oriented = try ImageDecoding.rgb(tagged, maxSide: 4000)
        #expect(raw.width != raw.height)
        #expect(oriented.width == raw.height && oriented.height == raw.width)
        let upright = try await engine.analyze(plain)
        let analysis = try await engine.analyze(tagged)
        #expect(analysis.detection.rotation == 1 || analysis.detection.rotation == 3)
        #expect(FaceDescriptorDistance.between(analysis.descriptor, upright.descriptor) < 0.14)
    }

    /// A real WebP made from a fixture with Debian's cwebp (installed by scripts/test).
    static func webp(of name: String) throws -> [UInt8] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".webp")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cwebp", "-quiet", "-q", "85", "-resize", "800", "0",
                             VisionFixtures.faces.appendingPathComponent(name).path, "-o", output.path]
        try process.run()
        process.waitUntilExit()
        return Array(try Data(contentsOf: output))
    }

    @Test("a missing model is named")
    func missingModel() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        #expect {
            try FaceEngine(config: FaceEngineConfig(modelsDirectory: directory))
        } throws: { error in
            (error as? KYCError)?.code == .modelUnavailable && (error as? KYCError)?.details["model"] == "shape_predictor_5_face_landmarks.dat"
        }
    }
}
