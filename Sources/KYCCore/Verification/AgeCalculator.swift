/// Whole years between two ISO dates (yyyy-mm-dd), as birthdays count them.
public enum AgeCalculator {
    public static func years(born: String, on today: String) -> Int? {
        func parts(_ date: String) -> (Int, Int, Int)? {
            let p = date.split(separator: "-").compactMap { Int($0) }
            return p.count == 3 ? (p[0], p[1], p[2]) : nil
        }
        guard let b = parts(born), let t = parts(today) else { return nil }
        var age = t.0 - b.0
        if (t.1, t.2) < (b.1, b.2) { age -= 1 }
        return age
    }
}
