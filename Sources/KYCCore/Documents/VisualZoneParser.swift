import Foundation

/// Fields of the printed (visual) zone, found by their labels.
///
/// Documents print a label (`SURNAME`, `Date of birth / Date de naissance`, `NIN`) with its
/// value either after it on the same line or on the line just below. Labels come in English,
/// French and Portuguese.
public enum VisualZoneParser {
    static let labels: [(DocumentField, [String])] = [
        // The whole name on one line (Kenya's card): split into surname and given names by `PrintedFullName`.
        // `NAME` alone (a short label: matched only as written) too, but see `fields`.
        (.fullName, ["FULL NAMES", "FULL NAME", "NAMES IN FULL", "NAME"]),
        // South Africa prints Afrikaans beside English (`VAN` over `SURNAME`, `VOORNAME`, `GEBOORTEDATUM`).
        // `VAN` and `VOORNAME` are no labels here, only no values alone (`labelWords`): `VAN`
        // starts surnames (`VAN DER MERWE`), and `VOORNAME` ends as `SURNAME` does (`rname`).
        (.givenNames, ["GIVEN NAMES", "GIVEN NAME", "FIRST NAMES", "FIRST NAME", "FIRSTNAMES", "FORENAMES", "OTHER NAMES",
                       "PRENOMS", "PRENOM", "NOMES", "NAMES"]),
        (.surname, ["SURNAME", "LAST NAME", "FAMILY NAME", "NOM", "APELIDO", "APELIDOS", "SOBRENOME"]),
        (.idNumber, ["NATIONAL IDENTIFICATION NUMBER", "NATIONAL ID NUMBER", "PERSONAL ID NUMBER", "IDENTITY NUMBER",
                     "IDENTITY CARD NUMBER", "IDENTITY CARD NO", "ID NUMBER", "ID NO", "PERSONAL NO", "PERSONAL NUMBER", "NIN", "NUMERO NATIONAL", "NUIT"]),
        (.documentNumber, ["PASSPORT NO", "PASSPORT NUMBER", "DOCUMENT NO", "DOCUMENT NUMBER", "CARD NO", "CARD NUMBER", "SERIAL NUMBER", "SERIAL NO",
                           "N DU PASSEPORT", "NO DU PASSEPORT"]),
        (.dateOfBirth, ["DATE OF BIRTH", "BIRTH DATE", "DOB", "BORN", "DATE DE NAISSANCE", "DATA DE NASCIMENTO", "GEBOORTEDATUM"]),
        (.expiryDate, ["DATE OF EXPIRY", "EXPIRY DATE", "DATE OF EXPIRATION", "EXPIRES", "EXPIRY", "VALID UNTIL",
                       "VALID TO", "DATE D EXPIRATION", "DATA DE VALIDADE", "VALIDADE", "VERVALDATUM"]),
        (.sex, ["SEX", "SEXE", "GENDER", "SEXO", "GESLAG"]),
        (.nationality, ["NATIONALITY", "NATIONALITE", "CITIZENSHIP", "NACIONALIDADE", "NASIONALITEIT"]),
    ]

    /// Uppercase letters, digits and single spaces: `Date d'expiration` → `DATE D EXPIRATION`.
    static func normalized(_ text: String) -> String {
        let folded = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
        let spaced = folded.map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }

    /// The field a line labels, and what follows the label on the same line (maybe a value).
    /// Bilingual labels are matched on their first language (`Surname / Nom`), or on the second
    /// when the first is one we do not know (`Jina la ukoo/Surname`).
    /// A field number before the label (`1. Surname`) is skipped only when the line as read is no
    /// label, so a line that reads as a label with its leading characters keeps that reading.
    /// A rule between the number and the label (`1. || Identity No.`, `9. |) Valid until`) goes
    /// with the number.
    static func label(of line: String) -> (DocumentField, String)? {
        if let found = labelInEitherLanguage(line) { return found }
        let unnumbered = withoutFieldNumber(line)
        guard unnumbered != line else { return labelAfterIcon(line) }
        let unruled = String(unnumbered.drop { "|¦\\[]() ".contains($0) })
        return labelInEitherLanguage(unruled)
    }

    /// A label after a small pictogram (a person, a calendar, a gender sign), which OCR reads as
    /// one or two characters of its own (`fj Bom`, `g” Gender`): the line without them, when
    /// they are no value of the field the rest labels (`M Sex`, a value typed before its label),
    /// and the rest does not start with the last word of another field's longer label (`A
    /// names`: `Other names` or `Full names` read in part, not `NAMES`).
    private static func labelAfterIcon(_ line: String) -> (DocumentField, String)? {
        let words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard words.count == 2, words[0].count <= 2, !words[0].allSatisfy(\.isNumber),
              let (field, rest) = labelInEitherLanguage(String(words[1])),
              normalize(field, String(words[0]), today: Date()) == nil,
              let first = normalized(String(words[1])).split(separator: " ").first else { return nil }
        let endsOtherLabel = labels.contains { other, names in
            other != field && names.contains { name in
                let words = name.split(separator: " ")
                return words.count > 1 && words.last == first
            }
        }
        return endsOtherLabel ? nil : (field, rest)
    }

    /// Whether a line reads as a field's label (with or without its value after it).
    public static func readsAsLabel(_ line: String) -> Bool { label(of: line) != nil }

    /// Whether `text` reads as a value of the field `labelText` labels.
    public static func readsAsValue(_ text: String, labelledBy labelText: String, today: Date = Date()) -> Bool {
        label(of: labelText).map { normalize($0.0, text, today: today) != nil } ?? false
    }

    private static func labelInEitherLanguage(_ line: String) -> (DocumentField, String)? {
        if let found = leadingLabel(of: line) { return found }
        if let slash = line.firstIndex(of: "/"),
           let found = leadingLabel(of: line[line.index(after: slash)...].trimmingCharacters(in: .whitespaces)) {
            return found
        }
        // The issuer's language first, English in brackets after it (`Isibongo (Surname)`): the
        // label is what the brackets hold; what follows them is the rest of the line.
        guard let open = line.firstIndex(of: "("), line.startIndex < open else { return nil }
        let inside = line[line.index(after: open)...]
        let close = inside.firstIndex(of: ")") ?? inside.endIndex
        guard let (field, rest) = leadingLabel(of: inside[..<close].trimmingCharacters(in: .whitespaces)), rest.isEmpty else { return nil }
        let after = close < inside.endIndex ? inside[inside.index(after: close)...] : ""
        return (field, after.trimmingCharacters(in: .whitespaces))
    }

    /// The line without the number a driving licence gives each field (`1. Surname`,
    /// `4a. Date of issue`, `2 Given names` when the dot was lost). A date losing its day this
    /// way (`16 FEB 1971`) is no label either way.
    static func withoutFieldNumber(_ line: String) -> String {
        guard let number = line.range(of: #"^\s*[0-9]{1,2}([a-d]?[.,)]\s*|\s+)"#, options: .regularExpression) else { return line }
        return String(line[number.upperBound...])
    }

    /// The field whose label the line starts with, and what follows the label.
    private static func leadingLabel(of line: String) -> (DocumentField, String)? {
        // OCR reads `ID` as `10`, `\D` or `'D` now and then: compare labels with lookalikes read
        // as letters (a quote only in first place: `Date d'expiration` keeps its own).
        var text = line.uppercased()
        if let first = text.first, "'‘`".contains(first) { text = "I" + text.dropFirst() }
        let letters = normalized(String(text.map { lookalikeLetters[$0] ?? $0 }))
        for (field, names) in labels {
            for name in names where matches(letters, label: name) && !namesPlaceOfBirth(letters, label: name) {
                // What follows the label's words in the original text (dates keep their '/').
                let words = line.split(whereSeparator: \.isWhitespace)
                let count = name.split(separator: " ").count
                var rest = words.dropFirst(count).joined(separator: " ").trimmingCharacters(in: leaderCharacters)
                // A slash after the label, or glued to its last word (`Nom/ Surname`), starts its
                // second language, which is no value: the value, if any, follows that label.
                let lastWord = count <= words.count ? words[count - 1] : ""
                let glued = lastWord.firstIndex(of: "/").map { lastWord[lastWord.index(after: $0)...] }
                if rest.hasPrefix("/") || glued != nil {
                    let second: String = glued.map { "\($0) \(rest)" } ?? String(rest.dropFirst())
                    // A second language we do not know (or misread, `Sumame:`) ends at its colon.
                    let afterColon = second.lastIndex(of: ":").map { String(second[second.index(after: $0)...]) } ?? ""
                    rest = leadingLabel(of: second.trimmingCharacters(in: .whitespaces)).map { $0.0 == field ? $0.1 : "" }
                        ?? afterColon.trimmingCharacters(in: leaderCharacters)
                }
                // A third language after a slash OCR read as a quote (`Given names /Prénoms
                // ‘Nomes`): the field's label again is no value; what follows it may be.
                if let again = leadingLabel(of: rest.trimmingCharacters(in: languageSeparators)), again.0 == field {
                    rest = again.1
                }
                return (field, withoutLeadingRule(rest))
            }
        }
        return nil
    }

    /// The line is a whole-name label other than `NAME` alone (`FULL NAMES`, `Names in full`).
    static func labelsFullNames(_ line: String) -> Bool {
        guard label(of: line)?.0 == .fullName else { return false }
        return !startsWithLabel(normalized(line), "NAME")
    }

    /// Labels of the date a document was issued, which no field of ours is (a back's
    /// `Date of Issue / Délivrée le`): where one stands, a lone unlabelled past date may be it.
    static let issueDateLabels = ["DATE OF ISSUE", "ISSUE DATE", "DATE ISSUED", "ISSUED ON", "DATE D EMISSION", "DATE DE DELIVRANCE",
                                  "DELIVREE LE", "DATA DE EMISSAO"]

    static func labelsIssueDate(_ line: String) -> Bool {
        let text = normalized(line)
        return issueDateLabels.contains { startsWithLabel(text, $0) }
    }

    /// `BORN AT` and `BORN IN` (`Born at: JINJA`, read `Bom at:` too) label the place of birth,
    /// not the date: the line under them may be the date of issue. So does a misread label
    /// as near `PLACE OF BIRTH` as the date's (`race of Birth`, two edits from either).
    private static func namesPlaceOfBirth(_ letters: String, label: String) -> Bool {
        if label.hasSuffix(" OF BIRTH"), !startsWithLabel(letters, label) { return matches(letters, label: "PLACE OF BIRTH") }
        guard label == "BORN" else { return false }
        let words = letters.split(separator: " ")
        return words.count >= 2 && ["AT", "IN"].contains(words[1])
    }

    /// `text` without a rule read before it: some cards draw a vertical rule between each label
    /// and its value, which OCR reads as `|`, `\`, `[` glued to the value or as a lone `I` or `l`
    /// before it (`| NKOSI`, `I MWANGI`, `\F`). No value starts with these; a lone `1` is left
    /// alone (a day: `1 JAN 1990`).
    static func withoutLeadingRule(_ text: String) -> String {
        guard let rule = text.firstMatch(of: #/^\s*(?:[|¦\\\[\]]+\s*|[Il]\s+)(?=\S)/#) else { return text }
        return String(text[rule.range.upperBound...])
    }

    /// What stands between a label and its value: a colon, a dash, a dotted leader.
    static let leaderCharacters = CharacterSet(charactersIn: ":.-_…· ")

    /// What stands between a label's languages: a slash, or what OCR reads one as.
    static let languageSeparators = leaderCharacters.union(CharacterSet(charactersIn: "/|\\'‘’`"))

    /// Every word of every label.
    private static let allLabelWords: Set<String> = Set(labels.flatMap { $0.1.flatMap { $0.split(separator: " ").map(String.init) } })

    /// Words of four letters or more of any label (`NAMES`, `PRENOMS`, `BIRTH`), Afrikaans
    /// `VAN` (surname) and `VOORNAME` (forenames), and the words of captions of what no field of
    /// ours is (a passport's `Authority / Autorité` under its given names), which are no names alone.
    static let labelWords: Set<String> = allLabelWords.filter { $0.count >= 4 }
        .union(["VAN", "VOORNAME", "AUTHORITY", "AUTORITE", "AUTORIDADE", "SIGNATURE", "ISSUING", "DELIVRANCE"])

    /// The short words of labels (`OF`, `DE`, `NO`): no name alone, but a label's with its long words.
    static let shortLabelWords: Set<String> = allLabelWords.filter { $0.count < 4 }

    /// A label read where its value was looked for (a second language, or the label misread):
    /// every word is a label's word of four letters or more, or a label's short word beside one
    /// (`DATE OF`, a label cut at the line's end); or, for two words or more, one letter off one
    /// of five or more (`NANES PRENOUS`). One word alone must be a label's word exactly: `JAMES`
    /// is one letter off `NAMES`.
    static func readsAsLabelWords(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.allSatisfy(labelWords.contains) { return true }
        if words.contains(where: labelWords.contains), words.allSatisfy({ labelWords.contains($0) || shortLabelWords.contains($0) }) {
            return true
        }
        return words.count >= 2 && words.allSatisfy { word in
            word.count >= 5 && labelWords.contains { label in
                label.count >= 5 && abs(label.count - word.count) <= 1 && DocumentAssessor.editDistance(Array(label), Array(word)) <= 1
            }
        }
    }

    /// The text is the end of one of the field's labels (`ames` of `Given names`).
    static func isLabelTail(_ text: String, of field: DocumentField) -> Bool {
        let tail = normalized(text)
        return tail.count >= 2 && labels.contains { $0.0 == field && $0.1.contains { $0.hasSuffix(tail) } }
    }

    static let identifierLookalikes: [Character: Character] = ["¥": "Y", "$": "S", "§": "S", "€": "E"]

    /// An identifier's characters with signs read for its letters put back: currency signs
    /// (`¥` for `Y`), and a `]` inside it for the `J` whose hook the OCR lost
    /// (`11-385699-]-30`; at either end a `]` is the edge of a box, left to be dropped).
    static func identifierLetters(_ text: String) -> String {
        let characters = Array(text)
        return String(characters.indices.map { index in
            let character = characters[index]
            if character == "]", index > 0, index < characters.count - 1, characters[index + 1] != " " { return "J" }
            return identifierLookalikes[character] ?? character
        })
    }

    static let lookalikeLetters: [Character: Character] = ["0": "O", "1": "I", "!": "I", "|": "I", "\\": "I", "5": "S", "8": "B"]

    /// The text is the label, or starts with it, allowing misread letters in long labels: one
    /// edit from six letters, two from twelve (`DATE OF XPITY`, small print on a scan), or from
    /// ten when the first letter is right (`FAMITY NAMEE`, a pale label; `2 GIVEN NAMES` is a
    /// numbered label, not a misread one). No two labels of different fields are within three
    /// edits of each other.
    /// `rn` read as `m` (`Sumame`) is a misreading of one letter here, not two.
    static func matches(_ text: String, label: String) -> Bool {
        matchesSpelling(text, label: label)
            || (label.contains("RN") && matchesSpelling(text, label: label.replacingOccurrences(of: "RN", with: "M")))
    }

    /// The normalized text is the label, or the label and more words.
    static func startsWithLabel(_ text: String, _ label: String) -> Bool { text == label || text.hasPrefix(label + " ") }

    private static func matchesSpelling(_ text: String, label: String) -> Bool {
        if startsWithLabel(text, label) { return true }
        let allowed = label.count >= 12 || (label.count >= 10 && text.first == label.first) ? 2 : 1
        let characters = Array(text), target = Array(label)
        guard label.count >= 6, characters.count >= target.count - allowed else { return false }
        // The label's words may end one or two characters early or late in the OCR text.
        for length in max(1, target.count - allowed)...min(characters.count, target.count + allowed)
        where length == characters.count || characters[length] == " " {
            if DocumentAssessor.editDistance(Array(characters[..<length]), target) <= allowed { return true }
        }
        return false
    }

    /// Field values as printed, read off OCR lines (not yet normalised). What follows a label on
    /// its line is the value only if it reads as one (`Date of Birth/Date de Naissance` leaves
    /// `de Naissance`, the label's second language); otherwise the value is looked for on its own
    /// line: under the label, or over it on documents that print each value above its label
    /// (the side of the label most labels find their value nearest), or else at a tab stop to
    /// the right on the label's row. A value is text that normalises as its field's, or that
    /// `alsoAccepting` accepts for it (to find where a value that did not read stands).
    public static func rawFields(_ lines: [OCRLine], today: Date = Date(),
                                 alsoAccepting loosely: ((DocumentField, String) -> Bool)? = nil) -> [DocumentField: PrintedValue] {
        let lines = ColumnValues.split(joiningBrokenValues(lines, today: today).map(\.withoutLeadingRule), today: today)
        func reads(_ field: DocumentField, _ text: String) -> Bool {
            normalize(field, text, today: today) != nil || loosely?(field, text) == true
        }
        var found: [DocumentField: PrintedValue] = [:]
        let labelled = lines.map { label(of: $0.text) }
        // A speck read as `|` under `SEX` is no value: a candidate must read as the field.
        func candidates(_ index: Int, _ field: DocumentField, where placed: (OCRLine, OCRLine) -> Bool) -> [Int] {
            lines.indices.filter { other in
                labelled[other] == nil && placed(lines[index], lines[other]) && reads(field, lines[other].text)
            }
        }
        // Starting under (or over) the label, at most three label heights away; or, when no
        // value starts under it, ending under the label's end: a document setting its fields
        // flush right puts a short label (`surname`) over the right end of a long value. (Not
        // over it: a label's second language under a row of value and label, `TN3311568
        // passport no.` over `n° du passeport`, ends where that row ends.)
        func below(_ index: Int, _ field: DocumentField) -> Int? {
            for flushRight in [false, true] {
                let under = candidates(index, field) { line, candidate in standsUnder(candidate, line, flushRight: flushRight) }
                    .sorted { lines[$0].top < lines[$1].top }
                guard let first = under.first else { continue }
                if under.count > 1, isCaption(lines[first], under: lines[index], over: lines[under[1]]) { return under[1] }
                return first
            }
            return nil
        }
        func above(_ index: Int, _ field: DocumentField) -> Int? {
            candidates(index, field) { line, candidate in
                aligned(candidate, line, flushRight: false) && candidate.bottom <= line.top + line.height / 2
                    && line.top - candidate.bottom < 3 * max(line.height, 8)
            }.max { lines[$0].bottom < lines[$1].bottom }
        }
        func right(_ index: Int, _ field: DocumentField) -> Int? {
            candidates(index, field) { line, candidate in
                // A label broken in two (`Prénom:` `ames`) leaves its tail on its right, which is no value.
                let gap = candidate.left - line.right
                let level = sharesRow(candidate, line) || withCaption(line, in: lines, beside: candidate).map { sharesRow(candidate, $0) } == true
                return level && gap > 0 && gap < 30 * max(line.height, 8) && !isLabelTail(candidate.text, of: field)
            }.min { lines[$0].left < lines[$1].left }
        }
        // Just before the label on its row, less than two value heights away: a document printing
        // each value first, its label after it in smaller print (`MUKASA` `surname`; the OCR
        // reads a row in two where the print changes).
        func left(_ index: Int, _ field: DocumentField) -> Int? {
            candidates(index, field) { line, candidate in
                let gap = line.left - candidate.right
                return sharesRow(candidate, line) && gap >= 0 && gap < 2 * max(candidate.height, 8)
            }.max { lines[$0].right < lines[$1].right }
        }
        // Labels whose value is not on their line, each with what lies under and over it.
        let standing = lines.indices.compactMap { index -> (Int, DocumentField)? in
            guard let (field, rest) = labelled[index], rest.isEmpty || !reads(field, rest) else { return nil }
            return (index, field)
        }
        // A label followed by its second language misread as a value (`Surname | Yo`) votes
        // too, when a larger value stands over or under it: on a document printing each value
        // over a bilingual caption, it may be the only other label that can.
        let captioned = lines.indices.compactMap { index -> (Int, DocumentField)? in
            guard let (field, rest) = labelled[index], !rest.isEmpty, reads(field, rest),
                  [below(index, field), above(index, field)].contains(where: { value in
                      value.map { restIsMisreadCaption(rest, labelLine: lines[index], valueUnder: lines[$0]) } == true
                  }) else { return nil }
            return (index, field)
        }
        let valuesAbove = Self.valuesStandAbove((standing + captioned).map { index, field in
            (lines[index], below(index, field).map { lines[$0] }, above(index, field).map { lines[$0] })
        })
        let valuesBeside = Self.valuesStandBeside(standing.map { index, field in
            (beside: right(index, field) != nil, stacked: below(index, field) != nil || above(index, field) != nil)
        })
        // A value just before a label, in capitals and digits as values are (a portrait's specks
        // read as `ACe` are not), unless it is another label's value after it (`Surname: ADE`
        // `Given names:`, the given names unread).
        let valuesAfterLabels = Set(standing.compactMap { index, field in right(index, field) })
        func before(_ index: Int, _ field: DocumentField) -> Int? {
            left(index, field).flatMap { valuesAfterLabels.contains($0) || lines[$0].text.contains(where: \.isLowercase) ? nil : $0 }
        }
        let valuesBefore = Self.valuesStandBefore(standing.map { index, field in
            (before: before(index, field) != nil, beside: right(index, field) != nil)
        })
        var values: Set<Int> = []
        func take(_ value: Int, for field: DocumentField) {
            found[field] = PrintedValue(text: lines[value].text, confidence: lines[value].confidence, region: lines[value].region)
            values.insert(value)
        }
        for (index, line) in lines.enumerated() {
            guard let (field, rest) = labelled[index], found[field] == nil else { continue }
            if !rest.isEmpty, reads(field, rest) {
                if let stacked = valuesAbove ? above(index, field) : below(index, field),
                   restIsMisreadCaption(rest, labelLine: line, valueUnder: lines[stacked]) {
                    take(stacked, for: field)
                } else {
                    found[field] = PrintedValue(text: rest, confidence: line.confidence, region: line.regionOf(tail: rest))
                }
                continue
            }
            let beside = right(index, field), stacked = valuesAbove ? above(index, field) : below(index, field)
            // A value just before a label is its value, and then what stands under the label is
            // its second language (`surname` over `jina la mwisho`); on a document printing
            // values before their labels, it is for every label.
            // On a document printing values after their labels, what stands under a label with
            // nothing after it is no value of its when it is another label's value after it
            // (`28 07 30` after `DATE OF EXPIRY`, under `DATE OF BIRTH` whose value was unread),
            // nor is what stands just before it: that is the value of a label before it, read
            // or not (`04 10 20`, a date of issue whose label on a dark tab read `GHEE`).
            let afterLabels = valuesBeside && !valuesBefore
            let stackedAlone = stacked.flatMap { valuesAfterLabels.contains($0) ? nil : $0 }
            let value = (afterLabels ? nil : before(index, field)) ?? (valuesBefore ? nil : valuesBeside ? beside ?? stackedAlone : stacked ?? beside)
            if let value { take(value, for: field) }
        }
        // Small print loses a label's first letters (`rname`): on a document printing values
        // before their labels, the end of one field's label, four letters or more, just after a
        // value labels it.
        if valuesBefore {
            for index in lines.indices where labelled[index] == nil && !values.contains(index) && normalized(lines[index].text).count >= 4 {
                let fields = DocumentField.allCases.filter { isLabelTail(lines[index].text, of: $0) }
                guard fields.count == 1, let field = fields.first, found[field] == nil,
                      let value = left(index, field), !values.contains(value) else { continue }
                take(value, for: field)
            }
        }
        let free = lines.indices.filter { labelled[$0] == nil && !values.contains($0) }.map { lines[$0] }
        let issueLabelled = lines.contains { labelsIssueDate($0.text) }
        for (field, value) in UnlabelledFields.fields(free, today: today, issueDateLabelled: issueLabelled) where found[field] == nil {
            found[field] = value
        }
        return found
    }

    /// `value` starts under `label` (or, `flushRight`, ends under its end; `aligned`), and less
    /// than three label heights below it.
    static func standsUnder(_ value: OCRLine, _ label: OCRLine, flushRight: Bool = false) -> Bool {
        aligned(value, label, flushRight: flushRight) && value.top >= label.top + label.height / 2
            && value.top - label.bottom < 3 * max(label.height, 8)
    }

    /// `value` starts where `label` does (or, `flushRight`, ends where it ends): within two
    /// label heights, or 30 px.
    private static func aligned(_ value: OCRLine, _ label: OCRLine, flushRight: Bool) -> Bool {
        abs(flushRight ? value.right - label.right : value.left - label.left) < max(2 * label.height, 30)
    }

    /// The label and the caption printed just under it, its second language in print smaller
    /// than `value` (`SURNAME` over `Jina la ukoo`), as one region: a value typed beside the
    /// pair stands level with the two lines, lower than the label's own middle. Nil when no
    /// such caption stands there (a value under the label is as tall as a value beside it).
    static func withCaption(_ label: OCRLine, in lines: [OCRLine], beside value: OCRLine) -> OCRLine? {
        guard let caption = lines.first(where: { line in
            line != label && aligned(line, label, flushRight: false) && line.top >= label.top + label.height / 2
                && line.top - label.bottom < max(label.height, 8) && 5 * line.height < 4 * value.height
        }) else { return nil }
        let left = min(label.left, caption.left), right = max(label.right, caption.right)
        return OCRLine(text: label.text, left: left, top: label.top, width: right - left, height: caption.bottom - label.top,
                       confidence: label.confidence)
    }

    /// What follows a label on its line is its second language misread (`SURNAME / JINA LA UKOO`
    /// read `SURNAME + HHA LA imo.`), not its value, when a value stands under the label (or
    /// over it, on a document printing values over their labels) in larger print (a quarter
    /// taller than the label's line) read more surely: on a document printing each value after
    /// its label, the value is as large as the label's line. A rest of one or two letters
    /// (`Surname | Yo`: `/ Nom` in small print) is no value beside a larger one however
    /// unsurely that was read.
    static func restIsMisreadCaption(_ rest: String, labelLine: OCRLine, valueUnder value: OCRLine) -> Bool {
        4 * value.height >= 5 * labelLine.height && (value.confidence > labelLine.confidence || rest.count(where: \.isLetter) < 3)
    }

    /// `line`, just under `label`, is the same label in the issuer's own language (`SURNAME`,
    /// then `Oruko idile`, then `NWOSU`), and `next`, under it, the value: the line is no taller
    /// than the label and the next is taller than the line (values print larger than labels;
    /// the label's own box may be taller than its letters). The mirror of the caption over a
    /// label in `valuesStandAbove`.
    static func isCaption(_ line: OCRLine, under label: OCRLine, over next: OCRLine) -> Bool {
        5 * line.height < 6 * label.height && 4 * next.height > 5 * line.height && 2 * next.top >= 2 * line.top + line.height
    }

    /// Tesseract's sparse-text mode breaks a line at a wide space (`October 10,` `1973` in a
    /// typewriter font; `LERAT!` `Z.` `LE`), and a value in pieces reads as no date or as part
    /// of a name. Pieces on one row, of one height, less than 1.5 line heights apart, are one
    /// line again; labels stay apart (their value is found by where it stands), and so do
    /// pieces read with little confidence (a speck of the background, a garbled label) and a
    /// piece in smaller print than the one before it (a value's label after it, read in part),
    /// unless the two read as a date and neither alone does: then boxes of unequal height are
    /// one value too (`12/` `Oct/2003`, the month's slash reaching lower; `Sep 22,` `1991`,
    /// the comma's tail making its box twice the year's).
    static func joiningBrokenValues(_ lines: [OCRLine], today: Date = Date()) -> [OCRLine] {
        func onlyJoinedReadAsDate(_ first: OCRLine, _ second: OCRLine) -> Bool {
            func date(_ text: String) -> Bool { PrintedDate.iso(text, today: today) != nil || PrintedDate.iso(text, future: true, today: today) != nil }
            return !date(first.text) && !date(second.text) && date(first.followed(by: second).text)
        }
        let isLabel = lines.map { label(of: $0.text) != nil }
        var joined: [(index: Int, line: OCRLine)] = []  // in reading order, by the first piece
        for index in lines.indices.sorted(by: { lines[$0].left < lines[$1].left }) {
            let line = lines[index]
            let into = joined.lastIndex { element in
                let (first, start) = element
                let height = max(start.height, line.height, 8)
                let gap = line.left - (start.left + start.width)
                // The dates last: parsing them is what costs here.
                return !isLabel[first] && !isLabel[index] && min(start.confidence, line.confidence) >= UnlabelledFields.minimumConfidence
                    && abs(2 * line.top + line.height - 2 * start.top - start.height) < height
                    && 2 * gap < 3 * height && 3 * gap > -height
                    && ((2 * min(start.height, line.height) >= max(start.height, line.height) && !line.isInSmallerPrint(after: start))
                        || onlyJoinedReadAsDate(start, line))
            }
            guard let into else { joined.append((index, line)); continue }
            joined[into].line = joined[into].line.followed(by: line)
        }
        return joined.sorted { $0.index < $1.index }.map(\.line)
    }

    /// Whether this document prints each value over its label: at least two labels, and more
    /// than not, have a value nearer just above them than just below (on a document printing
    /// values under labels, the line above a label is the previous row's value, a row's spacing
    /// away; one label alone may have a speck read as letters over it).
    static func valuesStandAbove(_ labels: [(label: OCRLine, below: OCRLine?, above: OCRLine?)]) -> Bool {
        var over = 0, under = 0
        for (label, below, above) in labels {
            switch (below, above) {
            case let (below?, above?):
                // A line over the label no taller than it, with a taller one under it, is the
                // same label in the issuer's own language (`Jina la familia` over `SURNAME`), its
                // value under both: values print larger than labels.
                if 5 * above.height < 6 * label.height, 4 * below.height > 5 * label.height { under += 1; continue }
                if label.top - above.bottom < below.top - label.bottom { over += 1 } else { under += 1 }
            case (nil, _?): over += 1
            case (_?, nil): under += 1
            case (nil, nil): break
            }
        }
        return over >= 2 && over > under
    }

    /// Whether this document prints each value beside its label, on the label's row: at least
    /// three labels, and two in three of those with any value near them, have one beside them.
    /// The line under a label is then the next label, and when that label is misread (`Dae ef
    /// big` for `Date of birth`) it must not be taken for the value (a name reads from any letters).
    static func valuesStandBeside(_ labels: [(beside: Bool, stacked: Bool)]) -> Bool {
        let beside = labels.filter(\.beside).count, near = labels.filter { $0.beside || $0.stacked }.count
        return beside >= 3 && 3 * beside >= 2 * near
    }

    /// Whether this document prints each value first, its label after it on the row: at least
    /// two labels have a value just before them, more than have one after them. (What stands
    /// under a label does not count: on such a document it is the label's second language.)
    static func valuesStandBefore(_ labels: [(before: Bool, beside: Bool)]) -> Bool {
        let before = labels.filter(\.before).count
        return before >= 2 && before > labels.filter(\.beside).count
    }

    /// `line` and `other` stand on one row: their middles apart by less than 0.6 of the taller
    /// (a value in a larger font stands a little above its label's middle).
    static func sharesRow(_ line: OCRLine, _ other: OCRLine) -> Bool {
        let apart = abs(2 * line.top + line.height - 2 * other.top - other.height)
        return 10 * apart < 12 * max(line.height, other.height)
    }

    /// What a lone value may be: the sex, M, F or X.
    public static let loneValueLetters = "MFX"

    /// Where a lone letter should stand by its label when the line reading returned no value
    /// for it: Tesseract's sparse-text mode drops a single character (`M` under `SEX`), which a
    /// single-word reading of the region then reads. Only the sex is a lone letter. It is looked
    /// for under the label, or, on a document printing its values at a tab stop right of their
    /// labels, at that tab stop on the label's row.
    public static func loneValueRegions(_ lines: [OCRLine], today: Date = Date()) -> [LoneValueRegion] {
        let found = rawFields(lines, today: today)
        guard found[.sex] == nil else { return [] }
        let tabStop = valuesTabStop(lines, found)
        return lines.compactMap { line in
            guard let (field, rest) = label(of: line.text), field == .sex, rest.isEmpty else { return nil }
            let height = max(line.height, 8)
            if let tabStop, tabStop > line.left + line.width {
                return LoneValueRegion(region: OCRRegion(left: tabStop - height, top: max(0, line.top - height / 2),
                                                         width: 4 * height, height: 2 * height), atTabStop: true)
            }
            return LoneValueRegion(region: OCRRegion(left: max(0, line.left - height / 2), top: line.bottom + 1,
                                                     width: max(line.width, 3 * height) + height, height: 3 * height),
                                   atTabStop: false)
        }
    }

    /// Where a lone value should stand: under its label, or at the values' tab stop on its row.
    public struct LoneValueRegion: Sendable, Equatable {
        public let region: OCRRegion
        public let atTabStop: Bool
    }

    /// Where values beside their labels start, when at least two were found on their label's
    /// row: the median of their left edges.
    private static func valuesTabStop(_ lines: [OCRLine], _ found: [DocumentField: PrintedValue]) -> Int? {
        let starts = lines.compactMap { line -> Int? in
            guard let (field, _) = label(of: line.text), let value = found[field]?.region else { return nil }
            let apart = abs(2 * value.top + value.height - 2 * line.top - line.height)
            return apart < max(value.height, line.height) && value.left > line.left + line.width ? value.left : nil
        }.sorted()
        return starts.count >= 2 ? starts[starts.count / 2] : nil
    }

    /// Where the value of each labelled date that did not read as a date stands: the line a
    /// value would be taken from for its label, holding six digits or more (`98-02-2003`, its
    /// day misread), so that it can be read again on its own.
    public static func unreadDateRegions(_ lines: [OCRLine], today: Date = Date()) -> [DocumentField: OCRRegion] {
        let unread = unreadLabels(lines, today: today).intersection([.dateOfBirth, .expiryDate])
        guard !unread.isEmpty else { return [:] }
        let placed = rawFields(lines, today: today) { field, text in unread.contains(field) && text.filter(\.isNumber).count >= 6 }
        return placed.filter { unread.contains($0.key) }.mapValues(\.region)
    }

    /// Fields whose label was read but whose value was not (or not as a value of its kind):
    /// the document prints them, and they could not be compared with anything.
    public static func unreadLabels(_ lines: [OCRLine], today: Date = Date()) -> Set<DocumentField> {
        let labelled = Set(joiningBrokenValues(lines, today: today).map(\.withoutLeadingRule).compactMap { label(of: $0.text)?.0 })
        return labelled.subtracting(fields(lines, today: today).keys)
    }

    /// Field values read and normalised: names in capitals, dates ISO 8601, sex M/F/X,
    /// nationality ISO alpha-3. Values that do not parse as their type are left out.
    public static func fields(_ lines: [OCRLine], today: Date = Date()) -> [DocumentField: FieldReading] {
        var fields: [DocumentField: FieldReading] = [:]
        let raw = rawFields(lines, today: today)
        for (field, printed) in raw {
            guard let value = normalize(field, printed.text, today: today) else { continue }
            fields[field] = FieldReading(value: value, confidence: printed.confidence, source: .visual)
        }
        // A names line whose case marks the surname is split here, where the case is still known.
        guard let full = raw[.fullName], fields[.fullName] != nil else { return fields }
        if fields[.surname] == nil, fields[.givenNames] == nil, let split = PrintedFullName.splitByCase(full.text),
           let surname = normalize(.surname, split.surname, today: today), let given = normalize(.givenNames, split.given, today: today) {
            fields[.fullName] = nil
            fields[.surname] = FieldReading(value: surname, confidence: full.confidence, source: .visual)
            fields[.givenNames] = FieldReading(value: given, confidence: full.confidence, source: .visual)
        } else if !lines.contains(where: { labelsFullNames($0.text) }) {
            // `NAME` alone labels any name: a second card's beside the document (a health
            // card's `Name`, surname first), a form's. Its line is taken only when its case
            // says which words are the surname.
            fields[.fullName] = nil
        }
        return fields
    }

    static let nameJoiners = CharacterSet(charactersIn: "-'")

    public static func normalize(_ field: DocumentField, _ text: String, today: Date) -> String? {
        switch field {
        case .surname, .givenNames, .fullName:
            // Words then a bracketed word are a label with its translation, cut short
            // (`Nambari ya utambulisho (ID`): no name is printed so.
            if let open = text.firstIndex(of: "("), text[..<open].filter(\.isLetter).count >= 2,
               text[text.index(after: open)...].first(where: { $0 != " " })?.isLetter == true { return nil }
            // A date or number is no name (`JUL 1962`, the next row's birth date under a label
            // whose own value reads as its caption): a name's letters misread read as digits that
            // look like letters (`1` for `I`), never as three digits in a row one of which is no
            // letter's look-alike.
            if text.split(whereSeparator: { !$0.isNumber }).contains(where: { run in
                run.count >= 3 && run.contains { lookalikeLetters[$0] == nil }
            }) { return nil }
            let name = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
                .map { lookalikeLetters[$0] ?? $0 }
                .map { $0.isLetter || $0 == "-" || $0 == "'" ? $0 : " " }
            // A hyphen or apostrophe joins parts of a name, never starts or ends one: at a
            // word's end it is the edge of a box or a speck (`-MUTASA`).
            let words = String(name).split(separator: " ").map { $0.trimmingCharacters(in: Self.nameJoiners) }.filter { !$0.isEmpty }
            // One letter is a rule or a speck (`I` under `First names`), not a name; words that
            // are all the labels' own words, misread (`NANES PRENOUS`), are a label.
            guard words.joined().count >= 2, !readsAsLabelWords(words) else { return nil }
            return words.joined(separator: " ")
        case .dateOfBirth:
            return PrintedDate.iso(text, future: false, today: today)
        case .expiryDate:
            return PrintedDate.iso(text, future: true, today: today)
        case .sex:
            let word = normalized(text)
            if ["M", "MALE", "MASCULIN", "MASCULINO", "H"].contains(word) { return "M" }
            if ["F", "FEMALE", "FEMININ", "FEMININO"].contains(word) { return "F" }
            return word == "X" ? "X" : nil
        case .nationality, .issuingCountry:
            return CountryNames.country(text)?.alpha3
        case .idNumber, .documentNumber:
            // Every ID and document number carries digits: words after a label
            // (`Document No/No. du document`) are the label's second language, not the value.
            // Currency signs are letters misread (`¥G3273250`).
            let read = Array(identifierLetters(text.uppercased()))
            let kept: [Character] = read.filter { $0.isLetter || $0.isNumber || "-/ ".contains($0) }
            let cleaned = String(kept).trimmingCharacters(in: .whitespaces)
            // No number is a date: `28 APR 2029` under `CARD NO.` is the next column's expiry.
            guard PrintedDate.iso(text, future: true, today: today) == nil else { return nil }
            return cleaned.count >= 5 && cleaned.filter(\.isNumber).count >= 2 ? cleaned : nil
        }
    }
}
