import Foundation

/// Fixes OCR confusions in MRZ lines by what each position may hold.
struct LineEditor {
    private(set) var lines: [[Character]]
    private(set) var corrections = 0

    init(lines: [[Character]]) { self.lines = lines }

    /// Digits read where only letters may stand (names, state codes).
    static let toLetter: [Character: Character] = ["0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "8": "B"]
    /// Letters read where only digits may stand (dates, check digits).
    static let toDigit: [Character: Character] = ["O": "0", "Q": "0", "D": "0", "C": "0", "U": "0", "I": "1", "L": "1",
                                                  "Z": "2", "S": "5", "G": "6", "B": "8", "T": "7"]

    func text(_ line: Int, _ range: Range<Int>) -> String { String(lines[line][range]) }

    mutating func alpha(_ line: Int, _ range: Range<Int>) { replace(line, range, using: Self.toLetter) }

    mutating func numeric(_ line: Int, _ range: Range<Int>) { replace(line, range, using: Self.toDigit) }

    mutating func sex(_ line: Int, _ position: Int) {
        let fixes: [Character: Character] = ["H": "M", "N": "M", "P": "F", "E": "F"]
        if let fixed = fixes[lines[line][position]] { set(line, position, fixed) }
    }

    /// A free field (letters or digits) guarded by a check digit: the digit is made numeric,
    /// then, if the field does not verify, single confusable swaps are tried until one does.
    /// A run of letters `O` between two digits (the check digit after the field counts) is
    /// zeros when the check digit allows that as well: two of them can verify either way
    /// (`MN7O147O7` and `MN7014707`; `OO` weighed 7 and 3 adds 240), and the digits around say
    /// which it is. Only `O`, which issuers avoid in numbers for this reason: other letters
    /// stand between digits in real numbers (Luxembourg's `S99BS27`, whose `BS` weighs 90 more
    /// than `85` and so verifies either way too).
    mutating func freeWithCheck(_ line: Int, _ range: Range<Int>, check: Int) {
        numeric(line, check..<(check + 1))
        let digit = lines[line][check]
        var zeroed = lines[line]
        var position = range.lowerBound + 1
        while position < range.upperBound {
            guard zeroed[position] == "O", zeroed[position - 1].isNumber else {
                position += 1
                continue
            }
            var end = position
            while end < range.upperBound, zeroed[end] == "O" { end += 1 }
            let after = end < range.upperBound ? zeroed[end] : (end == check ? digit : "<")
            if after.isNumber { for zero in position..<end { zeroed[zero] = "0" } }
            position = end
        }
        if zeroed != lines[line], MRZCheckDigit.verify(String(zeroed[range]), digit: digit) {
            for position in range { set(line, position, zeroed[position]) }
            return
        }
        guard !MRZCheckDigit.verify(text(line, range), digit: digit) else { return }
        let swaps = Self.toDigit.merging(Self.toLetter) { first, _ in first }
        for position in range {
            guard let replacement = swaps[lines[line][position]] else { continue }
            var candidate = lines[line]
            candidate[position] = replacement
            if MRZCheckDigit.verify(String(candidate[range]), digit: digit) {
                set(line, position, replacement)
                return
            }
        }
    }

    /// Letters OCR-B's glyphs are taken for, both ways (`KFN` for KEN, `QHA` for GHA).
    static let letterLookalikes: [Character: [Character]] = [
        "E": ["F"], "F": ["E"], "G": ["Q", "C", "O"], "Q": ["G", "O"], "C": ["G"], "O": ["Q", "D", "G"], "D": ["O"],
        "I": ["L", "T"], "L": ["I"], "T": ["I"], "M": ["N", "H"], "N": ["M", "H"], "H": ["N", "M"], "U": ["V"], "V": ["U"],
        "B": ["R"], "R": ["B"],
        // A 7 has no one letter it stands for (`Z` or `T`), so `alpha` leaves it; in a state
        // code the state named decides (`7WE`).
        "7": ["Z", "T"],
    ]

    /// A state code (issuing state, nationality) that names no state is read again with one
    /// lookalike letter swapped, and taken when exactly one swap names a state. Codes are not
    /// guarded by a check digit, so a misread letter would otherwise stand.
    mutating func stateCode(_ line: Int, _ range: Range<Int>) {
        let code = text(line, range)
        guard !code.contains("<"), !CountryNames.isStateCode(code) else { return }
        var found: [(Int, Character)] = []
        for position in range {
            for lookalike in Self.letterLookalikes[lines[line][position]] ?? [] {
                var candidate = lines[line]
                candidate[position] = lookalike
                if CountryNames.isStateCode(String(candidate[range])) { found.append((position, lookalike)) }
            }
        }
        if found.count == 1 { set(line, found[0].0, found[0].1) }
    }

    /// The names end at the first three fillers; what follows is filler, whatever the OCR read
    /// there (`<<<K<K<SKKKK` on a blurred page). Not when the names hold `KKK`: then the fillers
    /// throughout were read as `K`s and the names are unread anyway (`MRZParser.names`).
    mutating func fillersAfterNames(_ line: Int, _ range: Range<Int>) {
        let field = text(line, range)
        guard let end = field.range(of: "<<<"), !field[..<end.lowerBound].contains("KKK") else { return }
        let start = range.lowerBound + field.distance(from: field.startIndex, to: end.lowerBound)
        // Not counted as corrections: the names were read the same before, and a zone must not
        // lose to another reading for the junk after its names.
        for position in start..<range.upperBound { lines[line][position] = "<" }
    }

    /// Optional data ends at its first filler; what follows is fillers, which OCR now and then
    /// reads as `K` (`16398078<<<<<K<`). No check digit tells them apart: a `K` weighs 20, a
    /// filler 0, and every weight times 20 ends in 0. So fillers and `K`s alone after the data
    /// are all fillers. So are the `C`, `E` and `S` Tesseract reads for a monospaced face's
    /// filler (`<<<<<ccccec<<<02`, a zone shown as text by a phone app), which do weigh in the
    /// check digits: those then say whether fillers were printed there (any other character
    /// there is left to the check digits as read). A field of nothing but fillers and `K`s
    /// holds no data at all (`ZAFK<<<<<<<<<<5`): a `K` alone is no one's optional data.
    mutating func fillersAfterData(_ line: Int, _ range: Range<Int>) {
        let field = lines[line][range]
        if field.contains("K"), field.allSatisfy({ $0 == "<" || $0 == "K" }) {
            for position in range { lines[line][position] = "<" }
            return
        }
        guard let end = lines[line][range].firstIndex(of: "<") else { return }
        let tail = lines[line][end..<range.upperBound]
        guard tail.contains(where: { $0 != "<" }), tail.allSatisfy({ $0 == "<" || Self.fillerReadings.contains($0) }) else { return }
        // Not counted as corrections, as the fillers after the names are not.
        for position in end..<range.upperBound { lines[line][position] = "<" }
    }

    /// Letters OCR reads for a filler after the data: `K`, and a monospaced filler's `C`, `E`, `S`.
    static let fillerReadings: Set<Character> = ["K", "C", "E", "S"]

    /// Names with no `<<` between surname and given names, but a lone `K` or `X` between two
    /// fillers (`QUAYE<X<EFUA<KOFI` for `QUAYE<<EFUA<KOFI`): a letter read into the gap between
    /// the separator's two fillers, which pushed the rest one place right. It is taken out and
    /// the rest moved back, a filler added at the end. No name is one `K` or `X`, and every
    /// names field with given names has its `<<`.
    mutating func separatorInNames(_ line: Int, _ range: Range<Int>) {
        let field = text(line, range)
        let names = field.range(of: "<<<").map { field[..<$0.lowerBound] } ?? field[...]
        guard !names.contains("<<"), lines[line][range.upperBound - 1] == "<",
              let lone = names.firstMatch(of: #/<[KX]</#) else { return }
        let letter = range.lowerBound + field.distance(from: field.startIndex, to: lone.range.lowerBound) + 1
        lines[line].remove(at: letter)
        lines[line].insert("<", at: range.upperBound - 1)
        corrections += 1
    }

    private mutating func replace(_ line: Int, _ range: Range<Int>, using table: [Character: Character]) {
        for position in range {
            if let fixed = table[lines[line][position]] { set(line, position, fixed) }
        }
    }

    private mutating func set(_ line: Int, _ position: Int, _ character: Character) {
        guard lines[line][position] != character else { return }
        lines[line][position] = character
        corrections += 1
    }
}

/// MRZ dates (YYMMDD) to ISO 8601, choosing the century.
enum MRZDate {
    /// Birth dates are in the past: a year after this year's two digits is in the 1900s.
    static func birth(_ digits: String, today: Date) -> String? {
        guard let (yy, mm, dd) = split(digits) else { return nil }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: today)
        let century = yy > thisYear % 100 ? 1900 : 2000
        return iso(century + yy, mm, dd)
    }

    /// Expiry dates are at most a few decades ahead.
    static func expiry(_ digits: String, today: Date) -> String? {
        guard let (yy, mm, dd) = split(digits) else { return nil }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: today)
        let year = 2000 + yy > thisYear + 50 ? 1900 + yy : 2000 + yy
        return iso(year, mm, dd)
    }

    private static func split(_ digits: String) -> (Int, Int, Int)? {
        guard digits.count == 6, digits.allSatisfy(\.isNumber) else { return nil }
        let value = Array(digits)
        return (Int(String(value[0...1]))!, Int(String(value[2...3]))!, Int(String(value[4...5]))!)
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        let calendar = Calendar(identifier: .gregorian)
        guard (1...12).contains(month), let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
