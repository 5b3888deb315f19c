import Foundation
import KYCCore

/// What was read off the document, as `POST /verify` reports it. `nationality` is the
/// country's English name, as the reference shows ("Zimbabwe"); `nationality_code` is ISO alpha-3.
struct OCRData: Codable, Sendable, Equatable {
    var fullName: String?
    var idNumber: String?
    var dateOfBirth: String?
    var nationality: String?
    var nationalityCode: String?
    var documentNumber: String?
    var documentType: String?
    var expiryDate: String?
    var issuingCountry: String?

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name", idNumber = "id_number", dateOfBirth = "date_of_birth", nationality
        case nationalityCode = "nationality_code", documentNumber = "document_number", documentType = "document_type"
        case expiryDate = "expiry_date", issuingCountry = "issuing_country"
    }

    init(_ assessment: DocumentAssessment) {
        let fields = assessment.fields
        fullName = fields[.fullName]?.value
        idNumber = fields[.idNumber]?.value
        dateOfBirth = fields[.dateOfBirth]?.value
        nationalityCode = fields[.nationality]?.value
        nationality = nationalityCode.flatMap { CountryNames.code($0)?.name }
        documentNumber = fields[.documentNumber]?.value
        documentType = assessment.documentType
        expiryDate = fields[.expiryDate]?.value
        issuingCountry = assessment.issuingCountry
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fullName, forKey: .fullName)
        try c.encode(idNumber, forKey: .idNumber)
        try c.encode(dateOfBirth, forKey: .dateOfBirth)
        try c.encode(nationality, forKey: .nationality)
        try c.encode(nationalityCode, forKey: .nationalityCode)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(expiryDate, forKey: .expiryDate)
        try c.encode(issuingCountry, forKey: .issuingCountry)
    }
}

/// One signal of the decision, for the business (API key only).
struct SignalDTO: Encodable, Sendable {
    let name: String
    let group: String
    let value: Double?
    let threshold: Double?
    let verdict: String
    let reason: String?
    let detail: String

    init(_ record: VerificationSignalRecord) {
        name = record.name
        group = record.group
        value = record.value
        threshold = record.threshold
        verdict = record.verdict
        reason = record.reason
        detail = record.detail
    }
}

/// `POST /verify/{session_id}` response: the decision when it is ready, or `in_progress`.
struct VerifyResponse: Encodable, Sendable {
    let sessionID: String
    let status: String
    var message: String?
    var overallScore: Double?
    var faceMatch: Bool?
    var faceScore: Double?
    var livenessPassed: Bool?
    var livenessScore: Double?
    var documentValid: Bool?
    var ocrData: OCRData?
    var fraudRiskLevel: String?
    var fraudScore: Double?
    var reasons: [DecisionReason]?
    var signals: [SignalDTO]?
    var completedAt: String?

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", status, message, overallScore = "overall_score", faceMatch = "face_match"
        case faceScore = "face_score", livenessPassed = "liveness_passed", livenessScore = "liveness_score"
        case documentValid = "document_valid", ocrData = "ocr_data", fraudRiskLevel = "fraud_risk_level"
        case fraudScore = "fraud_score", reasons, signals, completedAt = "completed_at"
    }

    /// Decided: every field present (null where a check could not run).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessionID, forKey: .sessionID)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(message, forKey: .message)
        guard let overallScore else { return }
        try c.encode(overallScore, forKey: .overallScore)
        try c.encode(faceMatch, forKey: .faceMatch)
        try c.encode(faceScore, forKey: .faceScore)
        try c.encode(livenessPassed, forKey: .livenessPassed)
        try c.encode(livenessScore, forKey: .livenessScore)
        try c.encode(documentValid, forKey: .documentValid)
        try c.encode(ocrData, forKey: .ocrData)
        try c.encode(fraudRiskLevel, forKey: .fraudRiskLevel)
        try c.encode(fraudScore, forKey: .fraudScore)
        try c.encode(completedAt, forKey: .completedAt)
        try c.encodeIfPresent(reasons, forKey: .reasons)
        try c.encodeIfPresent(signals, forKey: .signals)
    }
}

/// `POST /session/{session_id}/review` body.
struct ReviewRequest: Decodable {
    let decision: String?
    let reason: String?
    let note: String?
}

/// `POST /session/{session_id}/review` response.
struct ReviewResponse: Encodable, Sendable {
    let sessionID: String
    let status: String
    let reason: String
    let reviewer: String
    let reviewedAt: String

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", status, reason, reviewer, reviewedAt = "reviewed_at"
    }
}

extension VerificationSummary {
    init(_ verification: Verification) {
        self.init(faceMatchScore: verification.faceScore, faceMatchResult: verification.faceMatch,
                  livenessScore: verification.livenessScore, livenessResult: verification.livenessPassed,
                  documentValid: verification.documentValid, overallScore: verification.overallScore,
                  fraudScore: verification.fraudScore, fraudRiskLevel: verification.fraudRiskLevel)
    }
}
