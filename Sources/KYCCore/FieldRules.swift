import Foundation

/// Validation of the fields a business sends when it creates a session. Each rule throws an
/// `INVALID_PARAMETER` naming the field, so the integrator sees exactly what to fix.
public enum FieldRules {
    public static func telegramID(_ value: String?) throws(KYCError) -> String {
        guard let value else { throw .missing("telegram_id") }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .missing("telegram_id") }
        guard trimmed.count <= 128, !trimmed.contains(where: \.isNewline) else {
            throw .invalid("telegram_id", "must be at most 128 characters on one line")
        }
        return trimmed
    }

    /// Optional free text: trimmed, empty becomes nil, bounded length.
    public static func text(_ value: String?, field: String, maxLength: Int = 100) throws(KYCError) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        guard trimmed.count <= maxLength else { throw .invalid(field, "must be at most \(maxLength) characters") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalid(field, "must not contain control characters")
        }
        return trimmed
    }

    /// A Telegram username, accepted with or without the leading @ and stored without it.
    public static func username(_ value: String?) throws(KYCError) -> String? {
        guard var name = try text(value, field: "username", maxLength: 64) else { return nil }
        if name.hasPrefix("@") { name.removeFirst() }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw .invalid("username", "may contain only letters, digits and underscores")
        }
        return name
    }

    public static func email(_ value: String?) throws(KYCError) -> String? {
        guard let email = try text(value, field: "email", maxLength: 254) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else { throw .invalid("email", "must be an email address") }
        return email
    }

    /// A phone number: digits with an optional leading +, spaces, dashes and brackets allowed.
    public static func phone(_ value: String?) throws(KYCError) -> String? {
        guard let phone = try text(value, field: "phone", maxLength: 32) else { return nil }
        let digits = phone.filter(\.isNumber)
        let allowed = phone.allSatisfy { $0.isASCII && ($0.isNumber || " +-()".contains($0)) }
        guard allowed, (5...20).contains(digits.count), !phone.dropFirst().contains("+") else {
            throw .invalid("phone", "must be a phone number such as +263771234567")
        }
        return phone
    }

    /// ISO 3166-1 alpha-2, upper-cased.
    public static func countryCode(_ value: String?) throws(KYCError) -> String? {
        guard let code = try text(value, field: "country_code", maxLength: 2)?.uppercased() else { return nil }
        guard Countries.alpha2.contains(code) else {
            throw .invalid("country_code", "must be an ISO 3166-1 alpha-2 code such as ZW or ZA")
        }
        return code
    }

    /// An absolute http(s) URL.
    public static func url(_ value: String?, field: String) throws(KYCError) -> String? {
        guard let text = try text(value, field: field, maxLength: 2048) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty
        else { throw .invalid(field, "must be an absolute http or https URL") }
        return text
    }

    /// Business metadata must be a JSON object and small enough to store with the session.
    public static func metadata(_ value: JSONValue?, encodedSize: Int) throws(KYCError) -> JSONValue? {
        guard let value, value != .null else { return nil }
        guard case .object = value else { throw .invalid("metadata", "must be a JSON object") }
        guard encodedSize <= 16 * 1024 else { throw .invalid("metadata", "must be at most 16 KiB as JSON") }
        return value
    }

    /// An ISO date of birth (yyyy-mm-dd), a real calendar date, not in the future.
    public static func dateOfBirth(_ value: String?, today: String) throws(KYCError) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard value.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2100).contains(year), MRZDate.iso(year, month, day) == value
        else { throw KYCError.invalid("date_of_birth", "must be a date as YYYY-MM-DD") }
        guard value <= today else { throw KYCError.invalid("date_of_birth", "must not be in the future") }
        return value
    }

    /// The kind of document the user will show: passport, national_id or drivers_licence.
    public static func documentKind(_ value: String?) throws(KYCError) -> IdentityDocumentKind? {
        guard let value, !value.isEmpty else { return nil }
        guard let kind = IdentityDocumentKind(rawValue: value) else {
            throw KYCError.invalid("document_type", "must be one of " + IdentityDocumentKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return kind
    }
}
