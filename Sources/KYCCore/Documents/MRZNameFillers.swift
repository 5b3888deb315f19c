import Foundation

/// OCR reads the MRZ's filler `<` as `K` or `X`: in a filler's place (`WANJIRU<K<<`, `CHIOMAK`)
/// or as a filler and a letter, which pushes the rest of the line one place on
/// (`PATIENCE<KROBERT`). No check digit covers the names, so the zone cannot tell; the printed
/// page can. A name word that the page does not print, but prints without a `K` or `X` at the
/// word's start or end, is that name with a filler read as a letter; a lone `K` or `X` after the
/// last name is a filler, when the page prints some of the names. Not when the page prints a
/// lone `K` or `X` (an initial). Two printed words run together by one letter are those words
/// with the filler between them; a word one confusable letter off the one printed word it
/// could be is that word, and so is a word one bar (`I`, `L`) longer than a surely printed one.
/// Only then is the names field rewritten, its fillers filled in at the end. Words the page
/// does not print either way stay as read, to be compared (and to disagree) as before.
extension DocumentEvidence {
    /// Restores the zone's name fillers by the words of the document's OCR lines (other than
    /// the zone's own, which hold fillers), and says so in the reader's hints.
    public mutating func restoreMRZNameFillers(printedLines: [OCRLine]) {
        func words(_ lines: [OCRLine]) -> Set<String> {
            Set(lines.filter { !$0.text.contains("<") }.flatMap { line in
                line.text.folding(options: .diacriticInsensitive, locale: nil).uppercased().split { !$0.isLetter }.map(String.init)
            })
        }
        // A letter is taken from the print only where it was read surely (`CHIDL` at 39% is
        // the print's misreading of the zone's `CHIDI`).
        let sure = words(printedLines.filter { $0.confidence >= DocumentAssessor.surePrintedConfidence })
        guard let mrz, mrz.namesRead, let restored = mrz.withNameFillers(printedWords: words(printedLines), surelyPrinted: sure) else { return }
        self.mrz = restored
        readerHints.append("mrz: a filler read as a letter, or a letter as another, in the names, restored by the printed names")
    }
}

extension MRZ {
    /// The zone with its names field rewritten where the printed words show fillers read as
    /// letters; nil when they show none.
    func withNameFillers(printedWords: Set<String>, surelyPrinted: Set<String>) -> MRZ? {
        let (line, range) = format == .td1 ? (2, 0..<30) : (0, 5..<lines[0].count)
        let read = Array(lines[line])[range]
        // The field as runs of letters and runs of fillers; the names end at three fillers.
        var runs: [[Character]] = []
        for character in read {
            if let last = runs.last?.last, (last == "<") == (character == "<") {
                runs[runs.count - 1].append(character)
            } else {
                runs.append([character])
            }
        }
        let namesEnd = runs.firstIndex { $0.first == "<" && $0.count >= 3 } ?? runs.count
        let nameWords = runs[..<namesEnd].filter { $0.first != "<" }.map { String($0) }
        // The page must print some of the names (a zone word, or one with a filler's lookalike
        // at an end taken off: `ASANTEX` when every word of the zone was read so), and no lone
        // K or X (an initial the zone may hold).
        guard nameWords.contains(where: { printedWords.contains($0) || Self.fillerLookalikeEnd(of: Array($0), printedWords) != nil }),
              PrintedFieldCorrection.fillerLookalikes.allSatisfy({ !printedWords.contains(String($0)) }) else { return nil }
        let lastWord = runs[..<namesEnd].lastIndex { $0.first != "<" }
        // Names with no `<<` have had one of the separator's fillers read as a letter
        // (`ASANTE<KAMA`): that letter is the filler in its place, not a letter pushed in.
        let separatorRead = !runs[..<namesEnd].contains { $0.first == "<" && $0.count == 2 }
        var changed = 0
        for index in runs[..<namesEnd].indices where runs[index].first != "<" {
            let word = runs[index], text = String(word)
            guard !printedWords.contains(text) else { continue }
            if word.count == 1, PrintedFieldCorrection.fillerLookalikes.contains(word[0]), index == lastWord {
                runs[index] = ["<"]  // a lone lookalike after the last name: a filler in place
            } else if word.count >= 3, let end = Self.fillerLookalikeEnd(of: word, printedWords) {
                // Beside a single filler where the names hold no `<<`, the lookalike is the
                // separator's other filler in its place (`ASANTE<KAMA`, `ASANTEX<YAW`); elsewhere
                // it was read in beside a filler.
                let neighbour = end == word.startIndex ? index - 1 : index + 1
                if separatorRead, runs[..<namesEnd].indices.contains(neighbour), runs[neighbour] == ["<"] {
                    runs[index][end] = "<"
                } else {
                    runs[index].remove(at: end)
                }
            } else if let split = Self.twoPrintedWords(joinedIn: word, printedWords) {
                runs[index] = split
            } else if let printed = Self.printedWord(oneLookalikeFrom: word, surelyPrinted) ?? Self.printedWord(withSpeckIn: word, surelyPrinted) {
                runs[index] = printed
            } else {
                continue
            }
            changed += 1
        }
        guard changed > 0 else { return nil }
        let letters = Array(runs.joined())
        let written = letters + Array(repeating: "<", count: range.count - letters.count)
        var characters = Array(lines[line])
        characters.replaceSubrange(range, with: written)
        var restored = lines
        restored[line] = String(characters)
        let (newSurname, newGiven) = MRZParser.names(String(written))
        return MRZ(format: format, lines: restored, documentCode: documentCode, issuingState: issuingState,
                   documentNumber: documentNumber, surname: newSurname, givenNames: newGiven, nationality: nationality,
                   dateOfBirth: dateOfBirth, expiryDate: expiryDate, sex: sex, optionalData: optionalData, checks: checks,
                   corrections: corrections + changed)
    }

    /// Where `word` has a filler's lookalike (`K`, `X`) that, taken off, leaves a printed word:
    /// its first letter, else its last; nil when neither does.
    static func fillerLookalikeEnd(of word: [Character], _ printedWords: Set<String>) -> Int? {
        let lookalikes = PrintedFieldCorrection.fillerLookalikes
        guard let first = word.first, let last = word.last else { return nil }
        if lookalikes.contains(first), printedWords.contains(String(word.dropFirst())) { return word.startIndex }
        if lookalikes.contains(last), printedWords.contains(String(word.dropLast())) { return word.endIndex - 1 }
        return nil
    }

    /// Two printed words of two letters or more run together by one character where the
    /// zone's filler between them was read as a letter (`AKOSUACKOFI`: a monospaced `<` read
    /// as `C`): the two words with the filler between them.
    static func twoPrintedWords(joinedIn word: [Character], _ printedWords: Set<String>) -> [Character]? {
        guard word.count >= 5 else { return nil }
        let splits = (2...(word.count - 3)).filter {
            printedWords.contains(String(word[..<$0])) && printedWords.contains(String(word[($0 + 1)...]))
        }
        guard splits.count == 1, let at = splits.first else { return nil }
        var split = word
        split[at] = "<"
        return split
    }

    /// The one printed word of four letters or more that this one is, but for one letter the
    /// zone reader confuses with the printed one (`OSET` for `OSEI`, `WANJLRU` for `WANJIRU`:
    /// a slab-serif `I` read by its bars). No check digit covers the names; the page's print,
    /// read by another engine in another face, does not share the zone's confusions.
    static func printedWord(oneLookalikeFrom word: [Character], _ printedWords: Set<String>) -> [Character]? {
        guard word.count >= 4 else { return nil }
        let matches = printedWords.filter { printed in
            printed.count == word.count && zip(word, printed).count(where: { $0 != $1 }) == 1
                && PrintedFieldCorrection.lookalikeLettersOnly(String(word), printed)
        }
        guard matches.count == 1, let printed = matches.first else { return nil }
        return Array(printed)
    }

    /// The one printed word of four letters or more that this one is with one thin letter more
    /// inside it (`CHILOMA` for `CHIOMA`: a fibre of lint across the zone read as an `L`). Only
    /// `I` and `L`, a bar's readings: transliteration adds other letters (`Ü` written `UE`).
    /// Not at either end: there the print is likelier cut short than the zone grown
    /// (`KWES` printed, `KWESI` in the zone).
    static func printedWord(withSpeckIn word: [Character], _ printedWords: Set<String>) -> [Character]? {
        guard word.count >= 5 else { return nil }
        let matches = Set(word.indices.dropFirst().dropLast().filter { "IL".contains(word[$0]) }.compactMap { index -> String? in
            var shorter = word
            shorter.remove(at: index)
            return printedWords.contains(String(shorter)) ? String(shorter) : nil
        })
        guard matches.count == 1, let printed = matches.first else { return nil }
        return Array(printed)
    }
}
