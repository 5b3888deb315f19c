import Foundation

/// How alike the name a user typed is to the name on their document.
///
/// African names reach documents in many spellings: accents dropped (`Gbèhanzin`), hyphens
/// and spaces moved (`Okonjo-Iweala`, `OKONJO IWEALA`), names in another order (surname
/// first on many IDs), a middle or clan name on the document that the user left out, and
/// transliteration variants (`Mohamed`/`Mohammed`, `Oluwaseun`/`Oluwasegun`). So names are
/// accent- and case-folded, split into tokens, and every token the user gave is paired with the
/// most similar unused token of the document by Jaro–Winkler similarity (which forgives a
/// doubled letter or a transposition in a short word more than edit distance does). The
/// similarity is the letter-weighted mean over the user's tokens; document tokens left over
/// (middle names) cost nothing, user tokens left over count as 0.
public enum NameMatcher {
    public struct Comparison: Sendable, Equatable {
        /// 0–1.
        public let similarity: Double
        /// Document tokens the user did not give (middle names), for the reviewer.
        public let unmatchedDocumentTokens: [String]
    }

    public static func compare(declared: String, document: String) -> Comparison {
        let given = tokens(declared), printed = tokens(document)
        guard !given.isEmpty, !printed.isEmpty else { return Comparison(similarity: 0, unmatchedDocumentTokens: printed) }
        // Every (user token, document token) pair, best first; each token used once.
        var pairs: [(i: Int, j: Int, score: Double)] = []
        for (i, a) in given.enumerated() {
            for (j, b) in printed.enumerated() { pairs.append((i, j, jaroWinkler(a, b))) }
        }
        pairs.sort { $0.score > $1.score }
        var usedGiven = Set<Int>(), usedPrinted = Set<Int>()
        var best = [Double](repeating: 0, count: given.count)
        for pair in pairs where !usedGiven.contains(pair.i) && !usedPrinted.contains(pair.j) {
            best[pair.i] = pair.score
            usedGiven.insert(pair.i)
            usedPrinted.insert(pair.j)
        }
        let letters = given.map { Double($0.count) }
        var similarity = zip(best, letters).map { $0 * $1 }.reduce(0, +) / letters.reduce(0, +)
        // Spaces and hyphens moved ("MacDonald" / "Mac Donald"): compare the names run together.
        let (x, y) = (given.joined(), printed.joined())
        if given.count != printed.count, abs(x.count - y.count) <= 1 { similarity = max(similarity, jaroWinkler(x, y)) }
        let leftover = printed.indices.filter { !usedPrinted.contains($0) }.map { printed[$0] }
        return Comparison(similarity: similarity, unmatchedDocumentTokens: leftover)
    }

    /// Upper-case letter tokens, accents removed.
    public static func tokens(_ name: String) -> [String] {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .uppercased()
            .split { !$0.isLetter }
            .map(String.init)
    }

    /// Jaro–Winkler similarity (prefix scale 0.1, up to four letters).
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        if x == y { return 1 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        let window = max(0, max(x.count, y.count) / 2 - 1)
        var xMatched = [Bool](repeating: false, count: x.count), yMatched = [Bool](repeating: false, count: y.count)
        var matches = 0
        for i in x.indices {
            for j in max(0, i - window)..<min(y.count, i + window + 1) where !yMatched[j] && x[i] == y[j] {
                xMatched[i] = true
                yMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        let xs = x.indices.filter { xMatched[$0] }.map { x[$0] }, ys = y.indices.filter { yMatched[$0] }.map { y[$0] }
        let transpositions = Double(zip(xs, ys).filter { $0 != $1 }.count) / 2
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - transpositions) / m) / 3
        let prefix = zip(x, y).prefix(4).prefix { $0 == $1 }.count
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
