import Foundation
import Testing
import KYCCore

@Suite("Session lifecycle")
struct SessionProgressTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("steps advance in order; address only when asked for")
    func stepOrder() throws {
        var progress = SessionProgress.new(createdAt: start, requiresAddress: false)
        #expect(progress.status == .pending)
        #expect(progress.currentStep == .personalInfo)
        try progress.complete(.personalInfo, at: start)
        #expect(progress.status == .inProgress)
        #expect(progress.currentStep == .idFront)
        try progress.complete(.idBack, at: start)
        #expect(progress.currentStep == .idFront, "the first missing step, not the last done")
        for step in [VerificationStep.idFront, .selfie, .liveness] { try progress.complete(step, at: start) }
        #expect(progress.currentStep == .review)
        #expect(progress.isReadyForReview)
        #expect(throws: KYCError.self) { try progress.complete(.address, at: start) }

        var withAddress = SessionProgress.new(createdAt: start, requiresAddress: true)
        for step in [VerificationStep.personalInfo, .idFront, .idBack, .selfie, .liveness] { try withAddress.complete(step, at: start) }
        #expect(withAddress.currentStep == .address)
        #expect(!withAddress.isReadyForReview)
        try withAddress.complete(.address, at: start)
        #expect(withAddress.currentStep == .review)
    }

    @Test("expiry at 24 hours, on the boundary")
    func expiry() throws {
        var progress = SessionProgress.new(createdAt: start, requiresAddress: false)
        #expect(progress.expiresAt == start.addingTimeInterval(86_400))
        #expect(progress.effectiveStatus(at: start.addingTimeInterval(86_399)) == .pending)
        #expect(progress.effectiveStatus(at: start.addingTimeInterval(86_400)) == .expired)
        let early = progress.expireIfDue(at: start.addingTimeInterval(10))
        #expect(!early)
        let due = progress.expireIfDue(at: start.addingTimeInterval(90_000))
        #expect(due)
        #expect(progress.status == .expired)
        let again = progress.expireIfDue(at: start.addingTimeInterval(90_001))
        #expect(!again, "only once")
        var expired = progress
        let error = #expect(throws: KYCError.self) { try expired.complete(.selfie, at: start) }
        #expect(error?.code == .sessionExpired)
    }

    @Test("final states do not expire or accept steps")
    func finalStates() {
        for status in [SessionStatus.approved, .rejected, .pendingReview] {
            let progress = SessionProgress(status: status, completedSteps: [], requiresAddress: false, expiresAt: start)
            #expect(progress.effectiveStatus(at: start.addingTimeInterval(1e6)) == status)
            let error = #expect(throws: KYCError.self) { try progress.requireWorkable(at: start) }
            #expect(error?.code == .sessionNotActive)
        }
        #expect(SessionProgress(status: .approved, completedSteps: [], requiresAddress: false, expiresAt: start).currentStep == .complete)
        #expect(SessionProgress(status: .pendingReview, completedSteps: [], requiresAddress: false, expiresAt: start).currentStep == .review)
    }

    @Test("status and step spellings match the public API")
    func spellings() {
        #expect(SessionStatus.allCases.map(\.rawValue) == ["pending", "in_progress", "pending_review", "approved", "rejected", "expired"])
        #expect(VerificationStep.allCases.map(\.rawValue) ==
                ["personal_info", "id_front", "id_back", "selfie", "liveness", "address", "review", "complete"])
        #expect(DocumentType.allCases.map(\.rawValue) == ["selfie", "liveness", "id_front", "id_back", "address"])
    }
}
