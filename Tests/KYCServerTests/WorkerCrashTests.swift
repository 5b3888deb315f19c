import Fluent
import Foundation
import Logging
import Testing
import VaporTesting
@testable import KYCServer

/// A worker process killed with SIGKILL in the middle of a verification: its lease lapses,
/// another worker takes the job over, and exactly one decision is stored.
@Suite("Verification workers: crash and take-over")
struct WorkerCrashTests {
    @Test("kill -9 of an openkyc worker mid-job: the job resumes elsewhere and one decision is stored",
          arguments: TestDatabase.available)
    func killedWorker(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        // This application serves the API only: the job is left for the worker process.
        try await withTestApp(database, adjust: { $0.role = .api; $0.jobLease = 3 }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await VerificationAPITests().prepare(t, key: key, person: person)
            let submitted = try await t.request(.POST, "verify/\(id)?async=true", key: key)
            #expect(submitted.status == .accepted, "\(submitted.text)")

            let worker = try WorkerProcess.start(t, environment: ["OPENKYC_JOB_LEASE_SECONDS": "3"])
            defer { if worker.isRunning { kill(worker.processIdentifier, SIGKILL) } }

            // Killed as soon as it holds the job (it loads the models and reads the document
            // after the claim, seconds of work).
            var claimed: VerificationJob?
            for _ in 0..<600 where claimed == nil {
                let job = try await VerificationJob.query(on: t.app.db).first()
                if job?.state == "running" && job?.leaseOwner != nil { claimed = job } else { try await Task.sleep(for: .milliseconds(50)) }
            }
            let taken = try #require(claimed, "the worker process never claimed the job")
            kill(worker.processIdentifier, SIGKILL)
            worker.waitUntilExit()
            #expect(worker.terminationReason == .uncaughtSignal)
            #expect(try await Verification.query(on: t.app.db).count() == 0, "killed before it could decide")
            #expect(try await VerificationJob.query(on: t.app.db).first()?.state == "running", "the dead worker's lease is still on it")

            // Another worker: nothing to take while the lease holds; after it lapses, it resumes.
            let rescuer = VerificationWorker(services: t.app.kyc, database: { t.app.db }, logger: Logger(label: "test"),
                                             owner: VerificationWorker.ownerName())
            #expect(try await rescuer.runOnce() == false)
            // The test clock stands still while real time runs (the dead worker leased by the
            // real clock): move it just past the lease.
            // The lease to outlast is the last one the dead worker wrote: on a loaded machine it
            // may have renewed once between being seen holding the job and the kill.
            let lastLease = try #require(try await VerificationJob.query(on: t.app.db).first()?.leaseExpiresAt)
            let lapsed = lastLease.timeIntervalSince(t.clock.now) + 1
            t.clock.advance(by: max(1, lapsed))
            #expect(try await rescuer.runOnce() == true)
            let job = try #require(try await VerificationJob.query(on: t.app.db).first())
            #expect(job.state == "done" && job.attempts == 2 && job.leaseOwner == nil, "\(job.state) \(job.attempts)")
            #expect(taken.leaseOwner != rescuer.owner)
            let decisions = try await Verification.query(on: t.app.db).all()
            #expect(decisions.count == 1 && decisions.first?.worker == rescuer.owner)
            let status = try await t.request(.GET, "session/\(id)/status", key: key).object
            #expect(status["status"] as? String == decisions.first?.status)
            #expect(try await t.request(.POST, "verify/\(id)", key: key).object["status"] as? String == "approved")
        }
    }

    @Test("a job whose every attempt died goes to review with the error, never stuck in progress",
          arguments: TestDatabase.available)
    func attemptsExhausted(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        try await withTestApp(database, adjust: { $0.role = .api }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await VerificationAPITests().prepare(t, key: key, person: person)
            #expect(try await t.request(.POST, "verify/\(id)?async=true", key: key).status == .accepted)
            // As if three workers had claimed it and died: the last lease has lapsed.
            let job = try #require(try await VerificationJob.query(on: t.app.db).first())
            job.state = "running"
            job.attempts = job.maxAttempts
            job.leaseOwner = "dead-worker"
            job.leaseExpiresAt = t.clock.now.addingTimeInterval(-1)
            job.lastError = "MODEL_UNAVAILABLE"
            try await job.save(on: t.app.db)

            let worker = VerificationWorker(services: t.app.kyc, database: { t.app.db }, logger: Logger(label: "test"),
                                            owner: VerificationWorker.ownerName())
            #expect(try await worker.runOnce() == true)
            let ended = try #require(try await VerificationJob.query(on: t.app.db).first())
            #expect(ended.state == "failed" && ended.attempts == ended.maxAttempts + 1)
            let verify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(verify.object["status"] as? String == "pending_review", "\(verify.text)")
            let reasons = (verify.object["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(reasons == ["VERIFICATION_ERROR"])
            #expect(try await VerificationEvent.query(on: t.app.db).all().map(\.event) == ["verification.completed"])
        }
    }
}
