import Foundation

/// A machine readable zone as read from a document, parsed per ICAO 9303.
public struct MRZ: Sendable, Equatable, Codable {
    public enum Format: String, Sendable, Codable {
        /// 3 × 30: ID cards.
        case td1
        /// 2 × 36.
        case td2
        /// 2 × 44: passports.
        case td3
    }

    /// One check digit's verdict. `unread`: a filler stands where the digit must be (a faint
    /// last digit the OCR lost), so the check could not run; it did not fail.
    public struct Check: Sendable, Equatable, Codable {
        public let field: String
        public let valid: Bool
        public let unread: Bool

        public init(field: String, valid: Bool, unread: Bool = false) {
            self.field = field
            self.valid = valid
            self.unread = unread
        }

        /// The check of `field` against `digit`, where a digit must stand.
        static func digit(_ field: String, _ value: String, _ digit: Character) -> Check {
            Check(field: field, valid: MRZCheckDigit.verify(value, digit: digit), unread: digit == "<")
        }
    }

    public let format: Format
    /// The lines after correction.
    public let lines: [String]
    public let documentCode: String
    public let issuingState: String
    public let documentNumber: String
    public let surname: String
    public let givenNames: String
    public let nationality: String
    /// ISO 8601 (YYYY-MM-DD), nil if the digits are not a date.
    public let dateOfBirth: String?
    public let expiryDate: String?
    /// "M", "F" or "X".
    public let sex: String
    public let optionalData: String
    public let checks: [Check]
    /// Characters changed from the OCR text to make fields fit their types and check digits.
    public let corrections: Int

    /// Every check digit passed.
    public var valid: Bool { checks.allSatisfy(\.valid) }

    /// The names were read: every zone names its holder (one name is the surname), so an empty
    /// surname is a names line the parser set aside as misread.
    public var namesRead: Bool { !surname.isEmpty }

    /// The names line ends in fillers: the names were not cut to fit it.
    public var namesWhole: Bool {
        let namesLine = format == .td1 ? lines.last : lines.first
        return namesLine?.hasSuffix("<") == true
    }
}
