import KYCCore

/// The JSON shape of a document reading, for `openkyc read-document` and the API.
/// Keys are stable: integrators and our own tools read them.
public struct DocumentReport: Encodable, Sendable {
    public let reading: DocumentReading
    /// Whether each side's OCR lines are included (personal data: for debugging, not for logs).
    public let includeLines: Bool

    public init(_ reading: DocumentReading, includeLines: Bool = false) {
        self.reading = reading
        self.includeLines = includeLines
    }

    enum Keys: String, CodingKey {
        case documentValid = "document_valid", documentConfidence = "document_confidence", unverified, documentType = "document_type", country, countryName = "country_name"
        case fields, fieldConfidence = "field_confidence", fieldSources = "field_sources", nationalityName = "nationality_name"
        case mrz, checks, explanation, hints, portraitFound = "portrait_found", sides, timings
    }

    public func encode(to encoder: Encoder) throws {
        let assessment = reading.assessment
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(assessment.documentValid, forKey: .documentValid)
        try container.encode(assessment.confidence, forKey: .documentConfidence)
        try container.encode(assessment.unverified, forKey: .unverified)
        try container.encode(assessment.documentType, forKey: .documentType)
        try container.encode(assessment.issuingCountry, forKey: .country)
        try container.encode(assessment.issuingCountry.flatMap { CountryNames.code($0)?.name }, forKey: .countryName)
        // Every field key is always present: null when it could not be read.
        var fields = container.nestedContainer(keyedBy: FieldKey.self, forKey: .fields)
        var confidence = container.nestedContainer(keyedBy: FieldKey.self, forKey: .fieldConfidence)
        var sources = container.nestedContainer(keyedBy: FieldKey.self, forKey: .fieldSources)
        for field in DocumentField.allCases {
            let key = FieldKey(field)
            let reading = assessment.fields[field]
            try fields.encode(reading?.value, forKey: key)
            try confidence.encode(reading.map { ($0.confidence * 100).rounded() / 100 }, forKey: key)
            try sources.encode(reading?.source, forKey: key)
        }
        try container.encode(assessment.fields[.nationality].flatMap { CountryNames.code($0.value)?.name }, forKey: .nationalityName)
        try container.encode(reading.mrz.map(MRZSummary.init), forKey: .mrz)
        try container.encode(assessment.checks, forKey: .checks)
        try container.encode(assessment.explanation, forKey: .explanation)
        try container.encode(assessment.hints, forKey: .hints)
        try container.encode(reading.portrait != nil, forKey: .portraitFound)
        var sides: [String: SideSummary] = ["front": SideSummary(reading.front, includeLines)]
        if let back = reading.back { sides["back"] = SideSummary(back, includeLines) }
        try container.encode(sides, forKey: .sides)
        try container.encode(reading.timings.mapValues { ($0 * 10).rounded() / 10 }, forKey: .timings)
    }

    struct FieldKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ field: DocumentField) { stringValue = field.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct MRZSummary: Encodable {
        let format: String
        let lines: [String]
        let valid: Bool
        let checks: [MRZ.Check]
        let corrections: Int

        init(_ mrz: MRZ) {
            format = mrz.format.rawValue
            lines = mrz.lines
            valid = mrz.valid
            checks = mrz.checks
            corrections = mrz.corrections
        }
    }

    struct SideSummary: Encodable {
        let outline_found: Bool
        let quarter_turns: Int
        let text_lines: Int
        let mrz_found: Bool
        let lines: [String]?
        /// The fields this side's printed text gave, before the MRZ was compared (with the lines).
        let fields: [String: String]?

        init(_ side: DocumentSide, _ includeLines: Bool) {
            lines = includeLines ? side.lines.map { "[\($0.left),\($0.top) \($0.width)x\($0.height) \(Int($0.confidence * 100))%] \($0.text)" } : nil
            fields = includeLines ? Dictionary(uniqueKeysWithValues: side.fields.map { ($0.key.rawValue, $0.value.value) }) : nil
            outline_found = side.outlineFound
            quarter_turns = side.quarterTurns
            text_lines = side.lines.count
            mrz_found = side.mrz != nil
        }
    }
}
