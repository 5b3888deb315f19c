import Foundation

/// Where a session stands: its status, which steps are done, and when it expires.
///
/// A value type with no storage concerns, so the rules (expiry, step order, which transitions
/// are allowed) are tested without a database.
public struct SessionProgress: Sendable, Equatable {
    /// How long a session stays usable after creation.
    public static let defaultTimeToLive: TimeInterval = 24 * 60 * 60

    public private(set) var status: SessionStatus
    public private(set) var completedSteps: Set<VerificationStep>
    public let requiresAddress: Bool
    /// Whether the declared document has a back to photograph (a passport does not).
    public let requiresBack: Bool
    public let expiresAt: Date
    /// Submitted for verification: nothing more can be uploaded, and a running verification
    /// is never cut short by expiry.
    public private(set) var submitted: Bool

    public init(
        status: SessionStatus,
        completedSteps: Set<VerificationStep>,
        requiresAddress: Bool,
        requiresBack: Bool = true,
        expiresAt: Date,
        submitted: Bool = false
    ) {
        self.status = status
        self.completedSteps = completedSteps
        self.requiresAddress = requiresAddress
        self.requiresBack = requiresBack
        self.expiresAt = expiresAt
        self.submitted = submitted
    }

    /// A new session. It starts at `personal_info` even when the business gave the names: the
    /// user confirms or completes them (prefilled) in the Mini App's first step.
    public static func new(
        createdAt: Date,
        requiresAddress: Bool,
        timeToLive: TimeInterval = defaultTimeToLive
    ) -> SessionProgress {
        SessionProgress(
            status: .pending,
            completedSteps: [],
            requiresAddress: requiresAddress,
            expiresAt: createdAt.addingTimeInterval(timeToLive)
        )
    }

    /// The status as of `now`: an active session past its expiry is expired, whatever is stored.
    public func effectiveStatus(at now: Date) -> SessionStatus {
        status.isActive && !submitted && now >= expiresAt ? .expired : status
    }

    /// The step the user should do next: the first required step not yet done, in order.
    public var currentStep: VerificationStep {
        switch status {
        case .approved, .rejected: return .complete
        case .pendingReview: return .review
        case .pending, .inProgress, .expired:
            if submitted { return .review }
            let required = VerificationStep.required(includeAddress: requiresAddress, includeBack: requiresBack)
            return required.first { !completedSteps.contains($0) } ?? .review
        }
    }

    /// Whether every required step has been done, so the session can be submitted.
    public var isReadyForReview: Bool {
        VerificationStep.required(includeAddress: requiresAddress, includeBack: requiresBack).allSatisfy(completedSteps.contains)
    }

    /// Marks the session submitted for verification (it stays `in_progress` until decided).
    public mutating func submit(at now: Date) throws(KYCError) {
        try requireWorkable(at: now)
        submitted = true
        status = .inProgress
    }

    /// Records the verification's decision: approved, rejected or pending_review.
    public mutating func decide(_ decision: SessionStatus) {
        precondition(decision == .approved || decision == .rejected || decision == .pendingReview)
        status = decision
    }

    /// Records a step the user finished (an upload or the personal details form).
    public mutating func complete(_ step: VerificationStep, at now: Date) throws(KYCError) {
        try requireWorkable(at: now)
        if step == .address && !requiresAddress {
            throw KYCError(.invalidParameter, "This session does not ask for proof of address",
                           details: ["field": "doc_type"])
        }
        completedSteps.insert(step)
        status = .inProgress
    }

    /// Marks the session expired when its time is up; returns whether anything changed.
    public mutating func expireIfDue(at now: Date) -> Bool {
        guard effectiveStatus(at: now) == .expired, status != .expired else { return false }
        status = .expired
        return true
    }

    /// Throws unless the user can still work on this session.
    public func requireWorkable(at now: Date) throws(KYCError) {
        switch effectiveStatus(at: now) {
        case .pending, .inProgress:
            if submitted {
                throw KYCError(.sessionNotActive, "The session has been submitted for verification",
                               details: ["status": status.rawValue])
            }
            return
        case .expired: throw KYCError(.sessionExpired, "Session has expired")
        case .pendingReview, .approved, .rejected:
            throw KYCError(.sessionNotActive, "Session is no longer accepting changes",
                           details: ["status": effectiveStatus(at: now).rawValue])
        }
    }
}
