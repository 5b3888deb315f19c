import Foundation
import Vapor

/// Starts this process's webhook dispatcher (roles `all` and `worker`) and stops it at
/// shutdown, closing its HTTP clients.
struct WebhookDispatchers: LifecycleHandler {
    private let tasks = BackgroundTask()
    private let clients: PinnedHTTPClients

    init(eventLoopGroup: any EventLoopGroup, timeout: TimeInterval) {
        clients = PinnedHTTPClients(eventLoopGroup: eventLoopGroup, timeout: timeout)
    }

    func didBootAsync(_ app: Application) async throws {
        let services = app.kyc
        let dispatcher = WebhookDispatcher(services: services, database: { [unowned app] in app.db }, clients: clients,
                                           logger: app.logger)
        let concurrency = services.config.webhookConcurrency
        let poll = Duration.milliseconds(Int(services.config.webhookPollInterval * 1000))
        tasks.set(Task.detached { await dispatcher.run(concurrency: concurrency, pollInterval: poll) })
    }

    func shutdownAsync(_ app: Application) async {
        await tasks.cancelAndWait()
        await clients.shutdown()
    }
}
