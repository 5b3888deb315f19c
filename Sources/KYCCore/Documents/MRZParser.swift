import Foundation

/// Parses TD1, TD2 and TD3 zones, correcting the usual OCR confusions by field type and, in
/// free fields, by the check digit.
public enum MRZParser {
    /// Parses OCR'd lines (extra whitespace and lower case tolerated). Nil if the lines are not
    /// shaped like any MRZ format.
    public static func parse(_ rawLines: [String], today: Date = Date()) -> MRZ? {
        var lines = rawLines
            .map { $0.uppercased().filter { !$0.isWhitespace }.replacingOccurrences(of: "«", with: "<") }
            .filter { !$0.isEmpty }
        if let first = lines.first {
            lines[0] = withoutCharacterBeforeState(first)
            lines = withoutJunkBeforeDocumentCode(lines)
        }
        // The last line of a passport (digits and check digits) is read most reliably, so it
        // decides between TD2 and TD3. OCR collapses runs of `<` (lines come out short) and adds
        // junk after the name (lines come out long): lines within those bounds are padded or
        // cut to the format's length.
        guard let last = lines.last?.count else { return nil }
        func fits(_ length: Int) -> Bool { lines.allSatisfy { ((length - 10)...(length + 16)).contains($0.count) } }
        switch lines.count {
        case 3 where fits(30):
            return fitted(lines, 30) { parseTD1($0, today: today) }
        case 2 where abs(last - 36) < abs(last - 44) && fits(36):
            return parseTD23(lines.map { fit($0, 36) }, format: .td2, today: today)
        case 2 where fits(44):
            return fitted(lines, 44) { parseTD23($0, format: .td3, today: today) }
        default:
            return nil
        }
    }

    /// A TD1 or TD3 zone parsed from lines fitted to the format's length. Its second line ends
    /// in the composite check digit; when it is short, or ends in fillers after a digit, the run
    /// of fillers OCR miscounted is more likely its last one, before the check digits
    /// (`UGA<<<<<<<<<<5<` for `UGA<<<<<<<<<<<5`, `<<<<<<<<<<<<<08<` for `<<<<<<<<<<<<<<08`),
    /// than its end: that fitting is taken when it verifies more check digits, or every one when
    /// the other leaves a filler where the composite check digit stands. (Not for TD2: a
    /// passport's line with its long filler run collapsed reads as a TD2 line whose composite
    /// verifies, since fillers count as 0; padding it at its end keeps that reading from passing.)
    private static func fitted(_ lines: [String], _ length: Int, _ parse: ([[Character]]) -> MRZ) -> MRZ {
        let atEnd = lines.map { fit($0, length) }
        let mrz = parse(atEnd)
        guard let inRun = fitInLastFillers(lines[1], length) else { return mrz }
        var other = atEnd
        other[1] = inRun
        let alternative = parse(other)
        let (moved, kept) = (alternative.checks.filter(\.valid).count, mrz.checks.filter(\.valid).count)
        // A composite check digit is never a filler: one read there verifies only by chance
        // (a filler counts as 0), so then the fillers moved win a tie.
        return moved > kept || (moved == kept && atEnd[1].last == "<" && alternative.valid) ? alternative : mrz
    }

    /// A first line with a character read in before its issuing state, which then stands one
    /// place on: the document code's letter read twice (`II<GHA…` for `I<GHA…`) or a filler
    /// read twice (`P<<UGA…`). The doubled character is taken out. No check digit covers the
    /// document code and the state, so nothing else would put the line back in step.
    static func withoutCharacterBeforeState(_ line: String) -> String {
        let characters = Array(line)
        guard characters.count >= 6, !CountryNames.isStateCode(String(characters[2..<5])),
              CountryNames.isStateCode(String(characters[3..<6])) else { return line }
        if characters[1] == characters[0] { return String(characters[0...0] + characters[2...]) }
        if characters[2] == "<" { return String(characters[0..<2] + characters[3...]) }
        return line
    }

    /// Two characters read before a TD1 zone's document code and issuing state (`AAI<UGA…`,
    /// `AAIDUGA…`; a TD1 code is `A`, `C` or `I` and a letter or a filler), when the first line
    /// as it stands has no state in place, taken out: something at the zone's left edge (the
    /// card's rim, a thumb) read as letters. Where the names line starts with the same two,
    /// they are that too, not the surname's first letters.
    static func withoutJunkBeforeDocumentCode(_ lines: [String]) -> [String] {
        let characters = Array(lines[0])
        guard characters.count >= 31, !CountryNames.isStateCode(String(characters[2..<5])),
              "ACI".contains(characters[2]), characters[3] == "<" || characters[3].isLetter,
              CountryNames.isStateCode(String(characters[4..<7])) else { return lines }
        let junk = String(characters[0..<2])
        return lines.enumerated().map { index, line in
            index == 0 || (index == 2 && lines.count == 3 && line.hasPrefix(junk)) ? String(line.dropFirst(2)) : line
        }
    }

    /// OCR drops or adds filler at the end: pad or cut to the format's length.
    private static func fit(_ line: String, _ length: Int) -> [Character] {
        let characters = Array(line.prefix(length))
        return characters + Array(repeating: "<", count: length - characters.count)
    }

    /// The line up to its last digit, padded in its last run of fillers before that digit.
    private static func fitInLastFillers(_ line: String, _ length: Int) -> [Character]? {
        var characters = Array(line)
        while characters.last == "<" { characters.removeLast() }
        guard characters.count < length, characters.last?.isNumber == true, let run = characters.lastIndex(of: "<") else { return nil }
        characters.insert(contentsOf: Array(repeating: "<", count: length - characters.count), at: run)
        return characters
    }

    // MARK: Formats

    private static func parseTD1(_ input: [[Character]], today: Date) -> MRZ {
        var editor = LineEditor(lines: input)
        editor.alpha(0, 0..<2); editor.alpha(0, 2..<5)
        editor.numeric(1, 0..<7); editor.numeric(1, 8..<15); editor.alpha(1, 15..<18); editor.numeric(1, 29..<30)
        editor.alpha(2, 0..<30)
        editor.stateCode(0, 2..<5); editor.stateCode(1, 15..<18)
        editor.fillersAfterNames(2, 0..<30)
        editor.fillersAfterData(0, 15..<30); editor.fillersAfterData(1, 18..<29)
        editor.separatorInNames(2, 0..<30)
        editor.sex(1, 7)
        // Long document numbers continue into optional data 1 when position 15 is `<`.
        var documentNumber = editor.text(0, 5..<14)
        var numberCheck: (field: String, digit: Character)
        let optional1 = editor.text(0, 15..<30)
        if editor.lines[0][14] == "<", let end = optional1.firstIndex(of: "<"), end != optional1.startIndex {
            let continuation = optional1[..<end]
            documentNumber += continuation.dropLast()
            numberCheck = (documentNumber, continuation.last!)
        } else {
            editor.freeWithCheck(0, 5..<14, check: 14)
            documentNumber = editor.text(0, 5..<14)
            numberCheck = (documentNumber, editor.lines[0][14])
            readNationalIDNumber(&editor)
        }
        let l1 = editor.lines[0], l2 = editor.lines[1]
        let composite = td1Composite(editor)
        let checks = [
            MRZ.Check(field: "document_number", valid: MRZCheckDigit.verify(numberCheck.field, digit: numberCheck.digit)),
            MRZ.Check.digit("date_of_birth", String(l2[0..<6]), l2[6]),
            MRZ.Check.digit("expiry_date", String(l2[8..<14]), l2[14]),
            // Optional data 1 and 2 in the composite's text (after the document number and its check digit).
            MRZ.Check.composite(composite, l2[29], free: Array(10..<25) + Array(39..<50)),
        ]
        let (surname, given) = names(String(editor.lines[2]))
        return MRZ(
            format: .td1, lines: editor.lines.map { String($0) }, documentCode: clean(String(l1[0..<2])),
            issuingState: clean(String(l1[2..<5])), documentNumber: clean(documentNumber),
            surname: surname, givenNames: given, nationality: clean(String(l2[15..<18])),
            dateOfBirth: MRZDate.birth(String(l2[0..<6]), today: today), expiryDate: MRZDate.expiry(String(l2[8..<14]), today: today),
            sex: sexValue(l2[7]), optionalData: clean(String(l1[15..<30]) + String(l2[18..<29])), checks: checks,
            corrections: editor.corrections)
    }

    private static func td1Composite(_ editor: LineEditor) -> String {
        let l1 = editor.lines[0], l2 = editor.lines[1]
        return String(l1[5..<30]) + String(l2[0..<7]) + String(l2[8..<15]) + String(l2[18..<29])
    }

    /// Many cards carry the national ID number in optional data 1, guarded only by the
    /// composite check digit (`6901223952O89` for `6901223952089`). When the composite fails,
    /// the number read with digits for lookalike letters is taken if it then passes both the
    /// composite and its country's check character: two checks, so a misreading is not talked
    /// into a pass by one digit's one-in-ten chance.
    ///
    /// A number that breaks its country's format as read (`CFO0019UCM5HD5`: Uganda's NIN has
    /// digits third and fourth; `32I40015`: a Kenyan number is digits throughout) is read with
    /// the fewest lookalike letters as digits that meet the format, when the composite passes
    /// with it (it may pass as read too: two `O`s weighed 7 and 3 count as zeros). The format
    /// forces those characters, as it does a printed number's; the composite checks the
    /// reading. Letters a format allows are never changed this way.
    private static func readNationalIDNumber(_ editor: inout LineEditor) {
        let end = editor.lines[0][15..<30].firstIndex(of: "<") ?? 30
        guard end > 15, let country = CountryNames.code(editor.text(0, 2..<5)) else { return }
        func compositePasses(_ editor: LineEditor) -> Bool { MRZCheckDigit.verify(td1Composite(editor), digit: editor.lines[1][29]) }
        func number(_ editor: LineEditor) -> NationalIDCheck { NationalIDRules.check(editor.text(0, 15..<end), country: country.alpha2) }
        if !compositePasses(editor) {
            var trial = editor
            trial.numeric(0, 15..<end)
            if trial.corrections > editor.corrections, compositePasses(trial), number(trial).checksumValid == true {
                editor = trial
                return
            }
        }
        guard !number(editor).formatValid else { return }
        let letters = (15..<end).filter { LineEditor.toDigit[editor.lines[0][$0]] != nil }
        guard !letters.isEmpty else { return }
        for count in 1...min(PrintedFieldCorrection.maximumSwaps, letters.count) {
            for positions in PrintedFieldCorrection.combinations(of: letters, size: count) {
                var trial = editor
                for position in positions { trial.numeric(0, position..<(position + 1)) }
                guard number(trial).valid else { continue }
                if compositePasses(trial) { editor = trial }
                return
            }
        }
    }

    private static func parseTD23(_ input: [[Character]], format: MRZ.Format, today: Date) -> MRZ {
        let length = input[0].count
        var editor = LineEditor(lines: input)
        editor.alpha(0, 0..<2); editor.alpha(0, 2..<5); editor.alpha(0, 5..<length)
        editor.fillersAfterNames(0, 5..<length)
        editor.separatorInNames(0, 5..<length)
        editor.alpha(1, 10..<13); editor.numeric(1, 13..<20); editor.numeric(1, 21..<28)
        editor.stateCode(0, 2..<5); editor.stateCode(1, 10..<13)
        // Visas (MRV-A, MRV-B: document code V…) carry no personal number check digit and no
        // composite: what follows the expiry check digit is optional data to the end.
        let visa = editor.lines[0][0] == "V"
        if !visa { editor.numeric(1, (length - 1)..<length) }
        editor.sex(1, 20)
        editor.freeWithCheck(1, 0..<9, check: 9)
        let optionalEnd = visa ? length : (format == .td3 ? 42 : 35)
        editor.fillersAfterData(1, 28..<optionalEnd)
        if format == .td3 && !visa { editor.freeWithCheck(1, 28..<42, check: 42) }
        let l1 = editor.lines[0], l2 = editor.lines[1]
        let composite = String(l2[0..<10]) + String(l2[13..<20]) + String(l2[21..<(length - 1)])
        var checks = [
            MRZ.Check(field: "document_number", valid: MRZCheckDigit.verify(String(l2[0..<9]), digit: l2[9])),
            MRZ.Check.digit("date_of_birth", String(l2[13..<19]), l2[19]),
            MRZ.Check.digit("expiry_date", String(l2[21..<27]), l2[27]),
        ]
        if format == .td3 && !visa {
            // An empty personal number may carry `<` or 0 as its check digit.
            let personal = String(l2[28..<42])
            let valid = MRZCheckDigit.verify(personal, digit: l2[42]) || (personal.allSatisfy { $0 == "<" } && l2[42] == "<")
            checks.append(MRZ.Check(field: "personal_number", valid: valid))
        }
        if !visa { checks.append(MRZ.Check.digit("composite", composite, l2[length - 1])) }
        let (surname, given) = names(String(l1[5..<length]))
        return MRZ(
            format: format, lines: editor.lines.map { String($0) }, documentCode: clean(String(l1[0..<2])),
            issuingState: clean(String(l1[2..<5])), documentNumber: clean(String(l2[0..<9])),
            surname: surname, givenNames: given, nationality: clean(String(l2[10..<13])),
            dateOfBirth: MRZDate.birth(String(l2[13..<19]), today: today), expiryDate: MRZDate.expiry(String(l2[21..<27]), today: today),
            sex: sexValue(l2[20]), optionalData: clean(String(l2[28..<optionalEnd])), checks: checks,
            corrections: editor.corrections)
    }

    // MARK: Helpers

    /// `SURNAME<<GIVEN<NAMES` → ("SURNAME", "GIVEN NAMES"). The names end at the first run
    /// of three fillers: what OCR reads after it (a `<` taken for a `K`, as on many visas and
    /// passports) is filler, not a name. Names holding `KKK` before that (no name does) were
    /// read from fillers taken for `K`s throughout (`OTITENO<KKWANTTRUCKKK`): unread, empty;
    /// so were names holding a digit no letter is read from (`KOBI<<7THLLCC` off a blurred line)
    /// and names split by `<<` more than once (only the surname ends that way: `B<<AULW<<HCC`
    /// is specks of a faint line read as letters).
    static func names(_ field: String) -> (String, String) {
        let names = field.range(of: "<<<").map { String(field[..<$0.lowerBound]) } ?? field
        let parts = names.components(separatedBy: "<<")
        guard !names.contains("KKK"), !names.contains(where: \.isNumber), parts.count <= 2 else { return ("", "") }
        let surname = clean(parts.first ?? "")
        let given = clean(parts.dropFirst().joined(separator: " "))
        return (surname, given)
    }

    /// Filler to spaces, trimmed.
    static func clean(_ field: String) -> String {
        field.replacingOccurrences(of: "<", with: " ").split(separator: " ").joined(separator: " ")
    }

    private static func sexValue(_ character: Character) -> String {
        character == "M" || character == "F" ? String(character) : "X"
    }
}
