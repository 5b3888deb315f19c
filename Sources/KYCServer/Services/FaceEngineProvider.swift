import KYCCore
import KYCVision
import Synchronization

/// The face models load once per process (about 100 MB, a third of a second) and only when a
/// request first needs them, so a server without models still serves everything else.
enum FaceEngineProvider {
    private static let engines = Mutex<[String: FaceEngine]>([:])

    static func engine(modelsDirectory: String) throws(KYCError) -> FaceEngine {
        try engines.withLock { engines throws(KYCError) in
            if let engine = engines[modelsDirectory] { return engine }
            let engine = try FaceEngine(config: FaceEngineConfig(modelsDirectory: modelsDirectory))
            engines[modelsDirectory] = engine
            return engine
        }
    }
}
