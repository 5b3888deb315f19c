import Fluent
import Foundation
import KYCCore
import Logging

/// Takes verification jobs from the queue and decides them. Any number of workers, in any
/// number of processes, share one database's queue.
struct VerificationWorker: Sendable {
    let services: KYCServices
    let database: @Sendable () -> any Database
    let logger: Logger
    /// host:pid:random, unique per worker loop.
    let owner: String

    var queue: VerificationQueue { services.verificationQueue }

    /// Claims and decides one job; false when there was none.
    @discardableResult
    func runOnce() async throws -> Bool {
        let db = database()
        guard let claim = try await queue.claim(owner: owner, now: services.clock(), on: db) else { return false }
        var metadata: Logger.Metadata = ["job.id": "\(claim.jobID)", "session.id": "\(claim.sessionID)", "job.attempt": "\(claim.attempt)"]
        let recorder = VerificationRecorder(cipher: services.cipher, queue: queue, worker: owner)
        guard let session = try await VerificationSession.query(on: db)
            .filter(\.$id == claim.sessionID).filter(\.$tenantID == claim.tenantID).first()
        else {
            try await queue.finish(claim, owner: owner, state: .failed, error: "session missing", now: services.clock(), on: db)
            return true
        }
        if claim.attempt > claim.maxAttempts {
            // The earlier attempts died with their workers (the lease lapsed every time).
            let job = try await queue.job(of: claim.sessionID, on: db)
            try await recorder.giveUp(session: session, claim: claim, error: job?.lastError ?? "the worker stopped during every attempt",
                                      now: services.clock(), on: db)
            services.webhookSignal.notify()
            logger.warning("verification gave up", metadata: metadata)
            return true
        }
        let heartbeat = Task {
            let interval = services.verificationQueue.leaseDuration / 3
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(interval))
                guard try await queue.renew(claim, owner: owner, now: services.clock(), on: db) else { return }
            }
        }
        defer { heartbeat.cancel() }
        do {
            let tenant = try await Tenant.find(claim.tenantID, on: db)
            let policy = tenant?.policy ?? VerificationPolicy()
            let pipeline = VerificationPipeline(engines: services.engines, documents: services.documents,
                                                faceIndex: services.faceIndex, fraudLimits: services.fraudLimits)
            let now = services.clock()
            let result = try await pipeline.run(session: session, now: now, on: db)
            let signals = VerificationChecks.signals(result.evidence, policy: policy)
            let outcome = VerificationDecider.decide(signals, scores: result.scores, policy: policy)
            try await recorder.record(result, outcome: outcome, signals: signals, policy: policy, session: session,
                                      claim: claim, now: services.clock(), on: db)
            services.webhookSignal.notify()
            metadata["verification.status"] = "\(outcome.status.rawValue)"
            logger.info("verification decided", metadata: metadata)
        } catch is VerificationQueue.LeaseLost {
            logger.warning("verification lease lost: another worker took the job over", metadata: metadata)
        } catch {
            let described = (error as? KYCError).map { $0.code.rawValue } ?? "\(type(of: error))"
            metadata["error.type"] = "\(described)"
            if claim.attempt >= claim.maxAttempts {
                try await recorder.giveUp(session: session, claim: claim, error: described, now: services.clock(), on: db)
                services.webhookSignal.notify()
                logger.error("verification failed on its last attempt: sent to review", metadata: metadata)
            } else {
                try await queue.release(claim, owner: owner, error: described, now: services.clock(), on: db)
                logger.warning("verification attempt failed: queued again", metadata: metadata)
            }
        }
        return true
    }

    /// Works until cancelled: a job after another while there are any, else waits for a
    /// signal from this process or the next poll.
    func run(pollInterval: Duration) async {
        while !Task.isCancelled {
            do {
                if try await runOnce() { continue }
            } catch {
                logger.error("verification worker: claim failed", metadata: ["error.type": "\(type(of: error))"])
            }
            await services.workSignal.wait(upTo: pollInterval)
        }
    }

    static func ownerName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8).lowercased())"
    }
}
