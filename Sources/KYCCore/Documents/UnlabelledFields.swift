import Foundation

/// Printed fields known by what their value is, for when the label did not read while the
/// value did (small grey labels on a 500 px scan, a watermark over them, a label vocabulary
/// we do not know). Only values that cannot be another field's are taken, and only when one
/// line alone fits:
/// - the ID number, in a national format distinctive enough to be known without a label
///   (ZW, ZA, GH, UG; digits-only formats look like any serial number);
/// - the expiry: documents print no other date in the future;
/// - the birth date: the earliest past date, when the holder would be 16 or older and every
///   other past date on the side (an issue date) is 16 years later or more; not a side's only
///   past date where a date-of-issue label stands (a card's back, `PARTICULARS OF ISSUE`): it
///   is as likely the issue date, or an office stamp's;
/// - the nationality: a line that is a nationality word or country name, below the header.
/// Without a label, nothing vouches for the line but its reading: lines the OCR read with
/// little confidence (a garbled label and value run together) are left out, but for an ID
/// number whose country's check character passes: that vouches for the reading itself.
enum UnlabelledFields {
    static let idCountries = ["ZW", "ZA", "GH", "UG"]
    static let adultYears = 16
    static let minimumConfidence = 0.6

    /// `read`: the lines that are neither labels nor values already taken.
    static func fields(_ read: [OCRLine], today: Date, issueDateLabelled: Bool = false) -> [DocumentField: PrintedValue] {
        let numbers = read.compactMap { line in
            idNumber(in: line.text, checked: line.confidence < minimumConfidence).map { (line, $0) }
        }
        let lines = read.filter { $0.confidence >= minimumConfidence }
        var found: [DocumentField: PrintedValue] = [:]
        func take(_ field: DocumentField, _ candidates: [OCRLine]) {
            let distinct = Set(candidates.map { $0.text.trimmingCharacters(in: .whitespaces) })
            if distinct.count == 1, let line = candidates.first {
                found[field] = PrintedValue(text: line.text.trimmingCharacters(in: .whitespaces), confidence: line.confidence,
                                            region: line.region)
            }
        }
        if Set(numbers.map(\.1)).count == 1, let (line, number) = numbers.first {
            found[.idNumber] = PrintedValue(text: number, confidence: line.confidence, region: line.regionOf(tail: number))
        }

        let dated = lines.compactMap { line in datePrinted(alone: line.text, today: today).map { (line, $0) } }
        let now = Timestamps.isoDate(today)
        take(.expiryDate, dated.filter { $0.1 > now }.map(\.0))
        let past = dated.filter { $0.1 <= now }.sorted { $0.1 < $1.1 }
        func years(_ from: String, _ to: String) -> Int { AgeCalculator.years(born: from, on: to) ?? 0 }
        if let earliest = past.first, years(earliest.1, now) >= adultYears,
           !issueDateLabelled || past.contains(where: { $0.1 != earliest.1 }),
           past.allSatisfy({ $0.1 == earliest.1 || years(earliest.1, $0.1) >= adultYears }) {
            take(.dateOfBirth, past.filter { $0.1 == earliest.1 }.map(\.0))
        }

        let bottom = lines.map(\.bottom).max() ?? 0
        take(.nationality, lines.filter { line in
            let word = VisualZoneParser.normalized(line.text)
            return line.top > bottom / 5 && word.count >= 4 && CountryNames.country(word) != nil
        })
        return found
    }

    /// The ID number a line holds in one of the distinctive formats: the whole line, or its end
    /// after one or two specks read before it (`Ar 50-673780-V-04`: a card's chip or hologram
    /// beside the number reads as a short word). Nothing longer is dropped, so a sentence ending
    /// in a number is no ID number. `checked`: only a number whose check character passes.
    /// Currency signs are letters misread, as under a label (`36-560128-¥-18`). Marks after the
    /// number with no letter or digit in them, apart or touching it, are the edge of the box it
    /// is printed in (`46-333861-R-23 |`, `35-159847 Z 74)` in a pill), not part of it: every
    /// distinctive format ends in a letter or digit.
    static func idNumber(in read: String, checked: Bool = false) -> String? {
        let text = VisualZoneParser.identifierLetters(read).replacing(/(\s*[^\p{L}\p{N}\s]+)+\s*$/, with: "")
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        for start in 0...min(2, words.count - 1) where words[..<start].allSatisfy({ $0.count <= 3 }) {
            let candidate = start == 0 ? text.trimmingCharacters(in: .whitespaces) : words[start...].joined(separator: " ")
            if idCountries.contains(where: { country in
                let rule = NationalIDRules.check(candidate, country: country)
                return checked ? rule.formatValid && rule.checksumValid == true : rule.formatValid
            }) { return candidate }
        }
        return nil
    }

    /// The date a line holds (ISO 8601) when the line is little more than a date with a
    /// four-digit year (a two-digit year's century would be a guess).
    static func datePrinted(alone text: String, today: Date) -> String? {
        let compact = text.filter { $0.isLetter || $0.isNumber }
        guard compact.count <= 14, text.contains(/\d{4}/) else { return nil }
        return PrintedDate.iso(text, today: today)
    }
}
