/// Printed fields read by what they are, as the MRZ parser reads its fields by type: an ID
/// number is corrected by its country's format, and a printed value that differs from the
/// MRZ only by characters OCR confuses is a misreading, not a different document.
public enum PrintedFieldCorrection {
    /// Most confusable swaps tried on one ID number: enough for `O`/`0` in a birth year and a
    /// letter or two, few enough that a wrong number cannot be talked into a right one.
    static let maximumSwaps = 3

    /// The ID number as its country's rules accept it: the number as read if it passes, else
    /// the reading with the fewest swaps of OCR-confusable characters (`O`↔`0`, `I`↔`1`,
    /// `S`↔`5`, `B`↔`8`, `J`↔`3`…) that passes, starting from the number as read and from the
    /// number with every confusable letter read as a digit (a font whose zeros all read `O`).
    /// Failing that, one glyph read twice as two look-alikes side by side (`E O07` of `E 07`:
    /// the `0` read as `O0`) is read once, the swaps then one fewer. nil when none passes.
    public static func idNumber(_ raw: String, country alpha2: String) -> (check: NationalIDCheck, swaps: Int)? {
        let asRead = Array(raw.uppercased())
        if let found = passing(asRead, country: alpha2, swaps: maximumSwaps) { return (found.check, found.changed) }
        for position in asRead.indices.dropLast() where confusableInNumbers(asRead[position], asRead[position + 1]) {
            for dropped in [position, position + 1] {
                var once = asRead
                once.remove(at: dropped)
                if let found = passing(once, country: alpha2, swaps: maximumSwaps - 1) { return (found.check, found.changed + 1) }
            }
        }
        return nil
    }

    /// The reading, or it with at most `swaps` confusable characters swapped, that passes the
    /// country's rules, and how many characters differ from the reading.
    private static func passing(_ asRead: [Character], country alpha2: String, swaps limit: Int) -> (check: NationalIDCheck, changed: Int)? {
        let allDigits = asRead.map { LineEditor.toDigit[$0] ?? $0 }
        for base in [asRead, allDigits] {
            let swaps = base.indices.flatMap { position in alternatives(base[position]).map { (position, $0) } }
            for count in 0...min(limit, swaps.count) {
                for chosen in combinations(of: Array(swaps.indices), size: count).map({ $0.map { swaps[$0] } })
                where Set(chosen.map(\.0)).count == count {
                    var candidate = base
                    for (position, replacement) in chosen { candidate[position] = replacement }
                    let check = NationalIDRules.check(String(candidate), country: alpha2)
                    if check.valid { return (check, zip(candidate, asRead).filter { $0 != $1 }.count) }
                }
            }
        }
        return nil
    }

    /// The other readings of a character OCR confuses: a digit for a letter or a letter for a
    /// digit as in the MRZ, and the look-alikes of monospaced and engraved faces, whose `J`
    /// (a hooked bar with a top serif) reads as `3` or `I`, whose `8` with its waist pinched
    /// reads as `S` (`S3-677596-H-28`) as well as `5`, and whose `Z` or `T` may read as `7`
    /// (`41-505984-7-45`: the MRZ's digit-for-letter table has no letter for `7`).
    static func alternatives(_ character: Character) -> [Character] {
        let mrz = [LineEditor.toDigit[character] ?? LineEditor.toLetter[character]].compactMap { $0 }
        return mrz + (printedLookalikes[character] ?? []).filter { !mrz.contains($0) }
    }

    static let printedLookalikes: [Character: [Character]] = [
        "J": ["3", "I"], "3": ["J"], "I": ["J"], "S": ["8"], "7": ["Z", "T"],
    ]

    /// Digits that print alike in the small fonts of printed dates (a `3` read as `8`), and in
    /// the display faces of newer cards: a rounded sans's `3` read as `5` (its flat-topped
    /// `3`), a monospace's flagged `1` read as `4`; and as clerks write them by hand: a `7`
    /// with a curled stem read as `3`, a closed `4` as `9`.
    static let confusableDigits: Set<[Character]> = [["0", "8"], ["0", "6"], ["1", "7"], ["3", "8"], ["5", "6"],
                                                     ["6", "8"], ["8", "9"], ["5", "8"], ["3", "5"], ["1", "4"],
                                                     ["3", "7"], ["4", "9"]]

    /// Letters OCR reads as one another: a stroke lost or added (`E`/`F`, `I`/`L`, `P`/`R`,
    /// `C`/`G`, `O`/`Q`; a slab-serif `I`'s bars read as `T`; a `K`'s arms under a finger's
    /// blur read as `X`; a `D`'s bowl blurred short of the baseline read as `P`), a round
    /// letter's straight side (`O`/`D`), a handwritten `U`/`V`.
    static let confusableLetters: Set<[Character]> = [["E", "F"], ["I", "L"], ["P", "R"], ["C", "G"], ["O", "Q"],
                                                      ["D", "O"], ["U", "V"], ["I", "T"], ["K", "X"], ["D", "P"]]

    /// Two readings of a field that differ only as OCR misreads: identifiers whose every
    /// difference is a confusable letter and digit; dates that differ in one confusable digit
    /// (or in February's Roman `II` read as November);
    /// a name of which one reading holds only the start (the OCR broke the line: `DEN` and
    /// `NIS BRIAN` for `DENNIS BRIAN`); country codes one letter apart of which one is no
    /// country's (`KFN`). A different date, number, country or person differs by more.
    /// (One other character in a long number is not forgiven: editing one digit of the printed
    /// number is how forgers work.)
    public static func explainedByOCR(_ field: DocumentField, _ a: String, _ b: String) -> Bool {
        if [.surname, .givenNames, .fullName].contains(field) { return nameReadInPart(a, b) || lookalikeLettersOnly(a, b) }
        if [.idNumber, .documentNumber].contains(field), numberReadInPart(a, b) { return true }
        let x = Array(a.uppercased()), y = Array(b.uppercased())
        guard x.count == y.count, x != y else { return false }
        let differing = zip(x, y).filter { $0 != $1 }
        switch field {
        case .idNumber, .documentNumber:
            return differing.allSatisfy(confusableInNumbers)
        case .dateOfBirth, .expiryDate:
            // One digit confused, or one written digit misread the same way twice (`2029-09`
            // read `2024-04`). An edited date differs in more, or in other digits.
            let confused = Set(differing.map { [$0.0, $0.1] })
            return differing.count <= 2 && confused.count == 1 && confusableDigits.contains(confused.first!.sorted())
                || romanFebruaryReadAsNovember(a, b) || doubledDigitReadOnce(a, b) || dateYearCutToCentury(a, b)
        case .nationality, .issuingCountry:
            // No check digit guards the MRZ's country codes: one letter off and no country's
            // code at all (`KFN` for `KEN`) is a misreading.
            return differing.count == 1 && (CountryNames.code(a) == nil || CountryNames.code(b) == nil)
        default:
            return false
        }
    }

    /// Two ISO dates one day and year apart in nothing but their month, February in one and
    /// November in the other: a month printed in Roman numerals, `II`, whose bars a heavy sans
    /// gives no serifs, reads `11`. (No other Roman month reads as digits: `I` is January either
    /// way, `III` reads `111`, and the rest hold a `V` or an `X`.)
    static func romanFebruaryReadAsNovember(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "-"), y = b.split(separator: "-")
        guard x.count == 3, y.count == 3, x[0] == y[0], x[2] == y[2] else { return false }
        return Set([x[1], y[1]]) == ["02", "11"]
    }

    /// Two ISO dates alike but for one day or month, `11` or `22` in one and `01` or `02` in
    /// the other. Short dates print no leading zero (`7/11/32`, `22 05 1966`), and the line
    /// reading runs a doubled narrow digit into one (`7/1/32`, `2 05 1966`), which the date then
    /// pads. An edited date moves more than that one part by ten.
    static func doubledDigitReadOnce(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "-"), y = b.split(separator: "-")
        guard x.count == 3, y.count == 3, x[0] == y[0] else { return false }
        let differing = [1, 2].filter { x[$0] != y[$0] }
        guard differing.count == 1, let part = differing.first else { return false }
        let pair = Set([x[part], y[part]])
        return pair == ["01", "11"] || pair == ["02", "22"]
    }

    /// One reading of a name holds only part of the other, so the rest was never compared:
    /// its start (`D.` of `DAVID`, a line broken off), its start with the last letter half read
    /// (`SSEf` of `SSEMPALA`, `LERAT!` of `LERATO`: four letters or more), its middle with faint
    /// letters lost at both ends (`EMPAL` of `SSEMPALA`: five letters or more in a row), or whole
    /// words of it (`AKOSUA` of `ABENA AKOSUA`, a word the OCR dropped). A different name is not a part.
    public static func nameReadInPart(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.uppercased(), b.uppercased())
        let (short, long) = x.filter(\.isLetter).count < y.filter(\.isLetter).count ? (x, y) : (y, x)
        let (shortLetters, longLetters) = (short.filter(\.isLetter), long.filter(\.isLetter))
        guard !shortLetters.isEmpty, shortLetters.count < longLetters.count else { return false }
        if longLetters.hasPrefix(shortLetters) { return true }
        if shortLetters.count >= 4, longLetters.hasPrefix(shortLetters.dropLast()) { return true }
        if shortLetters.count >= 5, longLetters.contains(shortLetters) { return true }
        let longWords = words(of: long)
        return words(of: short).allSatisfy { longWords.contains($0) }
    }

    /// One reading of a number is the other with one to three characters missing at its start
    /// or end, six or more read (`5385113` of `XW5385113`: the letters under a crack or the
    /// card's edge): the rest was never read, not printed otherwise. Taking characters away
    /// makes no other person's number of one. What was read may hold characters OCR reads as
    /// one another, as a whole reading may (`23142196` of `CZ3142196`: a condensed `CZ` read as
    /// `£2`, the sign dropped).
    static func numberReadInPart(_ a: String, _ b: String) -> Bool {
        let x = a.uppercased().filter { $0.isLetter || $0.isNumber }, y = b.uppercased().filter { $0.isLetter || $0.isNumber }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard short.count >= 6, (1...3).contains(long.count - short.count) else { return false }
        return [long.prefix(short.count), long.suffix(short.count)].contains { end in
            zip(end, short).allSatisfy { $0 == $1 || confusableInNumbers($0, $1) }
        }
    }

    /// Two characters a number's reading confuses: the MRZ's letter-digit pairs, the printed
    /// faces' look-alikes and confusable letters.
    static func confusableInNumbers(_ a: Character, _ b: Character) -> Bool {
        alternatives(a).contains(b) || alternatives(b).contains(a) || confusableLetters.contains([a, b].sorted())
    }

    /// One reading of a date is the other with its year cut after the century (`04 APR 20` of
    /// `04 APR 2001`: a crack, a finger or the photo's edge over the year's last digits), which
    /// the two-digit year then places in 2020: the same day and month, and the one year's last
    /// two digits the other's first two. The rest of the year was never read, not printed
    /// otherwise: an edited date moves its day, month or year's end.
    static func dateYearCutToCentury(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: "-"), y = b.split(separator: "-")
        guard x.count == 3, y.count == 3, x[1...] == y[1...], x[0] != y[0], let p = Int(x[0]), let q = Int(y[0]) else { return false }
        return p % 100 == q / 100 || q % 100 == p / 100
    }

    /// Two readings of a name alike but for letters OCR reads as one another, at most one in
    /// four (`EZE` and `FZE`; `ODHLAMBO` and `DDHIAMBO`, a handwritten name and its zone). A
    /// different person's name differs in more letters, or in other ones.
    static func lookalikeLettersOnly(_ a: String, _ b: String) -> Bool {
        let x = a.uppercased().filter(\.isLetter), y = b.uppercased().filter(\.isLetter)
        guard x.count == y.count, x != y else { return false }
        let differing = zip(x, y).filter { $0 != $1 }
        return differing.count <= max(1, x.count / 4) && differing.allSatisfy { confusableLetters.contains([$0.0, $0.1].sorted()) }
    }

    /// A name's words, upper case, split at whatever is not a letter.
    private static func words(of name: String) -> [String] {
        name.uppercased().split { !$0.isLetter }.map(String.init)
    }

    /// Letters OCR reads for the MRZ's filler `<` (visas' `BRIAN<KFAITH`, a blurred `<X`).
    static let fillerLookalikes: Set<Character> = ["K", "X"]

    /// The MRZ's names are the printed ones with a filler beside a name read as a letter: a
    /// `K` or `X` at the start or end of MRZ words, dropped, gives the printed words exactly
    /// (`BRIAN KFAITH` and `BRIAN FAITH`, `SARAHK` and `SARAH`). Only there: a `K` inside a
    /// name, or a word the printed name lacks, is another name.
    public static func fillerReadAsLetter(mrz: String, printed: String) -> Bool {
        let (fromMRZ, fromPrint) = (words(of: mrz), words(of: printed))
        guard fromMRZ.count == fromPrint.count, fromMRZ != fromPrint else { return false }
        return zip(fromMRZ, fromPrint).allSatisfy { read, printed in
            guard read != printed else { return true }
            guard read.count == printed.count + 1, printed.count >= 2 else { return false }
            let first = read.first!, last = read.last!
            return (fillerLookalikes.contains(first) && read.dropFirst() == printed)
                || (fillerLookalikes.contains(last) && read.dropLast() == printed)
        }
    }

    /// The printed name without the spaces the MRZ's name of the same letters does not have
    /// (`OTIE NO` for `OTIENO`: wide letter spacing read as a space). The MRZ writes every space
    /// of a name as a filler; hyphens and apostrophes it leaves out, so the printed ones stay.
    public static func spacedAsMRZ(printed: String, mrz: String) -> String {
        var breaks: Set<Int> = [], letters = 0  // after how many letters the MRZ's words break
        for character in mrz {
            if character.isLetter { letters += 1 } else { breaks.insert(letters) }
        }
        letters = 0
        return String(printed.filter { character in
            if character.isLetter { letters += 1 }
            return character != " " || breaks.contains(letters)
        })
    }

    /// The printed name is the MRZ's with letters missing at its start or end only (`ELLO` and
    /// `BELLO`): cut off, not misread.
    public static func cutAtAnEdge(printed: String, mrz: String) -> Bool {
        let cut = printed.uppercased().filter(\.isLetter), whole = mrz.uppercased().filter(\.isLetter)
        return cut.count >= 3 && cut.count < whole.count && (whole.hasPrefix(cut) || whole.hasSuffix(cut))
    }

    static func combinations(of items: [Int], size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var out: [[Int]] = []
        for (index, first) in items.enumerated() {
            for rest in combinations(of: Array(items[(index + 1)...]), size: size - 1) { out.append([first] + rest) }
        }
        return out
    }
}
