import Foundation

/// What a national ID number says about itself, checked by its country's rules.
public struct NationalIDCheck: Sendable, Equatable, Codable {
    public let country: String
    /// The number in its canonical printed form.
    public let normalized: String
    public let formatValid: Bool
    /// nil when the country has no published check rule.
    public let checksumValid: Bool?
    /// Birth date encoded in the number (ISO 8601), where the format encodes one.
    public let encodedBirthDate: String?
    /// Birth year alone, where only the year is encoded.
    public let encodedBirthYear: Int?
    /// "M" or "F", where the number encodes it.
    public let encodedSex: String?
    /// Notes for the reviewer: rules that are unverified lower confidence but never reject.
    public let hints: [String]

    /// Format right and no published check failed.
    public var valid: Bool { formatValid && checksumValid != false }
}

/// National ID number rules (see ../shared/reference/ids-mrz-telegram.md, section A).
/// Countries are ISO 3166-1 alpha-2 codes.
public enum NationalIDRules {
    public static let supportedCountries = ["ZW", "ZA", "NG", "KE", "GH", "UG", "RW", "TZ", "ZM", "EG", "BW"]

    public static func check(_ raw: String, country: String) -> NationalIDCheck {
        let text = raw.uppercased().trimmingCharacters(in: .whitespacesAndNewlines)
        switch country.uppercased() {
        case "ZW": return zimbabwe(text)
        case "ZA": return southAfrica(text)
        case "NG": return digitsOnly(text, country: "NG", counts: [11], hint: "NIN has no public check rule")
        case "KE": return digitsOnly(text, country: "KE", counts: [7, 8], hint: "Kenyan ID numbers have no official check rule")
        case "GH": return ghana(text)
        case "UG": return uganda(text)
        case "RW": return rwanda(text)
        case "TZ": return tanzania(text)
        case "ZM": return zambia(text)
        case "EG": return egypt(text)
        case "BW": return botswana(text)
        default:
            return NationalIDCheck(country: country.uppercased(), normalized: text, formatValid: false, checksumValid: nil,
                                   encodedBirthDate: nil, encodedBirthYear: nil, encodedSex: nil,
                                   hints: ["no rules for this country"])
        }
    }

    // MARK: Countries

    /// `12-345678-A-90`: district, serial, mod-23 check letter, district of origin. A dash may
    /// read as a dot or a long dash (`06-801788-X.73`); the check letter still guards the number.
    static func zimbabwe(_ text: String) -> NationalIDCheck {
        let compact = text.filter { !"-–—. ".contains($0) }
        let pattern = #/^(\d{2})(\d{6,7})([A-Z])(\d{2})$/#
        guard let match = compact.wholeMatch(of: pattern) else { return invalid("ZW", text) }
        let number = Int(match.1 + match.2)!
        let letters = Array("ZABCDEFGHJKLMNPQRSTVWXY")
        let expected = letters[number % 23]
        return NationalIDCheck(country: "ZW", normalized: "\(match.1)-\(match.2)-\(match.3)-\(match.4)", formatValid: true,
                               checksumValid: Character(String(match.3)) == expected, encodedBirthDate: nil,
                               encodedBirthYear: nil, encodedSex: nil, hints: [])
    }

    /// `YYMMDD SSSS C A Z`: birth date, sex (0000–4999 female), citizenship, Luhn check digit.
    static func southAfrica(_ text: String) -> NationalIDCheck {
        let digits = text.filter { $0 != " " }
        guard digits.count == 13, digits.allSatisfy(\.isNumber) else { return invalid("ZA", text) }
        let values = digits.map { Int(String($0))! }
        let birth = birthDate(values[0...5], today: Date())
        let citizenship = values[10]
        var hints: [String] = []
        if birth == nil { hints.append("the first six digits are not a date") }
        if citizenship > 1 { hints.append("citizenship digit is neither 0 nor 1") }
        return NationalIDCheck(country: "ZA", normalized: digits, formatValid: birth != nil && citizenship <= 1,
                               checksumValid: luhn(values), encodedBirthDate: birth, encodedBirthYear: nil,
                               encodedSex: values[6...9].reduce(0) { $0 * 10 + $1 } >= 5000 ? "M" : "F", hints: hints)
    }

    static func ghana(_ text: String) -> NationalIDCheck {
        // The card's MRZ carries it without its dashes (`GHA6252409791`).
        guard let match = text.wholeMatch(of: #/^GHA-?(\d{9})-?(\d)$/#) else { return invalid("GH", text) }
        return NationalIDCheck(country: "GH", normalized: "GHA-\(match.1)-\(match.2)", formatValid: true, checksumValid: nil, encodedBirthDate: nil,
                               encodedBirthYear: nil, encodedSex: nil, hints: ["Ghana Card check digit rule unverified"])
    }

    /// 14 characters: C/F (citizen, foreigner), M/F, birth year YY, serial.
    static func uganda(_ text: String) -> NationalIDCheck {
        guard let match = text.wholeMatch(of: #/^([CF])([MF])(\d{2})[A-Z0-9]{10}$/#) else { return invalid("UG", text) }
        return NationalIDCheck(country: "UG", normalized: text, formatValid: true, checksumValid: nil, encodedBirthDate: nil,
                               encodedBirthYear: twoDigitYear(Int(match.3)!), encodedSex: String(match.2),
                               hints: ["Uganda NIN layout partly unverified; no check rule published"])
    }

    /// 16 digits: status, birth year, sex (8 male, 7 female), serial, issue count, security code.
    static func rwanda(_ text: String) -> NationalIDCheck {
        let digits = text.filter { $0 != " " }
        guard let match = digits.wholeMatch(of: #/^([123])(\d{4})([78])\d{10}$/#) else { return invalid("RW", text) }
        let year = Int(match.2)!
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let plausible = (1900...thisYear).contains(year)
        return NationalIDCheck(country: "RW", normalized: digits, formatValid: plausible, checksumValid: nil,
                               encodedBirthDate: nil, encodedBirthYear: year, encodedSex: match.3 == "8" ? "M" : "F",
                               hints: plausible ? ["security code unpublished"] : ["birth year out of range"])
    }

    /// 20 digits printed `YYYYMMDD-XXXXX-XXXXX-XX`; the first eight are the birth date.
    static func tanzania(_ text: String) -> NationalIDCheck {
        let digits = text.filter(\.isNumber)
        guard digits.count == 20, text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }) else { return invalid("TZ", text) }
        let value = Array(digits)
        let birth = MRZDate.iso(Int(String(value[0...3]))!, Int(String(value[4...5]))!, Int(String(value[6...7]))!)
        let normalized = "\(String(value[0...7]))-\(String(value[8...12]))-\(String(value[13...17]))-\(String(value[18...19]))"
        return NationalIDCheck(country: "TZ", normalized: normalized, formatValid: birth != nil, checksumValid: nil,
                               encodedBirthDate: birth, encodedBirthYear: nil, encodedSex: nil,
                               hints: ["only the birth date part of the NIDA number is documented"])
    }

    /// NRC `123456/78/1`: serial, province and district, 1 Zambian / 2 Commonwealth / 3 other.
    static func zambia(_ text: String) -> NationalIDCheck {
        guard text.wholeMatch(of: #/^\d{6}/\d{2}/[123]$/#) != nil else { return invalid("ZM", text) }
        return NationalIDCheck(country: "ZM", normalized: text, formatValid: true, checksumValid: nil, encodedBirthDate: nil,
                               encodedBirthYear: nil, encodedSex: nil, hints: [])
    }

    /// 14 digits: century (2 = 1900s, 3 = 2000s), YYMMDD, governorate, serial whose last digit
    /// is odd for men, and a check digit whose rule is unverified.
    static func egypt(_ text: String) -> NationalIDCheck {
        let digits = text.filter { $0 != " " }
        guard digits.count == 14, digits.allSatisfy(\.isNumber), let century = Int(String(digits.first!)),
              century == 2 || century == 3 else { return invalid("EG", text) }
        let value = digits.map { Int(String($0))! }
        let birth = MRZDate.iso((century == 2 ? 1900 : 2000) + value[1] * 10 + value[2], value[3] * 10 + value[4], value[5] * 10 + value[6])
        return NationalIDCheck(country: "EG", normalized: digits, formatValid: birth != nil, checksumValid: nil,
                               encodedBirthDate: birth, encodedBirthYear: nil, encodedSex: value[12] % 2 == 1 ? "M" : "F",
                               hints: ["check digit rule unverified"])
    }

    /// Omang: 9 digits; the fifth is 1 for men and 2 for women (unverified).
    static func botswana(_ text: String) -> NationalIDCheck {
        guard text.count == 9, text.allSatisfy(\.isNumber) else { return invalid("BW", text) }
        let fifth = Array(text)[4]
        return NationalIDCheck(country: "BW", normalized: text, formatValid: true, checksumValid: nil, encodedBirthDate: nil,
                               encodedBirthYear: nil, encodedSex: fifth == "1" ? "M" : fifth == "2" ? "F" : nil,
                               hints: ["Omang sex digit unverified"])
    }

    // MARK: Helpers

    /// Digits only; printed in groups (`4525 241 3733` on a NIN slip) or broken by OCR at a wide
    /// space, they are one number.
    private static func digitsOnly(_ text: String, country: String, counts: Set<Int>, hint: String) -> NationalIDCheck {
        let digits = text.filter { $0 != " " }
        guard counts.contains(digits.count), digits.allSatisfy(\.isNumber) else { return invalid(country, text) }
        return NationalIDCheck(country: country, normalized: digits, formatValid: true, checksumValid: nil, encodedBirthDate: nil,
                               encodedBirthYear: nil, encodedSex: nil, hints: [hint])
    }

    private static func invalid(_ country: String, _ text: String) -> NationalIDCheck {
        NationalIDCheck(country: country, normalized: text, formatValid: false, checksumValid: nil, encodedBirthDate: nil,
                        encodedBirthYear: nil, encodedSex: nil, hints: ["does not match the \(country) ID number format"])
    }

    /// Luhn over all digits, the last being the check digit.
    static func luhn(_ digits: [Int]) -> Bool {
        let sum = digits.reversed().enumerated().reduce(0) { total, pair in
            let (index, digit) = pair
            guard index % 2 == 1 else { return total + digit }
            let doubled = digit * 2
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }

    private static func birthDate(_ digits: ArraySlice<Int>, today: Date) -> String? {
        let text = digits.map(String.init).joined()
        return MRZDate.birth(text, today: today)
    }

    private static func twoDigitYear(_ yy: Int) -> Int {
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        return yy > thisYear % 100 ? 1900 + yy : 2000 + yy
    }
}
