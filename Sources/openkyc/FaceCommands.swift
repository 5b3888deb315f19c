import ArgumentParser
import Foundation
import KYCCore
import KYCVision

/// The models directory: OPENKYC_MODELS_DIR, or ./models as scripts/serve lays it out.
func modelsDirectory(_ option: String?) -> String {
    option ?? ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"] ?? "models"
}

/// Reads a file (an image, a video, a list), or fails with a typed error object.
func readFile(_ path: String) throws(KYCError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw KYCError(.invalidParameter, "Cannot read \(path)", details: ["path": path])
    }
    return Array(data)
}

/// Prints `{"error": {"code", "message", "details"}}` and exits non-zero.
func failJSON(_ error: KYCError) throws -> Never {
    struct Failure: Encodable {
        struct Body: Encodable { let code: String; let message: String; let details: [String: String] }
        let error: Body
    }
    try printJSON(Failure(error: .init(code: error.code.rawValue, message: error.message, details: error.details)))
    throw ExitCode(2)
}

struct FaceMatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "face-match",
        abstract: "Compare the faces in two images; prints distance, score, match, faces, quality and timings as JSON.")

    @Argument(help: "The probe image (a selfie).") var probe: String
    @Argument(help: "The reference image (a selfie or an ID document).") var reference: String
    @Option(help: "Directory of the dlib models (default: OPENKYC_MODELS_DIR or ./models).") var models: String?
    @Flag(help: "Use the largest face of the probe instead of requiring exactly one.") var largestFace = false

    func run() async throws {
        do {
            let engine = try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory(models)))
            let result = try await engine.compare(try readFile(probe), try readFile(reference),
                                                  probePolicy: largestFace ? .largest : .single)
            try printJSON(result)
        } catch let error as KYCError {
            try failJSON(error)
        }
    }
}

struct FaceDetect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "face-detect",
        abstract: "Find faces and measure image quality; prints JSON (one line per image, with its file, for several).")

    @Argument(help: "The images.") var images: [String]
    @Option(help: "Directory of the dlib models (default: OPENKYC_MODELS_DIR or ./models).") var models: String?

    struct Line: Encodable {
        let file: String
        let detection: FaceDetection?
        let error: String?
    }

    func run() async throws {
        do {
            let engine = try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory(models), workers: 1))
            guard images.count > 1 else { return try printJSON(try await engine.detect(try readFile(images[0]))) }
            let encoder = JSONEncoder()
            for path in images {
                let line: Line
                do { line = Line(file: path, detection: try await engine.detect(try readFile(path)), error: nil) } catch {
                    line = Line(file: path, detection: nil, error: error.code.rawValue)
                }
                print(String(decoding: try encoder.encode(line), as: UTF8.self))
            }
        } catch let error as KYCError {
            try failJSON(error)
        }
    }
}

/// For benchmarks and batch checks: one JSON line per image with the descriptor of its
/// largest face (null when none) and the wall time from reading the file to the descriptor.
struct FaceEmbed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "face-embed", abstract: "Print each image's face descriptor and timing as JSON lines.")

    @Argument(help: "Images.") var images: [String]
    @Option(help: "Directory of the dlib models (default: OPENKYC_MODELS_DIR or ./models).") var models: String?
    @Option(help: "Engine copies working in parallel (output order then follows completion).") var workers = 1

    struct Line: Encodable {
        let file: String
        let descriptor: [Float]?
        let faces: Int
        let totalMs: Double
        let error: String?
        enum CodingKeys: String, CodingKey { case file, descriptor, faces, totalMs = "total_ms", error }
    }

    func run() async throws {
        let engine: FaceEngine
        do {
            engine = try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory(models), workers: workers))
        } catch {
            try failJSON(error)
        }
        // Each stream takes every n-th image, so n engine copies are busy at once.
        let streams = max(1, workers)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for stream in 0..<streams {
                let share = images.enumerated().filter { $0.offset % streams == stream }.map(\.element)
                group.addTask { try await Self.embed(share, engine: engine) }
            }
            try await group.waitForAll()
        }
    }

    private static func embed(_ images: [String], engine: FaceEngine) async throws {
        let encoder = JSONEncoder()
        let clock = ContinuousClock()
        for path in images {
            let start = clock.now
            let outcome: Result<FaceAnalysis, KYCError>
            do { outcome = .success(try await engine.analyze(try readFile(path), policy: .largest)) } catch {
                outcome = .failure(error)
            }
            let ms = (clock.now - start).milliseconds
            let line = switch outcome {
            case .success(let analysis):
                Line(file: path, descriptor: analysis.descriptor, faces: analysis.detection.faces.count, totalMs: ms, error: nil)
            case .failure(let error):
                Line(file: path, descriptor: nil, faces: 0, totalMs: ms, error: error.code.rawValue)
            }
            print(String(decoding: try encoder.encode(line), as: UTF8.self))
        }
    }
}
