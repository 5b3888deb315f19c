import Foundation
import Vapor

/// Starts this process's verification workers (`OPENKYC_WORKERS` loops; roles `all` and
/// `worker`) and stops them at shutdown.
struct VerificationWorkers: LifecycleHandler {
    private let tasks = BackgroundTask()

    func didBootAsync(_ app: Application) async throws {
        let services = app.kyc
        for _ in 0..<services.config.workerConcurrency {
            let worker = VerificationWorker(services: services, database: { [unowned app] in app.db }, logger: app.logger,
                                            owner: VerificationWorker.ownerName())
            let poll = services.config.workerPollInterval
            tasks.set(Task.detached { await worker.run(pollInterval: .milliseconds(Int(poll * 1000))) })
        }
    }

    func shutdownAsync(_ app: Application) async {
        await tasks.cancelAndWait()
    }
}
