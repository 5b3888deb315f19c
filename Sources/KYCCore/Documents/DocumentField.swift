/// The fields read off an identity document. Raw values are the stable JSON keys.
public enum DocumentField: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case surname
    case givenNames = "given_names"
    case fullName = "full_name"
    case idNumber = "id_number"
    case documentNumber = "document_number"
    case dateOfBirth = "date_of_birth"
    case expiryDate = "expiry_date"
    case sex
    case nationality
    case issuingCountry = "issuing_country"
}

/// Where a field's value came from.
public enum FieldSource: String, Sendable, Codable {
    /// The printed (visual) zone, by OCR.
    case visual
    /// The machine readable zone.
    case mrz
    /// Both agreed.
    case visualAndMRZ = "visual+mrz"
}

/// One field's value: normalised (ISO 8601 dates, ISO alpha-3 countries, M/F/X), with how sure we are.
public struct FieldReading: Sendable, Equatable, Codable {
    public let value: String
    /// 0–1.
    public let confidence: Double
    public let source: FieldSource

    public init(value: String, confidence: Double, source: FieldSource) {
        self.value = value
        self.confidence = confidence
        self.source = source
    }
}
