/// A 256-bit perceptual hash of a whole frame. Re-encoding or rescaling a frame flips few
/// bits; a new capture of the same scene flips many (sensor noise decides the gradient signs
/// in flat areas), so a small distance means "the same picture", not "a similar scene".
public struct FrameHash: Sendable, Hashable, Codable, CustomStringConvertible {
    public let words: [UInt64]

    public init(words: [UInt64]) {
        precondition(words.count == 4, "a frame hash has 256 bits")
        self.words = words
    }

    /// Parses the 64-hex-digit form.
    public init?(hex: String) {
        guard hex.count == 64 else { return nil }
        var words: [UInt64] = []
        var rest = Substring(hex)
        while !rest.isEmpty {
            guard let word = UInt64(rest.prefix(16), radix: 16) else { return nil }
            words.append(word)
            rest = rest.dropFirst(16)
        }
        self.words = words
    }

    public func distance(to other: FrameHash) -> Int {
        zip(words, other.words).reduce(0) { $0 + ($1.0 ^ $1.1).nonzeroBitCount }
    }

    public var description: String {
        words.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
