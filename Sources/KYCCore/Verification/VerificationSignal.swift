/// One measured input of a verification decision, kept for the reviewer and the business:
/// what was measured, against which limit, what it said, and why in one sentence.
public struct VerificationSignal: Codable, Sendable, Equatable {
    public enum Verdict: String, Codable, Sendable {
        case pass
        /// Evidence against the user: rejects on its own where the policy says so.
        case fail
        /// Needs a human: borderline, low confidence, or a soft fraud hint.
        case review
        /// The check could not run (missing input, unreadable image). Never counts as passed.
        case unavailable
    }

    public enum Group: String, Codable, Sendable {
        case document, face, liveness, identity, fraud
    }

    /// Stable name, e.g. `face_match`, `document_valid`, `duplicate_face`.
    public let name: String
    public let group: Group
    public let value: Double?
    public let threshold: Double?
    public let verdict: Verdict
    /// Stable reason code when the verdict is not `pass` (e.g. `FACE_MISMATCH`).
    public let reason: String?
    /// A sentence for people: what was seen.
    public let detail: String

    public init(_ name: String, group: Group, value: Double? = nil, threshold: Double? = nil, verdict: Verdict,
                reason: String? = nil, detail: String) {
        self.name = name
        self.group = group
        self.value = value
        self.threshold = threshold
        self.verdict = verdict
        self.reason = verdict == .pass ? nil : reason
        self.detail = detail
    }
}

/// Why a decision came out as it did: a stable code and a sentence.
public struct DecisionReason: Codable, Sendable, Equatable {
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
