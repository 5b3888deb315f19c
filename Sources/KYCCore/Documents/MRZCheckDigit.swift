/// ICAO 9303 check digits: characters valued 0–9, A–Z = 10–35, `<` = 0, weighted 7, 3, 1
/// repeating, summed modulo 10.
public enum MRZCheckDigit {
    public static func value(of character: Character) -> Int? {
        switch character {
        case "0"..."9": return Int(String(character))
        case "A"..."Z": return Int(character.asciiValue! - Character("A").asciiValue!) + 10
        case "<": return 0
        default: return nil
        }
    }

    /// The check digit of `field`, or nil if it holds a character outside the MRZ set.
    public static func compute<S: StringProtocol>(_ field: S) -> Int? {
        let weights = [7, 3, 1]
        var sum = 0
        for (index, character) in field.enumerated() {
            guard let value = value(of: character) else { return nil }
            sum += value * weights[index % 3]
        }
        return sum % 10
    }

    /// Whether `digit` is the check digit of `field`. A filler is no digit: where a digit must
    /// stand, it is a digit lost or a line shifted (`…<<OO<<` for `…<<<<00`), and it verifies
    /// nothing, though it weighs 0 in a field. (An empty personal number's `<` is its parser's
    /// one exception.)
    public static func verify<S: StringProtocol>(_ field: S, digit: Character) -> Bool {
        guard let expected = compute(field), digit.isASCII, let value = digit.wholeNumberValue else { return false }
        return value == expected
    }
}
