import KYCCore
import KYCVision
import Synchronization

/// The face engine and the document reader of this process, loaded on first use (about
/// 100 MB of face models and Tesseract's data), so a server without the models still serves
/// everything else. Handed to the upload and verification code through `KYCServices`.
final class VisionEngines: Sendable {
    private let modelsDirectory: String
    private let limits: UploadLimits
    private let loaded = Mutex<(face: FaceEngine?, reader: DocumentReader?)>((nil, nil))

    init(modelsDirectory: String, limits: UploadLimits) {
        self.modelsDirectory = modelsDirectory
        self.limits = limits
    }

    func face() throws(KYCError) -> FaceEngine {
        try loaded.withLock { state throws(KYCError) in
            if let face = state.face { return face }
            var config = FaceEngineConfig(modelsDirectory: modelsDirectory)
            config.uploadLimits = limits
            let face = try FaceEngine(config: config)
            state.face = face
            return face
        }
    }

    func documentReader() throws(KYCError) -> DocumentReader {
        let face = try face()
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
