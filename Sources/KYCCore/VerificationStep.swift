/// The steps a user walks through in the Mini App, in order.
public enum VerificationStep: String, Codable, Sendable, CaseIterable {
    case personalInfo = "personal_info"
    case idFront = "id_front"
    case idBack = "id_back"
    case selfie
    case liveness
    /// Only where the business asks for proof of address.
    case address
    case review
    case complete

    /// The steps the user must complete before the session can be reviewed.
    public static func required(includeAddress: Bool, includeBack: Bool = true) -> [VerificationStep] {
        var steps: [VerificationStep] = [.personalInfo, .idFront]
        if includeBack { steps.append(.idBack) }
        steps += [.selfie, .liveness]
        if includeAddress { steps.append(.address) }
        return steps
    }
}
