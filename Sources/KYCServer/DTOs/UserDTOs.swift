import Foundation

/// `GET /user/{telegram_id}` response: what the business told us about its user, and where
/// the user's verification stands.
struct UserResponse: Encodable, Sendable {
    let telegramID: String
    let username: String?
    let firstName: String?
    let lastName: String?
    let email: String?
    let phone: String?
    let countryCode: String?
    let isVerified: Bool
    let verificationStatus: String
    let latestSessionID: String
    let verifiedAt: String?
    let sessionCount: Int

    enum CodingKeys: String, CodingKey {
        case telegramID = "telegram_id", username, firstName = "first_name", lastName = "last_name", email, phone
        case countryCode = "country_code", isVerified = "is_verified", verificationStatus = "verification_status"
        case latestSessionID = "latest_session_id", verifiedAt = "verified_at", sessionCount = "session_count"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(telegramID, forKey: .telegramID)
        try c.encode(username, forKey: .username)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(lastName, forKey: .lastName)
        try c.encode(email, forKey: .email)
        try c.encode(phone, forKey: .phone)
        try c.encode(countryCode, forKey: .countryCode)
        try c.encode(isVerified, forKey: .isVerified)
        try c.encode(verificationStatus, forKey: .verificationStatus)
        try c.encode(latestSessionID, forKey: .latestSessionID)
        try c.encode(verifiedAt, forKey: .verifiedAt)
        try c.encode(sessionCount, forKey: .sessionCount)
    }
}
