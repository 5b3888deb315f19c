import Foundation

/// A side that prints the whole name in one field (`FULL NAMES` `OTIENO BRIAN KAMAU`, as
/// Kenya's second-generation card does) instead of a surname and given names apart.
///
/// The names line is split into the two fields everything else compares. Which words are the
/// surname is what the MRZ's names say, when the document carries one: the surname first or
/// last, whichever order reads nearer the MRZ's (the printed line may hold a misread letter).
/// A different person's name differs in either order and still fails the comparison. Without
/// an MRZ the surname is taken first, as registries that print a single names line write it.
enum PrintedFullName {
    static func split(_ side: [DocumentField: FieldReading], mrz: [DocumentField: FieldReading]) -> [DocumentField: FieldReading] {
        guard let full = side[.fullName] else { return side }
        var side = side
        side[.fullName] = nil
        let words = full.value.split(separator: " ").map(String.init)
        guard side[.surname] == nil, side[.givenNames] == nil, words.count >= 2 else { return side }
        let surnameWords = min(words.count - 1, mrz[.surname].map { $0.value.split(separator: " ").count } ?? 1)
        var chosen = (surname: words.prefix(surnameWords), given: words.dropFirst(surnameWords))
        if let surname = mrz[.surname]?.value, let given = mrz[.givenNames]?.value {
            func distance(_ split: (surname: ArraySlice<String>, given: ArraySlice<String>)) -> Int {
                DocumentAssessor.editDistance(Array(split.surname.joined(separator: " ")), Array(surname))
                    + DocumentAssessor.editDistance(Array(split.given.joined(separator: " ")), Array(given))
            }
            let surnameLast = (surname: words.suffix(surnameWords), given: words.dropLast(surnameWords))
            if distance(surnameLast) < distance(chosen) { chosen = surnameLast }
        }
        side[.surname] = FieldReading(value: chosen.surname.joined(separator: " "), confidence: full.confidence, source: full.source)
        side[.givenNames] = FieldReading(value: chosen.given.joined(separator: " "), confidence: full.confidence, source: full.source)
        return side
    }

    /// The surname and given names of a names line that sets the surname in capitals and the
    /// given names in title case (`Farai Tatenda MAPFUMO`, `MOYO Tendai`), as French-style and
    /// many African cards print one `NAME`: the case says which words are the surname, before or
    /// after the given names. Nil for a line in one case throughout, or mixed any other way.
    static func splitByCase(_ text: String) -> (surname: String, given: String)? {
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        func capitals(_ word: Substring) -> Bool {
            word.filter(\.isLetter).count >= 2 && !word.contains(where: \.isLowercase)
        }
        func titled(_ word: Substring) -> Bool { word.first?.isUppercase == true && word.contains(where: \.isLowercase) }
        let leading = words.prefix(while: capitals).count, trailing = words.reversed().prefix(while: capitals).count
        let surnameCount = leading > 0 ? leading : trailing
        guard surnameCount > 0, surnameCount < words.count else { return nil }
        let surname = leading > 0 ? words.prefix(surnameCount) : words.suffix(surnameCount)
        let given = leading > 0 ? words.dropFirst(surnameCount) : words.dropLast(surnameCount)
        guard given.allSatisfy(titled) else { return nil }
        return (surname.joined(separator: " "), given.joined(separator: " "))
    }
}
