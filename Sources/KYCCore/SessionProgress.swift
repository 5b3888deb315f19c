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
    public let expiresAt: Date

    public init(
        status: SessionStatus,
        completedSteps: Set<VerificationStep>,
        requiresAddress: Bool,
        expiresAt: Date
    ) {
        self.status = status
        self.completedSteps = completedSteps
        self.requiresAddress = requiresAddress
        self.expiresAt = expiresAt
    }

    /// A new session. Personal details given by the business at creation count as the first step.
    public static func new(
        createdAt: Date,
        hasPersonalInfo: Bool,
        requiresAddress: Bool,
        timeToLive: TimeInterval = defaultTimeToLive
    ) -> SessionProgress {
        SessionProgress(
            status: .pending,
            completedSteps: hasPersonalInfo ? [.personalInfo] : [],
            requiresAddress: requiresAddress,
            expiresAt: createdAt.addingTimeInterval(timeToLive)
        )
    }

    /// The status as of `now`: an active session past its expiry is expired, whatever is stored.
    public func effectiveStatus(at now: Date) -> SessionStatus {
        status.isActive && now >= expiresAt ? .expired : status
    }

    /// The step the user should do next: the first required step not yet done, in order.
    public var currentStep: VerificationStep {
        switch status {
        case .approved, .rejected: return .complete
        case .pendingReview: return .review
        case .pending, .inProgress, .expired:
            let required = VerificationStep.required(includeAddress: requiresAddress)
            return required.first { !completedSteps.contains($0) } ?? .review
        }
    }

    /// Whether every required step has been done, so the session can be submitted.
    public var isReadyForReview: Bool {
        VerificationStep.required(includeAddress: requiresAddress).allSatisfy(completedSteps.contains)
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
        case .pending, .inProgress: return
        case .expired: throw KYCError(.sessionExpired, "Session has expired")
        case .pendingReview, .approved, .rejected:
            throw KYCError(.sessionNotActive, "Session is no longer accepting changes",
                           details: ["status": effectiveStatus(at: now).rawValue])
        }
    }
}
