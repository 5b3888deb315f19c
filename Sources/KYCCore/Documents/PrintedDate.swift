import Foundation

/// Dates as documents print them, to ISO 8601: `15/01/1990`, `15.01.1990`, `15-01-1990`,
/// `1990-01-15`, `15 JAN 1990`, `15 JAN/JAN 90`, `15 January 1990`, `15 JANV 1990`, `January 15, 1990`,
/// `1990 JAN 15`, `15th January 1990`, `15.I.1990`.
/// Numeric dates are day first, as in every country whose documents we read.
public enum PrintedDate {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            ["JAN", "JANUARY", "JANV", "JANVIER", "JANEIRO"], ["FEB", "FEBRUARY", "FEV", "FEVR", "FEVRIER", "FEVEREIRO"],
            ["MAR", "MARCH", "MARS", "MARCO"], ["APR", "APRIL", "AVR", "AVRIL", "ABR", "ABRIL"],
            ["MAY", "MAI", "MAIO"], ["JUN", "JUNE", "JUIN", "JUNHO"], ["JUL", "JULY", "JUIL", "JUILLET", "JULHO"],
            ["AUG", "AUGUST", "AOU", "AOUT", "AGO", "AGOSTO"], ["SEP", "SEPT", "SEPTEMBER", "SEPTEMBRE", "SET", "SETEMBRO"],
            ["OCT", "OCTOBER", "OCTOBRE", "OUT", "OUTUBRO"], ["NOV", "NOVEMBER", "NOVEMBRE", "NOVEMBRO"],
            ["DEC", "DECEMBER", "DECEMBRE", "DEZ", "DEZEMBRO"],
        ]
        for (index, group) in names.enumerated() { for name in group { table[name] = index + 1 } }
        return table
    }()

    static let romanMonths: [String: Int] = Dictionary(uniqueKeysWithValues:
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"].enumerated().map { ($1, $0 + 1) })

    /// The first date in `text`, as YYYY-MM-DD; two-digit years are placed in the past for
    /// birth dates (`future: false`) and up to 30 years ahead otherwise. A year no document
    /// prints, before 1900 or more than 50 years ahead (`4269` for a typed `1965` struck
    /// unevenly), makes no date: a misreading, not a date that disagrees with the MRZ.
    public static func iso(_ text: String, future: Bool = false, today: Date = Date()) -> String? {
        guard let date = firstDate(text, future: future, today: today), let year = Int(date.prefix(4)) else { return nil }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: today)
        return (1900...thisYear + 50).contains(year) ? date : nil
    }

    private static func firstDate(_ text: String, future: Bool, today: Date) -> String? {
        // OCR splits a day or month in two now and then (`2 1/07/2028`): a lone digit, a space
        // and a digit just before a separator are one number. An underscore (a rule or a
        // speck under the print, `24 Sep.1976_`) is no part of a date, and would join its
        // digits into one word.
        let text = text.replacingOccurrences(of: "_", with: " ")
        let cleaned = text.uppercased()
            .folding(options: .diacriticInsensitive, locale: nil)
            .withZeros
            .replacing(#/\b(\d) (\d)(?=\s*[-./])/#) { "\($0.1)\($0.2)" }
        // Letters matter in month names: read those from the unfolded-O text. An ordinal's
        // suffix after the day (`14th September 1987`; raised, it reads `14™`, `4"` or `1*` at
        // times) is no part of the date.
        let upper = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacing(#/(\d)\s?(?:(?:ST|ND|RD|TH)\b|[™"“”'’°*])/#) { String($0.1) }
        if let match = cleaned.firstMatch(of: #/(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})/#),
           let date = numeric(year: Int(match.1)!, month: String(match.2), day: String(match.3)) {
            return date
        }
        // The day starts a number: `21-10-90` inside `2021-10-90` (an impossible ISO date) is no date.
        // A middle dot between the numbers (`02·07·1987`) reads as itself, a bullet, a colon or a
        // degree sign.
        if let match = cleaned.firstMatch(of: #/\b(\d{1,2})\s*[-./·•:°]\s*(\d{1,2})\s*[-./·•:°]\s*(\d{4}|\d{2})\b/#),
           let year = year(String(match.3), future: future, today: today),
           let date = numeric(year: year, month: String(match.2), day: String(match.1)) {
            return date
        }
        // A value that is nothing but three spaced numbers, the year in two digits (`07 08 78`,
        // as a card laid out in boxes prints it), is a date; within a longer line such numbers
        // may be parts of other fields. One letter among its digits is the digit it looks like
        // (`26 01 6L`); with two (`20 Ut o2` for `29 01 32`) it is too garbled to be read. A
        // mark after it (`16 10 66-`) is none of it.
        if cleaned.count(where: \.isNumber) >= 5,
           let match = String(cleaned.map { LineEditor.toDigit[$0] ?? $0 })
               .wholeMatch(of: #/[^0-9A-Z]*(\d{1,2}) +(\d{1,2}) +(\d{2})[^0-9A-Z]*/#),
           let year = year(String(match.3), future: future, today: today),
           let date = numeric(year: year, month: String(match.2), day: String(match.1)) {
            return date
        }
        // Engraved and laser-printed cards space the numbers (`24 02 1969`): only with the year in
        // full, so two numbers and a year of some other field are not taken for a date.
        if let match = cleaned.firstMatch(of: #/\b(\d{1,2}) +(\d{1,2}) +(\d{4})\b/#),
           let date = numeric(year: Int(match.3)!, month: String(match.2), day: String(match.1)) {
            return date
        }
        // Such a date with one of its narrow spaces lost (`16 011973`, `1709 2026`, in a small
        // sans): day and month two digits each where they run together, and a year starting
        // 19 or 20, so no other number reads so.
        if let match = cleaned.firstMatch(of: #/\b(\d{1,2}) +(\d{2})((?:19|20)\d{2})\b/#)
            ?? cleaned.firstMatch(of: #/\b(\d{2})(\d{2}) +((?:19|20)\d{2})\b/#),
           let date = numeric(year: Int(match.3)!, month: String(match.2), day: String(match.1)) {
            return date
        }
        // A date whose thin slashes read as `1` (`1410412033` for `14/04/2033`): ten digits, the
        // third and sixth `1`, and a year starting 19 or 20.
        if let match = cleaned.firstMatch(of: #/\b(\d{2})1(\d{2})1((?:19|20)\d{2})\b/#),
           let date = MRZDate.iso(Int(match.3)!, Int(match.2)!, Int(match.1)!) {
            return date
        }
        // The month in Roman numerals (`14.IX.1987`), with the year in full. A heavy sans's `I`
        // is a bar OCR reads as `1` beside a `V` or an `X` (`17.V11.1999`, `29.X1.2030`) or three
        // in a row (`10.111.1962`), which no numeric month is. (`II` read `11` is November as
        // printed; `explainedByOCR` forgives it against an MRZ's February.)
        if let match = upper.firstMatch(of: #/\b([0-9O]{1,2})\s*[-./ ]\s*([IVX1]{1,4})\s*[-./ ]\s*([0-9O]{4})\b/#),
           let month = romanMonths[String(match.2).replacingOccurrences(of: "1", with: "I")],
           let day = Int(match.1.withZeros),
           let year = Int(match.3.withZeros),
           let date = MRZDate.iso(year, month, day) {
            return date
        }
        // Year first with the month's name (`1987 SEP 14`): only with the year in full.
        if let match = upper.firstMatch(of: #/\b([0-9O]{4})\s*[-./ ]?\s*([A-Z]{3,9})\.?\s*[-./ ]?\s*([0-9O]{1,2})\b/#),
           let month = months[String(match.2)],
           let year = Int(match.1.withZeros),
           let day = Int(match.3.withZeros),
           let date = MRZDate.iso(year, month, day) {
            return date
        }
        // The day starts a number: `29-APR-10` inside `029-APR-10` (`2029-APR-10`, its first
        // digit lost at a box's edge) is no date.
        if let match = upper.matches(of: #/([0-9O]{1,2})\s*[-./ ]?\s*([A-Z]{3,9})(?:\s*/\s*[A-Z]{3,9})?\s*[-./ ]?\s*([0-9O]{4}|[0-9O]{2})\b/#)
            .first(where: { $0.range.lowerBound == upper.startIndex || !upper[upper.index(before: $0.range.lowerBound)].isNumber }),
           let month = months[String(match.2)],
           let day = Int(match.1.withZeros),
           let year = year(String(match.3).withZeros, future: future, today: today) {
            return MRZDate.iso(year, month, day)
        }
        // Month first, as slips and US-style forms print it: `March 14, 1987`. Only with the
        // year in full: `April 1 37— 2019` is `April 13, 2019` misread, not 1 April 1937.
        if let match = upper.firstMatch(of: #/\b([A-Z]{3,9})\.?\s*([0-9O]{1,2})(?:\s*,\s*|\s+)([0-9O]{4})\b/#),
           let month = months[String(match.1)],
           let day = Int(match.2.withZeros),
           let year = Int(match.3.withZeros) {
            return MRZDate.iso(year, month, day)
        }
        return nil
    }

    /// A numeric date; one whose day or month is impossible (`63 12 1973`: a dotted zero read
    /// as `6`) is read again with one digit swapped for a look-alike, when exactly one such
    /// swap gives a date. The repaired date is still compared with the MRZ like any other.
    static func numeric(year: Int, month: String, day: String) -> String? {
        if let date = MRZDate.iso(year, Int(month)!, Int(day)!) { return date }
        let digits = Array(month + day), monthLength = month.count
        var dates: Set<String> = []
        for position in digits.indices {
            for pair in PrintedFieldCorrection.confusableDigits where pair.contains(digits[position]) {
                var swapped = digits
                swapped[position] = pair.first { $0 != digits[position] }!
                let text = String(swapped)
                if let date = MRZDate.iso(year, Int(text.prefix(monthLength))!, Int(text.dropFirst(monthLength))!) { dates.insert(date) }
            }
        }
        return dates.count == 1 ? dates.first : nil
    }

    private static func year(_ digits: String, future: Bool, today: Date) -> Int? {
        guard let value = Int(digits) else { return nil }
        if digits.count == 4 { return value }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: today)
        let century = thisYear / 100 * 100
        let candidate = century + value
        if future { return candidate > thisYear + 30 ? candidate - 100 : candidate }
        return candidate > thisYear ? candidate - 100 : candidate
    }
}

private extension StringProtocol {
    /// A number as read, each letter `O` a zero.
    var withZeros: String { replacingOccurrences(of: "O", with: "0") }
}
