import Foundation

/// Confusions the check digit cannot see: a zone's document number read with look-alikes
/// (`WF9O632B6` for `WE9063286`: `F` for `E`, `O` for `0`, `B` for `8`) whose weights happen to
/// add a multiple of ten passes its check digit and the composite, as the true number does.
/// The printed number, read by another engine in another face, decides, when it differs from
/// the zone's only by such look-alikes, verifies the same check digits, and is shaped more like
/// a number (fewer letters among its digits: issuers put letters before or after the digits,
/// not among them; `ZD6776964` read `206776964` in print is not). Anything else stays as the
/// zone read it.
///
/// The printed number is the labelled field's, or else the one word on the page that would
/// restore the zone (a card printing its number unlabelled).
extension DocumentEvidence {
    public mutating func restoreMRZDocumentNumber(printedLines: [OCRLine], today: Date) {
        guard let mrz, mrz.valid else { return }
        let labelled = [front[.documentNumber], back[.documentNumber]].compactMap { $0?.value }
        let words = printedLines.filter { !$0.text.contains("<") }.flatMap { $0.text.uppercased().split(separator: " ").map(String.init) }
        let candidates = labelled.isEmpty ? Set(words.compactMap { mrz.withDocumentNumber($0, today: today) }.map(\.documentNumber)) : Set(labelled)
        guard candidates.count == 1, let printed = candidates.first, let restored = mrz.withDocumentNumber(printed, today: today) else { return }
        self.mrz = restored
        readerHints.append("mrz: document number read with OCR-confusable characters its check digits do not catch, restored by the printed number")
    }
}

extension MRZ {
    func withDocumentNumber(_ printed: String, today: Date) -> MRZ? {
        let number = Array(printed.uppercased().filter { $0.isLetter || $0.isNumber }), read = Array(documentNumber)
        guard number.count == read.count, number.count <= 9, number != read,
              Self.lettersAmongDigits(number) < Self.lettersAmongDigits(read),
              PrintedFieldCorrection.explainedByOCR(.documentNumber, String(number), documentNumber) else { return nil }
        // Where the number stands: a card's first line after its code and state; a passport's second line first.
        let (line, start) = format == .td1 ? (0, 5) : (1, 0)
        var characters = lines.map { Array($0) }
        characters[line].replaceSubrange(start..<(start + number.count), with: number)
        guard let reread = MRZParser.parse(characters.map { String($0) }, today: today), reread.valid,
              reread.documentNumber == String(number) else { return nil }
        return reread
    }

    /// Letters with a digit somewhere before and after them: `WE9063286` has none, `WF9O632B6` 2.
    static func lettersAmongDigits(_ characters: [Character]) -> Int {
        guard let first = characters.firstIndex(where: \.isNumber), let last = characters.lastIndex(where: \.isNumber) else { return 0 }
        return characters[first...last].count(where: \.isLetter)
    }
}
