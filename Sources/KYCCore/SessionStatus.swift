/// The lifecycle states of a verification session, spelled as the public API spells them.
public enum SessionStatus: String, Codable, Sendable, CaseIterable {
    /// Created; the user has not started.
    case pending
    /// The user is completing steps.
    case inProgress = "in_progress"
    /// Submitted; a human reviewer decides.
    case pendingReview = "pending_review"
    case approved
    case rejected
    /// Not finished within its time to live.
    case expired

    /// Active sessions can still be worked on by the user and are reused on create.
    public var isActive: Bool { self == .pending || self == .inProgress }

    /// Final states never change again.
    public var isFinal: Bool { self == .approved || self == .rejected || self == .expired }
}
