import Foundation
import KYCCore

/// `GET /session/{session_id}/app`: what the Mini App needs to draw the user's next screen.
/// Separate from the reference's status shape, which stays exactly as published.
struct MiniAppSessionView: Encodable, Sendable {
    struct PersonalInfo: Encodable, Sendable {
        let firstName: String?
        let lastName: String?
        let dateOfBirth: String?
        let countryCode: String?
        let documentType: String?

        enum CodingKeys: String, CodingKey {
            case firstName = "first_name", lastName = "last_name", dateOfBirth = "date_of_birth"
            case countryCode = "country_code", documentType = "document_type"
        }
    }

    struct Result: Encodable, Sendable {
        let status: String
        /// Stable reason codes only (what the user can act on); never scores or signals.
        let reasons: [String]
    }

    let sessionID: String
    let status: String
    let currentStep: String
    /// Sent for verification (the result follows).
    let submitted: Bool
    /// The steps this session asks for, in order.
    let steps: [String]
    /// Prefilled from what the business sent, for the user to confirm or complete.
    let personalInfo: PersonalInfo
    let callbackURL: String?
    let livenessAttemptsLeft: Int
    let result: Result?

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", status, currentStep = "current_step", submitted, steps
        case personalInfo = "personal_info", callbackURL = "callback_url"
        case livenessAttemptsLeft = "liveness_attempts_left", result
    }
}
