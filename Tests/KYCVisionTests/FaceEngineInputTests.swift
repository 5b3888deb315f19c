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
        #expect(FaceMatchCalibration.distance(analysis.descriptor, upright.descriptor) < 0.25)
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
