import KYCCore
import Foundation

/// `POST /session/create` body.
struct CreateSessionRequest: Decodable {
    let telegramID: String?
    let username: String?
    let firstName: String?
    let lastName: String?
    let email: String?
    let phone: String?
    let countryCode: String?
    let webhookURL: String?
    let callbackURL: String?
    let externalUserID: String?
    let metadata: JSONValue?
    let dateOfBirth: String?
    let documentType: String?

    enum CodingKeys: String, CodingKey {
        case telegramID = "telegram_id", username, firstName = "first_name", lastName = "last_name", email, phone
        case countryCode = "country_code", webhookURL = "webhook_url", callbackURL = "callback_url"
        case externalUserID = "external_user_id", metadata, dateOfBirth = "date_of_birth", documentType = "document_type"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Telegram user IDs are numbers; integrators send them as either type, so take both.
        if let number = try? c.decodeIfPresent(Int64.self, forKey: .telegramID) {
            telegramID = String(number)
        } else {
            telegramID = try c.decodeIfPresent(String.self, forKey: .telegramID)
        }
        username = try c.decodeIfPresent(String.self, forKey: .username)
        firstName = try c.decodeIfPresent(String.self, forKey: .firstName)
        lastName = try c.decodeIfPresent(String.self, forKey: .lastName)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        countryCode = try c.decodeIfPresent(String.self, forKey: .countryCode)
        webhookURL = try c.decodeIfPresent(String.self, forKey: .webhookURL)
        callbackURL = try c.decodeIfPresent(String.self, forKey: .callbackURL)
        externalUserID = try c.decodeIfPresent(String.self, forKey: .externalUserID)
        metadata = try c.decodeIfPresent(JSONValue.self, forKey: .metadata)
        dateOfBirth = try c.decodeIfPresent(String.self, forKey: .dateOfBirth)
        documentType = try c.decodeIfPresent(String.self, forKey: .documentType)
    }
}

/// `POST /session/create` response.
struct CreateSessionResponse: Encodable, Sendable {
    let sessionID: String
    let status: String
    let currentStep: String
    let expiresAt: String
    let miniAppURL: String
    let verificationURL: String
    let message: String

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", status, currentStep = "current_step", expiresAt = "expires_at"
        case miniAppURL = "mini_app_url", verificationURL = "verification_url", message
    }
}

/// The scores of the last verification, as the status endpoint reports them.
struct VerificationSummary: Codable, Sendable {
    let faceMatchScore: Double?
    let faceMatchResult: Bool?
    let livenessScore: Double?
    let livenessResult: Bool?
    let documentValid: Bool?
    let overallScore: Double?
    let fraudScore: Double?
    let fraudRiskLevel: String?

    enum CodingKeys: String, CodingKey {
        case faceMatchScore = "face_match_score", faceMatchResult = "face_match_result"
        case livenessScore = "liveness_score", livenessResult = "liveness_result"
        case documentValid = "document_valid", overallScore = "overall_score"
        case fraudScore = "fraud_score", fraudRiskLevel = "fraud_risk_level"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(faceMatchScore, forKey: .faceMatchScore)
        try c.encode(faceMatchResult, forKey: .faceMatchResult)
        try c.encode(livenessScore, forKey: .livenessScore)
        try c.encode(livenessResult, forKey: .livenessResult)
        try c.encode(documentValid, forKey: .documentValid)
        try c.encode(overallScore, forKey: .overallScore)
        try c.encode(fraudScore, forKey: .fraudScore)
        try c.encode(fraudRiskLevel, forKey: .fraudRiskLevel)
    }
}

/// `GET /session/{id}/status` response. Without an API key it carries no personal data;
/// the owning business's key adds its own identifiers and metadata (`owner`).
struct SessionStatusResponse: Encodable, Sendable {
    struct OwnerView: Encodable, Sendable {
        let telegramID: String
        let externalUserID: String?
        let metadata: JSONValue?
        let expiresAt: String
        let updatedAt: String
    }

    let id: String
    let status: String
    let currentStep: String
    let createdAt: String
    let completedAt: String?
    let verification: VerificationSummary?
    let owner: OwnerView?

    enum CodingKeys: String, CodingKey {
        case id, status, currentStep = "current_step", createdAt = "created_at", completedAt = "completed_at"
        case verification, telegramID = "telegram_id", externalUserID = "external_user_id", metadata
        case expiresAt = "expires_at", updatedAt = "updated_at"
    }

    init(id: String, status: String, currentStep: String, createdAt: String, completedAt: String?,
         verification: VerificationSummary?, owner: OwnerView?) {
        self.id = id
        self.status = status
        self.currentStep = currentStep
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.verification = verification
        self.owner = owner
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(currentStep, forKey: .currentStep)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(completedAt, forKey: .completedAt)
        try c.encode(verification, forKey: .verification)
        if let owner {
            try c.encode(owner.telegramID, forKey: .telegramID)
            try c.encode(owner.externalUserID, forKey: .externalUserID)
            try c.encode(owner.metadata, forKey: .metadata)
            try c.encode(owner.expiresAt, forKey: .expiresAt)
            try c.encode(owner.updatedAt, forKey: .updatedAt)
        }
    }
}

/// `POST /session/{id}/personal-info` body, sent by the Mini App's first step.
struct PersonalInfoRequest: Decodable {
    let firstName: String?
    let lastName: String?
    let email: String?
    let phone: String?
    let countryCode: String?
    let dateOfBirth: String?
    let documentType: String?

    enum CodingKeys: String, CodingKey {
        case firstName = "first_name", lastName = "last_name", email, phone, countryCode = "country_code"
        case dateOfBirth = "date_of_birth", documentType = "document_type"
    }
}
