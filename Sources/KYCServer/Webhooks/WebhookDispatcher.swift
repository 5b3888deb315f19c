import Fluent
import Foundation
import KYCCore
import Logging
import Synchronization

/// Delivers the outbox: claims due events, sends each with its tenant's signatures, records
/// the attempt and schedules the next. One dispatcher per process, with up to `concurrency`
/// sessions' events in flight; any number of processes share one database's outbox.
///
/// One session's claimed events go out in the order they were written (approved before
/// completed) on one connection; different sessions go out in parallel, so one slow receiver
/// never holds up the others.
struct WebhookDispatcher: Sendable {
    let services: KYCServices
    let database: @Sendable () -> any Database
    let sender: WebhookSender
    let logger: Logger
    /// host:pid:random, unique per dispatcher.
    let owner: String

    var queue: WebhookQueue { services.webhookQueue }
    var signal: WorkSignal { services.webhookSignal }

    /// Sends events until cancelled: claims as many as there are free slots, then waits for a
    /// slot to free, a new event in this process, or the next poll.
    func run(concurrency: Int, pollInterval: Duration) async {
        let busy = InFlight()
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                let free = concurrency - busy.count.withLock { $0 }
                var claimed = 0
                if free > 0 {
                    do {
                        let batches = try await claim(limit: free)
                        claimed = batches.reduce(0) { $0 + $1.count }
                        for batch in batches {
                            busy.count.withLock { $0 += 1 }
                            group.addTask {
                                await deliver(batch)
                                busy.count.withLock { $0 -= 1 }
                                signal.notify()
                            }
                        }
                    } catch {
                        logger.error("webhook dispatcher: claim failed", metadata: ["error.type": "\(type(of: error))"])
                    }
                }
                if claimed < free || free == 0 { await signal.wait(upTo: pollInterval) }
            }
        }
    }

    /// Claims and sends every event due now, waiting for the sends; returns how many were sent.
    @discardableResult
    func runOnce(limit: Int = 256) async throws -> Int {
        let batches = try await claim(limit: limit)
        await withDiscardingTaskGroup { group in
            for batch in batches { group.addTask { await deliver(batch) } }
        }
        return batches.reduce(0) { $0 + $1.count }
    }

    /// Due events, grouped by session in the order they were written.
    private func claim(limit: Int) async throws -> [[WebhookQueue.Claim]] {
        let claims = try await queue.claim(owner: owner, limit: limit, now: services.clock(), on: database())
        return Dictionary(grouping: claims, by: \.sessionID).values.map { $0.sorted { $0.sequence < $1.sequence } }
    }

    private func deliver(_ batch: [WebhookQueue.Claim]) async {
        guard let first = batch.first else { return }
        let db = database()
        let secrets: [String]
        do {
            guard let tenant = try await Tenant.find(first.tenantID, on: db) else { return }
            secrets = try WebhookSecrets.signing(tenant, cipher: services.cipher, now: services.clock())
        } catch {
            // The lease lapses and the events are claimed again.
            logger.error("webhook dispatcher: tenant secret unavailable", metadata: ["error.type": "\(type(of: error))"])
            return
        }
        for (position, claim) in batch.enumerated() {
            if Task.isCancelled {
                // Stopping: what was not sent goes back at once, no attempt counted.
                try? await queue.release(Array(batch[position...]), owner: owner, on: db)
                return
            }
            let startedAt = services.clock()
            let delivery = WebhookSender.Delivery(eventID: VerificationEvent.publicID(claim.id), event: claim.event, url: claim.url,
                                                  body: Array(claim.payload.utf8), secrets: secrets)
            let result = await sender.send(delivery, now: startedAt)
            if Task.isCancelled && result.statusCode == nil {
                // The request was cut short by the stop, not by the receiver: send it again soon.
                try? await queue.release(Array(batch[position...]), owner: owner, on: db)
                return
            }
            do {
                let step = try await queue.record(claim, result: result, startedAt: startedAt, owner: owner,
                                                  now: services.clock(), on: db)
                if step != .done {
                    logger.info("webhook not delivered", metadata: [
                        "event.id": "\(delivery.eventID)", "http.status": "\(result.statusCode.map(String.init) ?? "none")",
                        "webhook.next": "\(step)",
                    ])
                }
            } catch {
                logger.error("webhook dispatcher: could not record an attempt", metadata: ["error.type": "\(type(of: error))"])
            }
        }
    }
}

extension WebhookDispatcher {
    /// A dispatcher sending through `clients`, with the service's target checks and timeout,
    /// under a fresh owner name.
    init(services: KYCServices, database: @escaping @Sendable () -> any Database, clients: PinnedHTTPClients, logger: Logger) {
        self.init(services: services, database: database,
                  sender: WebhookSender(targets: services.webhookTargets, clients: clients, timeout: services.config.webhookTimeout),
                  logger: logger, owner: VerificationWorker.ownerName())
    }
}

/// The number of batches a dispatcher has in flight, shared with their tasks.
private final class InFlight: Sendable {
    let count = Mutex(0)
}
