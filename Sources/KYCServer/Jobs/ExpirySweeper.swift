import Fluent
import Foundation
import KYCCore
import Synchronization
import Vapor

/// Marks sessions expired once their time is up, in the background, so listings and the
/// user endpoint see it even if nobody reads the session itself.
struct ExpirySweeper: LifecycleHandler {
    private let task = TaskHolder()

    /// One sweep: every active session whose expiry has passed becomes `expired`. Returns how many.
    @discardableResult
    static func sweep(now: Date, on db: any Database) async throws -> Int {
        let active = [SessionStatus.pending.rawValue, SessionStatus.inProgress.rawValue]
        let due = try await VerificationSession.query(on: db)
            .filter(\.$status ~~ active).filter(\.$expiresAt <= now).count()
        guard due > 0 else { return 0 }
        try await VerificationSession.query(on: db)
            .filter(\.$status ~~ active).filter(\.$expiresAt <= now)
            .set(\.$status, to: SessionStatus.expired.rawValue)
            .set(\.$activeUserKey, to: nil)
            .set(\.$updatedAt, to: now)
            .update()
        return due
    }

    func didBootAsync(_ app: Application) async throws {
        let interval = app.kyc.config.expirySweepInterval
        let logger = app.logger
        let db = app.db
        let clock = app.kyc.clock
        task.set(Task.detached {
            while !Task.isCancelled {
                do {
                    let count = try await Self.sweep(now: clock(), on: db)
                    if count > 0 { logger.info("expired sessions swept", metadata: ["count": "\(count)"]) }
                } catch {
                    logger.error("expiry sweep failed", metadata: ["error.type": "\(type(of: error))"])
                }
                try? await Task.sleep(for: .seconds(interval))
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        await task.cancelAndWait()
    }
}

/// Holds the sweeper's task so shutdown can stop it.
private final class TaskHolder: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func set(_ newTask: Task<Void, Never>) { task.withLock { $0 = newTask } }

    func cancelAndWait() async {
        let running = task.withLock { current -> Task<Void, Never>? in
            defer { current = nil }
            return current
        }
        running?.cancel()
        await running?.value
    }
}
