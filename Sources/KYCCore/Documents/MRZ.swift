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

    /// One check digit's verdict. `unread`: a filler or a letter no digit looks like stands
    /// where the digit must be (a faint last digit the OCR lost, `R` read in the dark), so the
    /// check could not run; it did not fail.
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
            Check(field: field, valid: MRZCheckDigit.verify(value, digit: digit), unread: !digit.isASCII || !digit.isNumber)
        }

        /// The TD1 composite check, whose `value` holds at `free` the optional data, letters and
        /// digits alike and guarded by no other check digit. When it fails but an `O` read there
        /// as the digit `0` makes it pass (OCR-B's two glyphs differ by a few pixels), the
        /// reading cannot be told from the misreading: unread, neither passed (a one-in-ten
        /// chance would talk a misreading into a pass) nor failed (a genuine card would be
        /// rejected). Only `O`: any look-alike at any position would explain most wrong digits.
        static func composite(_ value: String, _ digit: Character, free: [Int]) -> Check {
            let check = Check.digit("composite", value, digit)
            guard !check.valid, !check.unread else { return check }
            var characters = Array(value)
            for position in free where characters.indices.contains(position) && characters[position] == "O" {
                characters[position] = "0"
                if MRZCheckDigit.verify(String(characters), digit: digit) { return Check(field: "composite", valid: false, unread: true) }
                characters[position] = "O"
            }
            return check
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
