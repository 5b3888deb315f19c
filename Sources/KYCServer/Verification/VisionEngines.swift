import Dispatch
import KYCCore
import KYCVision
import Synchronization

/// The face engine and the document reader of this process, loaded on first use (about
/// 100 MB of face models and Tesseract's data), so a server without the models still serves
/// everything else. Handed to the upload and verification code through `KYCServices`.
///
/// Loading takes about a second of blocking file reads: it runs on a dispatch queue of its
/// own, never on Swift's few cooperative threads, which serve every request meanwhile.
final class VisionEngines: Sendable {
    private let modelsDirectory: String
    private let limits: UploadLimits
    private let loaded = Mutex<(face: FaceEngine?, reader: DocumentReader?)>((nil, nil))
    private let loader = DispatchQueue(label: "openkyc.vision-engines.loader")

    init(modelsDirectory: String, limits: UploadLimits) {
        self.modelsDirectory = modelsDirectory
        self.limits = limits
    }

    func face() async throws(KYCError) -> FaceEngine {
        if let face = loaded.withLock({ $0.face }) { return face }
        return try await onLoader { [self] () throws(KYCError) in try loadFace() }
    }

    func documentReader() async throws(KYCError) -> DocumentReader {
        if let reader = loaded.withLock({ $0.reader }) { return reader }
        return try await onLoader { [self] () throws(KYCError) -> DocumentReader in
            let face = try loadFace()
            return try loaded.withLock { state throws(KYCError) in
                if let reader = state.reader { return reader }
                var config = DocumentReaderConfig()
                config.uploadLimits = limits
                let reader = try DocumentReader(config: config, faces: face)
                state.reader = reader
                return reader
            }
        }
    }

    /// On the loader queue: one load at a time, the others then find it done.
    private func loadFace() throws(KYCError) -> FaceEngine {
        try loaded.withLock { state throws(KYCError) in
            if let face = state.face { return face }
            var config = FaceEngineConfig(modelsDirectory: modelsDirectory)
            config.uploadLimits = limits
            let face = try FaceEngine(config: config)
            state.face = face
            return face
        }
    }

    private func onLoader<T: Sendable>(_ work: @escaping @Sendable () throws(KYCError) -> T) async throws(KYCError) -> T {
        let result: Result<T, KYCError> = await withCheckedContinuation { continuation in
            loader.async { continuation.resume(returning: Result { () throws(KYCError) -> T in try work() }) }
        }
        return try result.get()
    }
}
