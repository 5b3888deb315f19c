import Fluent
import SQLKit
import Foundation
import KYCCore
import Synchronization
import Vapor

/// Marks sessions expired once their time is up, in the background, so listings and the
/// user endpoint see it even if nobody reads the session itself.
struct ExpirySweeper: LifecycleHandler {
    private let task = BackgroundTask()

    /// One sweep: every active session whose expiry has passed becomes `expired`, except
    /// sessions submitted for verification (their job decides them). One conditional UPDATE,
    /// so any number of instances may sweep at once: a row is expired once, whoever gets it.
    /// Returns how many this sweep expired.
    @discardableResult
    static func sweep(now: Date, on db: any Database) async throws -> Int {
        let sql = try db.sql()
        let active = [SessionStatus.pending.rawValue, SessionStatus.inProgress.rawValue]
        return try await sql.update(VerificationSession.schema)
            .set("status", to: SQLBind(SessionStatus.expired.rawValue))
            .set("active_user_key", to: SQLLiteral.null)
            .set("updated_at", to: SQLBind(now))
            .where("status", .in, SQLBind.group(active))
            .where("expires_at", .lessThanOrEqual, SQLBind(now))
            .where("submitted_at", .is, SQLLiteral.null)
            .returning("id").all().count
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
