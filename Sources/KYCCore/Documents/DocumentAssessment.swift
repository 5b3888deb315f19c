import Foundation

/// Everything read off one document (front, back, MRZ), before it is judged.
public struct DocumentEvidence: Sendable {
    public var front: [DocumentField: FieldReading] = [:]
    public var back: [DocumentField: FieldReading] = [:]
    public var mrz: MRZ?
    /// The issuing country named in the printed text ("REPUBLIC OF KENYA"), ISO alpha-3.
    public var namedCountry: String?
    /// The printed text says "PASSPORT".
    public var saysPassport = false
    /// What the business or the user said the document is: a country (alpha-2 or alpha-3)
    /// and a type ("passport", "national_id").
    public var declaredCountry: String?
    public var declaredType: String?
    /// What the reader did that the reviewer should know (a value read a second time).
    public var readerHints: [String] = []
    /// Fields whose printed label was read on either side but whose value was not, on any side.
    public var printedUnread: Set<DocumentField> = []

    public init() {}
}

/// One check that ran on a document, for the reviewer.
public struct DocumentCheck: Sendable, Codable, Equatable {
    /// Stable: mrz_check_digits, expiry_in_future, id_number_rules, id_number_matches_fields,
    /// mrz_matches_visual, front_matches_back, country_matches_declared, type_matches_declared.
    public let name: String
    public let passed: Bool
    public let detail: String

    public init(name: String, passed: Bool, detail: String) {
        self.name = name
        self.passed = passed
        self.detail = detail
    }
}

/// How much of a document could be verified. Low confidence is not evidence against the
/// document: the reader could not read what would vouch for it, and a person should look.
public enum DocumentConfidence: String, Sendable, Codable {
    case high, low
}

/// The verdict on a document: normalised fields and the checks that decided `documentValid`.
public struct DocumentAssessment: Sendable {
    /// False only on evidence against the document: a check that ran and failed (expired,
    /// check digits wrong, an ID number that fails its country's rule after correction, MRZ
    /// and printed data that really disagree, another country or type than declared). What
    /// could not be read lowers `confidence` instead.
    public let documentValid: Bool
    /// High when something on the document vouches for it (a valid MRZ or an ID number that
    /// passes its country's rules) and its expiry was read; low otherwise, see `unverified`.
    public let confidence: DocumentConfidence
    /// What could not be verified, for the reviewer (stable: no_anchor, expiry_unread,
    /// mrz_check_unread, mrz_names_unread, printed_unread, printed_field_unread, printed_id_unread,
    /// printed_name_partial, printed_number_partial, printed_date_partial, printed_name_unsure,
    /// printed_field_unsure).
    public let unverified: [String]
    /// "passport", "national_id" or "unknown".
    public let documentType: String
    /// ISO alpha-3.
    public let issuingCountry: String?
    public let fields: [DocumentField: FieldReading]
    public let checks: [DocumentCheck]
    /// Notes that lower confidence without failing the document (unverified ID rules).
    public let hints: [String]
    /// Why `documentValid` is what it is, in one sentence.
    public let explanation: String

    public init(documentValid: Bool, confidence: DocumentConfidence, unverified: [String], documentType: String,
                issuingCountry: String?, fields: [DocumentField: FieldReading], checks: [DocumentCheck], hints: [String],
                explanation: String) {
        self.documentValid = documentValid
        self.confidence = confidence
        self.unverified = unverified
        self.documentType = documentType
        self.issuingCountry = issuingCountry
        self.fields = fields
        self.checks = checks
        self.hints = hints
        self.explanation = explanation
    }
}

public enum DocumentAssessor {
    public static func assess(_ evidence: DocumentEvidence, today: Date = Date()) -> DocumentAssessment {
        let mrzFields = evidence.mrz.map { readings(of: $0) } ?? [:]
        var checks: [DocumentCheck] = []
        var hints = evidence.readerHints
        // Issuing country: the MRZ's, else the one the header names, else the holder's printed
        // nationality (a header on a dark band may not read), else the declared one.
        let printedNationality = (evidence.front[.nationality] ?? evidence.back[.nationality])?.value
        let issuing = evidence.mrz.flatMap { CountryNames.code($0.issuingState)?.alpha3 }
            ?? evidence.namedCountry ?? printedNationality ?? evidence.declaredCountry.flatMap { CountryNames.code($0)?.alpha3 }
        let rulesCountry = issuing.flatMap { CountryNames.code($0) }.flatMap { NationalIDRules.supportedCountries.contains($0.alpha2) ? $0 : nil }
        var front = PrintedFullName.split(evidence.front, mrz: mrzFields), back = PrintedFullName.split(evidence.back, mrz: mrzFields)
        var printedIDSetAside = false
        if let rulesCountry {
            let mrzCarriesOne = mrzFields[.idNumber] != nil
            let frontSetAside = readIDNumber(&front, country: rulesCountry, mrzCarriesOne: mrzCarriesOne, hints: &hints)
            let backSetAside = readIDNumber(&back, country: rulesCountry, mrzCarriesOne: mrzCarriesOne, hints: &hints)
            printedIDSetAside = frontSetAside || backSetAside
        }
        let mrzValid = evidence.mrz?.valid == true
        let unsure = setAsideUnsure(&front, mrz: mrzFields, mrzValid: mrzValid).union(setAsideUnsure(&back, mrz: mrzFields, mrzValid: mrzValid))
        let printedNameUnsure = !unsure.isDisjoint(with: nameFields)
        let unsureOtherFields = unsure.subtracting(nameFields)
        var visual = back
        visual.merge(front) { _, front in front }

        var unreadCheckDigits: [String] = []
        if let mrz = evidence.mrz {
            let failed = mrz.checks.filter { !$0.valid && !$0.unread }.map(\.field)
            unreadCheckDigits = mrz.checks.filter { !$0.valid && $0.unread }.map(\.field)
            let passed = mrz.checks.filter(\.valid).count
            checks.append(DocumentCheck(name: "mrz_check_digits", passed: failed.isEmpty,
                                        detail: !failed.isEmpty ? "check digits failed: " + failed.joined(separator: ", ")
                                            : "\(passed)/\(mrz.checks.count) check digits valid"
                                                + (unreadCheckDigits.isEmpty ? "" : "; unread: " + unreadCheckDigits.joined(separator: ", "))))
        }
        var fields = merge(visual: visual, mrz: mrzFields, mrzValid: evidence.mrz?.valid == true,
                           mrzNamesWhole: evidence.mrz?.namesWhole == true)
        if evidence.mrz != nil, !visual.isEmpty {
            checks.append(compare("mrz_matches_visual", visual, mrzFields, what: "MRZ", against: "printed fields", hints: &hints))
        }
        if !Set(front.keys).intersection(back.keys).isEmpty {
            checks.append(compare("front_matches_back", front, back, what: "back", against: "front", hints: &hints))
        }
        if let issuing { fields[.issuingCountry] = FieldReading(value: issuing, confidence: 0.9, source: evidence.mrz == nil ? .visual : .mrz) }
        if let given = fields[.givenNames], let surname = fields[.surname] {
            fields[.fullName] = FieldReading(value: "\(given.value) \(surname.value)",
                                             confidence: min(given.confidence, surname.confidence), source: given.source)
        }

        var idRuleValid = false
        if let number = fields[.idNumber], let country = rulesCountry {
            let rule = NationalIDRules.check(number.value, country: country.alpha2)
            idRuleValid = rule.valid
            hints += rule.hints
            if rule.valid { fields[.idNumber] = FieldReading(value: rule.normalized, confidence: number.confidence, source: number.source) }
            checks.append(DocumentCheck(name: "id_number_rules", passed: rule.valid,
                                        detail: rule.valid ? (rule.checksumValid == true ? "format and check character valid" : "format valid (no public check rule)")
                                            : rule.formatValid ? "check character wrong" : "not a \(country.name) ID number"))
            if let consistency = idNumberConsistency(rule, fields) { checks.append(consistency) }
        }

        let documentType = evidence.mrz.map { $0.documentCode.hasPrefix("P") ? "passport" : "national_id" }
            ?? (evidence.saysPassport ? "passport" : (fields[.idNumber] != nil ? "national_id" : "unknown"))
        if let expiry = fields[.expiryDate]?.value {
            let todayISO = ISO8601DateFormatter.string(from: today, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            checks.append(DocumentCheck(name: "expiry_in_future", passed: expiry >= todayISO,
                                        detail: expiry >= todayISO ? "expires \(expiry)" : "expired on \(expiry)"))
        }
        if let declared = evidence.declaredCountry, let wanted = CountryNames.code(declared)?.alpha3 {
            checks.append(DocumentCheck(name: "country_matches_declared", passed: issuing == wanted,
                                        detail: "declared \(wanted), document issued by \(issuing ?? "unknown")"))
        }
        if let declared = evidence.declaredType {
            let passed = declared == documentType || (declared != "passport" && documentType == "national_id")
            checks.append(DocumentCheck(name: "type_matches_declared", passed: passed,
                                        detail: "declared \(declared), document reads as \(documentType)"))
        }

        let failed = checks.filter { !$0.passed }.map(\.name)
        var unverified: [String] = []
        if evidence.mrz?.valid != true, !idRuleValid { unverified.append("no_anchor") }
        if !checks.contains(where: { $0.name == "expiry_in_future" }) { unverified.append("expiry_unread") }
        // A valid MRZ vouches only for itself: with no printed field that says who the holder is
        // to compare, a page whose printed data was edited would pass unseen. The nationality,
        // sex or expiry alone say nothing of the holder, and a forger leaves them alone.
        let identity: Set<DocumentField> = [.surname, .givenNames, .dateOfBirth, .documentNumber, .idNumber]
        if evidence.mrz?.valid == true, identity.isDisjoint(with: Set(visual.keys).intersection(mrzFields.keys)) {
            unverified.append("printed_unread")
        } else if evidence.mrz?.valid == true, !identity.intersection(mrzFields.keys).isDisjoint(with: evidence.printedUnread) {
            // The page prints a birth date (say) that did not read: an edited one would pass
            // unseen beside the names that did.
            unverified.append("printed_field_unread")
        }
        // An MRZ whose names line did not read (fillers read as `K` throughout) never checked
        // the printed names: an edited name would pass unseen.
        if let mrz = evidence.mrz, mrz.surname.isEmpty, mrz.givenNames.isEmpty {
            unverified.append("mrz_names_unread")
        }
        // A check digit lost to a filler could not run: neither passed nor failed.
        if !unreadCheckDigits.isEmpty { unverified.append("mrz_check_unread") }
        // A printed ID number set aside for the MRZ's was never compared with it.
        if printedIDSetAside { unverified.append("printed_id_unread") }
        // A printed name read too unsurely to hold against the MRZ was never compared with it.
        if printedNameUnsure { unverified.append("printed_name_unsure") }
        // Likewise a printed date, number or nationality a valid MRZ contradicts.
        if !unsureOtherFields.isEmpty { unverified.append("printed_field_unsure") }
        // A name or number read only in part agreed as far as it was read; the rest was never compared.
        func readInPart(_ fields: Set<DocumentField>, _ partOf: (String, String) -> Bool) -> Bool {
            [(visual, mrzFields), (front, back)].contains { first, second in
                fields.contains { field in
                    guard let a = first[field]?.value, let b = second[field]?.value else { return false }
                    return !agree(field, a, b) && partOf(a, b)
                }
            }
        }
        if readInPart(nameFields, PrintedFieldCorrection.nameReadInPart) { unverified.append("printed_name_partial") }
        if readInPart([.idNumber, .documentNumber], PrintedFieldCorrection.numberReadInPart) { unverified.append("printed_number_partial") }
        if readInPart([.dateOfBirth, .expiryDate], PrintedFieldCorrection.dateYearCutToCentury) { unverified.append("printed_date_partial") }
        let explanation: String
        if !failed.isEmpty {
            explanation = "Failed: " + failed.joined(separator: ", ")
        } else if unverified.isEmpty {
            explanation = "All \(checks.count) checks passed: " + checks.map(\.name).joined(separator: ", ")
        } else {
            explanation = "Nothing speaks against the document, but it could not be verified: " + unverified.map {
                switch $0 {
                case "no_anchor": "no valid MRZ and no ID number that passes its country's rules"
                case "expiry_unread": "no expiry date could be read"
                case "printed_name_partial": "a printed name was read only in part"
                case "printed_number_partial": "a printed number was read only in part"
                case "printed_date_partial": "a printed date's year was read only in part"
                case "printed_name_unsure": "a printed name was read too unsurely to compare with the MRZ"
                case "printed_field_unsure": "a printed "
                    + unsureOtherFields.map(\.rawValue).sorted().joined(separator: ", ")
                    + " was read too unsurely to compare with the MRZ"
                case "printed_unread": "no printed name, birth date or number could be read to compare with the MRZ"
                case "printed_field_unread": "a printed "
                    + identity.intersection(mrzFields.keys).intersection(evidence.printedUnread).map(\.rawValue).sorted().joined(separator: ", ")
                    + " was labelled but could not be read to compare with the MRZ"
                case "mrz_check_unread": "an MRZ check digit could not be read"
                case "mrz_names_unread": "the MRZ's names could not be read to compare with the printed ones"
                default: "the printed ID number could not be read to compare with the MRZ's"
                }
            }.joined(separator: "; ")
        }
        return DocumentAssessment(documentValid: failed.isEmpty, confidence: unverified.isEmpty ? .high : .low,
                                  unverified: unverified, documentType: documentType, issuingCountry: issuing, fields: fields,
                                  checks: checks, hints: hints, explanation: explanation)
    }

    // MARK: - Fields

    /// The printed names, which no check digit guards on either side.
    static let nameFields: Set<DocumentField> = [.surname, .givenNames]

    /// Below this line confidence a printed reading is no evidence against the MRZ: Tesseract
    /// reads specks, a name half under a finger or a faint thin value as letters at 5–30%, and
    /// dot-matrix digits on a photocopy as other digits at 20–35%.
    static let surePrintedConfidence = 0.5

    /// Sets aside the printed readings of `side` that the MRZ contradicts but that were read
    /// less surely than `surePrintedConfidence`: they could not be compared, so they lower
    /// confidence instead of failing the document. Names always (no check digit guards either
    /// reading); other fields only against a valid MRZ, whose check digits vouch for it, and
    /// only when OCR does not explain the difference. Which fields were set aside.
    private static func setAsideUnsure(_ side: inout [DocumentField: FieldReading], mrz: [DocumentField: FieldReading],
                                       mrzValid: Bool) -> Set<DocumentField> {
        var setAside: Set<DocumentField> = []
        for (field, printed) in side where printed.confidence < surePrintedConfidence {
            let isName = nameFields.contains(field)
            // A difference OCR explains stays a hint (a confusable digit): the rest did agree.
            guard let fromMRZ = mrz[field], mrzValid || isName, !agree(field, printed.value, fromMRZ.value),
                  isName || !PrintedFieldCorrection.explainedByOCR(field, printed.value, fromMRZ.value) else { continue }
            side[field] = nil
            setAside.insert(field)
        }
        return setAside
    }

    /// The MRZ's fields; confidence from the check digit that guards each.
    public static func readings(of mrz: MRZ) -> [DocumentField: FieldReading] {
        let passed = Dictionary(mrz.checks.map { ($0.field, $0.valid) }, uniquingKeysWith: { $0 && $1 })
        func reading(_ value: String?, guardedBy check: String?) -> FieldReading? {
            guard let value, !value.isEmpty else { return nil }
            let confidence = check.map { passed[$0] == true ? 0.99 : 0.4 } ?? (mrz.valid ? 0.9 : 0.6)
            return FieldReading(value: value, confidence: confidence, source: .mrz)
        }
        var out: [DocumentField: FieldReading] = [:]
        out[.surname] = reading(mrz.surname, guardedBy: nil)
        out[.givenNames] = reading(mrz.givenNames, guardedBy: nil)
        out[.documentNumber] = reading(mrz.documentNumber, guardedBy: "document_number")
        out[.dateOfBirth] = reading(mrz.dateOfBirth, guardedBy: "date_of_birth")
        out[.expiryDate] = reading(mrz.expiryDate, guardedBy: "expiry_date")
        out[.sex] = reading(["M", "F"].contains(mrz.sex) ? mrz.sex : nil, guardedBy: nil)
        out[.nationality] = reading(CountryNames.code(mrz.nationality)?.alpha3 ?? mrz.nationality, guardedBy: nil)
        // National ID numbers often sit in the optional data (South Africa, Kenya…).
        let optional = mrz.optionalData.replacingOccurrences(of: "<", with: "")
        if let country = CountryNames.code(mrz.issuingState), !optional.isEmpty,
           NationalIDRules.check(optional, country: country.alpha2).valid {
            out[.idNumber] = reading(optional, guardedBy: "composite")
        }
        return out
    }

    /// A side's printed ID number read by the country's format (`O` where a digit must stand
    /// is a `0`). One that still fails is kept, to fail `id_number_rules` or to disagree with
    /// the MRZ, unless it is not even shaped like the country's numbers while the MRZ carries
    /// one: then it is a misreading (a letter lost or added), and the MRZ's stands. Returns
    /// whether it was set aside: the comparison with the MRZ did not run, so the document is
    /// not verified on that point.
    static func readIDNumber(_ side: inout [DocumentField: FieldReading], country: CountryNames.Country,
                             mrzCarriesOne: Bool, hints: inout [String]) -> Bool {
        guard let number = side[.idNumber] else { return false }
        if let corrected = PrintedFieldCorrection.idNumber(number.value, country: country.alpha2) {
            side[.idNumber] = FieldReading(value: corrected.check.normalized, confidence: number.confidence, source: number.source)
            if corrected.swaps > 0 {
                hints.append("id_number: \(corrected.swaps) OCR-confusable character(s) read by the \(country.name) ID number format")
            }
        } else if mrzCarriesOne, !NationalIDRules.check(number.value, country: country.alpha2).formatValid {
            side[.idNumber] = nil
            hints.append("id_number: the printed number does not read as a \(country.name) ID number; the MRZ's is used")
            return true
        }
        return false
    }

    /// Printed and MRZ values into one: names that agree keep the printed spelling (less a space
    /// a valid MRZ does not have), unless they
    /// differ in letters (not only in what the MRZ cannot write: accents, hyphens, apostrophes;
    /// nor by a filler the OCR read as a letter beside a name, `BRIAN<KFAITH`),
    /// the MRZ is valid and did not cut them short, and the printed line read less surely than
    /// the MRZ's names (the OCR misread a printed letter: `OKRONKWO` for `OKONKWO`; no check
    /// digit guards either, so the surer reading wins), or the printed name is the MRZ's with
    /// letters missing at one end (`ELLO` for `BELLO`: the photo's edge or a finger cut it);
    /// other fields take the MRZ where a check
    /// digit vouches for it, the printed value elsewhere.
    static func merge(visual: [DocumentField: FieldReading], mrz: [DocumentField: FieldReading],
                      mrzValid: Bool, mrzNamesWhole: Bool = false) -> [DocumentField: FieldReading] {
        var out = visual
        for (field, fromMRZ) in mrz {
            guard let printed = visual[field] else {
                out[field] = fromMRZ
                continue
            }
            if agree(field, printed.value, fromMRZ.value) {
                let lettersEqual = printed.value.filter(\.isLetter) == fromMRZ.value.filter(\.isLetter)
                let sameLetters = lettersEqual || PrintedFieldCorrection.fillerReadAsLetter(mrz: fromMRZ.value, printed: printed.value)
                let mrzSurer = mrzValid && mrzNamesWhole && fromMRZ.confidence > printed.confidence
                let printedCut = mrzValid && mrzNamesWhole && PrintedFieldCorrection.cutAtAnEdge(printed: printed.value, mrz: fromMRZ.value)
                let printedWins = nameFields.contains(field) && (sameLetters || !(mrzSurer || printedCut))
                let printedSpaced = lettersEqual && mrzValid ? PrintedFieldCorrection.spacedAsMRZ(printed: printed.value, mrz: fromMRZ.value) : printed.value
                let value = printedWins ? printedSpaced : fromMRZ.value
                out[field] = FieldReading(value: value, confidence: max(printed.confidence, fromMRZ.confidence), source: .visualAndMRZ)
            } else if [.nationality, .issuingCountry].contains(field), CountryNames.code(fromMRZ.value) == nil {
                continue  // no check digit vouches for it, and it is no country's code: the printed one stands
            } else if fromMRZ.confidence >= 0.9 || mrzValid {
                out[field] = fromMRZ
            }
        }
        return out
    }

    public static func agree(_ field: DocumentField, _ a: String, _ b: String) -> Bool {
        switch field {
        case .surname, .givenNames, .fullName:
            // The MRZ writes names in at most 39 characters, without accents or punctuation.
            // OCR of the printed name may miss a letter: allow one edit per eight letters.
            let x = Array(a.filter(\.isLetter)), y = Array(b.filter(\.isLetter))
            guard !x.isEmpty, !y.isEmpty else { return x == y }
            // `b` may be the MRZ's truncated form of `a`.
            let full = editDistance(x, y), truncated = y.count < x.count && y.count >= 12 ? editDistance(Array(x.prefix(y.count)), y) : full
            return min(full, truncated) <= max(1, min(x.count, y.count) / 8)
        case .idNumber, .documentNumber:
            return a.filter { $0.isLetter || $0.isNumber } == b.filter { $0.isLetter || $0.isNumber }
        default:
            return a == b
        }
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    // MARK: - Checks

    /// Fields both sources read, compared. A difference OCR explains (`O` for `0` in a number,
    /// one confusable digit in a date) is recorded as a hint; any other fails the check.
    private static func compare(_ name: String, _ first: [DocumentField: FieldReading], _ second: [DocumentField: FieldReading],
                                what: String, against: String, hints: inout [String]) -> DocumentCheck {
        let shared = DocumentField.allCases.filter { first[$0] != nil && second[$0] != nil }
        let differing = shared.filter { !agree($0, first[$0]!.value, second[$0]!.value) }
        let misread = differing.filter { PrintedFieldCorrection.explainedByOCR($0, first[$0]!.value, second[$0]!.value) }
        if !misread.isEmpty {
            hints.append("\(name): \(what) and \(against) differ only by OCR-confusable characters on "
                         + misread.map(\.rawValue).joined(separator: ", "))
        }
        let real = differing.filter { !misread.contains($0) }
        guard !real.isEmpty else {
            return DocumentCheck(name: name, passed: true, detail: "\(shared.count) fields agree: " + shared.map(\.rawValue).joined(separator: ", "))
        }
        return DocumentCheck(name: name, passed: false, detail: "\(what) and \(against) differ on " + real.map(\.rawValue).joined(separator: ", "))
    }

    /// What the ID number encodes (birth date, birth year, sex) against the printed fields.
    private static func idNumberConsistency(_ rule: NationalIDCheck, _ fields: [DocumentField: FieldReading]) -> DocumentCheck? {
        var compared: [String] = [], differing: [String] = []
        if let encoded = rule.encodedBirthDate, let printed = fields[.dateOfBirth]?.value {
            compared.append("date_of_birth")
            if encoded != printed { differing.append("date_of_birth") }
        } else if let year = rule.encodedBirthYear, let printed = fields[.dateOfBirth]?.value {
            compared.append("birth year")
            if !printed.hasPrefix(String(year)) { differing.append("birth year") }
        }
        if let encoded = rule.encodedSex, let printed = fields[.sex]?.value {
            compared.append("sex")
            if encoded != printed { differing.append("sex") }
        }
        guard !compared.isEmpty else { return nil }
        return DocumentCheck(name: "id_number_matches_fields", passed: differing.isEmpty,
                             detail: differing.isEmpty ? "the ID number encodes the same " + compared.joined(separator: " and ")
                                 : "the ID number encodes a different " + differing.joined(separator: " and "))
    }
}
