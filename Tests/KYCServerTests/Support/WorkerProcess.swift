import Foundation
import Testing
@testable import KYCServer

/// An `openkyc worker` process (verification workers and the webhook dispatcher, no HTTP) on
/// a test application's database, data directory and key, as a second machine would run it.
enum WorkerProcess {
    static func start(_ t: TestApp, environment extra: [String: String] = [:]) throws -> Process {
        let databaseURL: String
        switch t.config.database {
        case .sqliteFile(let path): databaseURL = "sqlite://" + path
        case .postgres(let url): databaseURL = url
        case .sqliteMemory: throw Unshareable()
        }
        let worker = Process()
        worker.executableURL = CLITests.binary
        worker.arguments = ["worker"]
        worker.environment = ProcessInfo.processInfo.environment.merging([
            "DATABASE_URL": databaseURL, "OPENKYC_DATA_DIR": t.config.dataDirectory,
            "OPENKYC_ENCRYPTION_KEY": Data(try #require(t.config.encryptionKey)).base64EncodedString(),
            "OPENKYC_MODELS_DIR": t.config.modelsDirectory,
        ].merging(extra) { $1 }) { $1 }
        worker.standardOutput = FileHandle.nullDevice
        worker.standardError = FileHandle.nullDevice
        try worker.run()
        return worker
    }

    struct Unshareable: Error, CustomStringConvertible {
        var description: String { "a worker process cannot share an in-memory database" }
    }
}
