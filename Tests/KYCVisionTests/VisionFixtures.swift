import Foundation
import KYCCore
import KYCVision
import Testing

/// Shared fixtures and one engine for the whole test run (models load once).
enum VisionFixtures {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let faces = root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/faces")

    static let engine: Result<FaceEngine, KYCError> = Result { () throws(KYCError) -> FaceEngine in
        let directory = ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"] ?? root.appendingPathComponent("models").path
        return try FaceEngine(config: FaceEngineConfig(modelsDirectory: directory))
    }

    static func image(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: faces.appendingPathComponent(name)))
    }

    /// Labelled pairs from a fixture CSV (file names in the first two columns, Yes/No third).
    static func pairs(_ csv: String) throws -> [(String, String, Bool)] {
        let text = try String(contentsOf: faces.appendingPathComponent(csv), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let columns = line.split(separator: ",").map(String.init)
            guard columns.count >= 3 else { return nil }
            let name = { (path: String) in String(path.split(separator: "/").last ?? "") }
            return (name(columns[0]), name(columns[1]), columns[2] == "Yes")
        }
    }

}

/// Descriptors of every image the pair lists name (largest face), computed once per run.
actor DescriptorCache {
    static let shared = DescriptorCache()
    private var computation: Task<[String: [Float]], any Error>?

    func all() async throws -> [String: [Float]] {
        if computation == nil {
            computation = Task {
                let engine = try VisionFixtures.engine.get()
                let names = Set(try VisionFixtures.pairs("master.csv").flatMap { [$0.0, $0.1] }
                    + VisionFixtures.pairs("face-recognition-pivot.csv").flatMap { [$0.0, $0.1] })
                return try await withThrowingTaskGroup(of: (String, [Float]).self) { group in
                    for name in names {
                        group.addTask {
                            (name, try await engine.analyze(try VisionFixtures.image(name), policy: .largest).descriptor)
                        }
                    }
                    return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
                }
            }
        }
        return try await computation!.value
    }
}
