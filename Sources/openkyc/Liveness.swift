import ArgumentParser
import Foundation
import KYCCore
import KYCVision

struct Liveness: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liveness",
        abstract: "Check a burst of frames or a short video against a challenge; prints liveness_passed, liveness_score and every signal as JSON.")

    @Option(help: "The moves asked for, in order: left, right, up, closer (or turn_left, …).") var challenge: String
    @Argument(help: "Frames in capture order (JPEG, PNG or WebP) or one video (WebM or MP4), as the camera saw them (not mirrored).")
    var frames: [String]
    @Option(help: "The session's selfie: frames must show the same person and must not be copies of it.") var selfie: String?
    @Option(help: "Capture times in milliseconds, comma-separated, one per frame (a video has its own).") var timestamps: String?
    @Option(help: "A file of frame hashes from earlier sessions (one 64-hex-digit hash per line).") var knownHashes: String?
    @Option(help: "Append this burst's frame hashes to a file (for --known-hashes later).") var hashesOut: String?
    @Option(help: "Write each faced frame's colour-texture numbers (kv_frame_cues.texture) to this JSON file, to train the recapture model.")
    var textureOut: String?
    @Option(help: "Directory of the dlib models (default: OPENKYC_MODELS_DIR or ./models).") var models: String?

    struct Output: Encodable {
        let report: LivenessReport
        let timings: [String: Double]

        func encode(to encoder: Encoder) throws {
            try report.encode(to: encoder)
            enum Keys: String, CodingKey { case timings }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(timings, forKey: .timings)
        }
    }

    func run() async throws {
        do {
            let moves = try LivenessChallenge(parsing: challenge)
            let times = try parseTimestamps()
            let files = try frames.map { path throws(KYCError) in try readFile(path) }
            let known = try knownHashes.map { path throws(KYCError) in
                String(decoding: try readFile(path), as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { FrameHash(hex: String($0)) }
            } ?? []
            let engine = try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory(models)))
            let analysis = try await LivenessAnalyzer(engine: engine).analyze(
                upload: files, timestamps: times, challenge: moves, selfie: try selfie.map(readFile), knownHashes: known)
            if let hashesOut { try append(analysis.report.frameHashes, to: hashesOut) }
            if let textureOut { try writeTextures(analysis.observations, to: textureOut) }
            try printJSON(Output(report: analysis.report, timings: analysis.timings))
        } catch let error as KYCError {
            try failJSON(error)
        }
    }

    private func parseTimestamps() throws(KYCError) -> [Double]? {
        guard let timestamps else { return nil }
        let parts = timestamps.split(separator: ",")
        let values = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == parts.count else { throw KYCError.invalid("timestamps", "must be numbers (milliseconds)") }
        return values
    }

    private func writeTextures(_ observations: [FrameObservation], to path: String) throws(KYCError) {
        let textures = observations.filter { $0.faceCount > 0 }.map(\.texture)
        guard let data = try? JSONEncoder().encode(textures), FileManager.default.createFile(atPath: path, contents: data) else {
            throw KYCError(.invalidParameter, "Cannot write \(path)", details: ["path": path])
        }
    }

    private func append(_ hashes: [FrameHash], to path: String) throws(KYCError) {
        let lines = hashes.map { "\($0)\n" }.joined()
        let existing = FileManager.default.contents(atPath: path) ?? Data()
        guard FileManager.default.createFile(atPath: path, contents: existing + Data(lines.utf8)) else {
            throw KYCError(.invalidParameter, "Cannot write \(path)", details: ["path": path])
        }
    }
}
