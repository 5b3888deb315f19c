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

    /// Whether `digit` (a character, `<` read as 0) is the check digit of `field`.
    public static func verify<S: StringProtocol>(_ field: S, digit: Character) -> Bool {
        guard let expected = compute(field) else { return false }
        return (digit == "<" ? 0 : Int(String(digit))) == expected
    }
}
