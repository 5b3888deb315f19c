/// One line of printed text read off a document image, with where it was.
public struct OCRLine: Sendable, Equatable {
    public let text: String
    public let left: Int
    public let top: Int
    public let width: Int
    public let height: Int
    /// The OCR engine's confidence, 0–1.
    public let confidence: Double

    public init(text: String, left: Int, top: Int, width: Int, height: Int, confidence: Double) {
        self.text = text
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        self.confidence = confidence
    }

    var bottom: Int { top + height }
    var right: Int { left + width }

    public var region: OCRRegion { OCRRegion(left: left, top: top, width: width, height: height) }

    /// This line and `next`, a piece of the same line to its right, as one line: the box around
    /// both, the confidence per character.
    func followed(by next: OCRLine) -> OCRLine {
        let top = min(self.top, next.top), bottom = max(self.bottom, next.bottom)
        let characters = Double(text.count + next.text.count)
        let confidence = (self.confidence * Double(text.count) + next.confidence * Double(next.text.count)) / characters
        return OCRLine(text: text + " " + next.text, left: left, top: top, width: next.left + next.width - left,
                       height: bottom - top, confidence: confidence)
    }

    /// Whether this line, standing after `before` on its row, a value in capitals and digits, is in
    /// smaller print than it (under 0.6 of its height) or below its baseline (its top no higher,
    /// its bottom lower by more than 0.4 of that height: a small label over its second language):
    /// other text, such as the value's label after it. The OCR engine breaks its lines at the
    /// same rule (`kv_ocr_lines`).
    func isInSmallerPrint(after before: OCRLine) -> Bool {
        !before.text.contains(where: \.isLowercase)
            && (5 * height < 3 * before.height || (top >= before.top && 5 * (bottom - before.bottom) > 2 * before.height))
    }

    /// The lines' texts with the pieces of one row joined, left to right, in the order each
    /// row's first piece was read: the engine breaks a line at a wide gap (a zone's line at a
    /// run of fillers read as blanks), and each piece alone is too short to be that line.
    /// Pieces join when they share a row and the next starts no more than three line heights
    /// after the last ends.
    public static func rows(_ lines: [OCRLine]) -> [String] {
        var rows: [(first: Int, line: OCRLine)] = []
        for index in lines.indices.sorted(by: { lines[$0].left < lines[$1].left }) {
            let piece = lines[index]
            if let into = rows.lastIndex(where: { row in
                let gap = piece.left - row.line.right
                return VisualZoneParser.sharesRow(row.line, piece) && gap > -piece.height && gap <= 3 * max(row.line.height, piece.height)
            }) {
                rows[into].line = rows[into].line.followed(by: piece)
            } else {
                rows.append((index, piece))
            }
        }
        return rows.sorted { $0.first < $1.first }.map(\.line.text)
    }

    /// The line without a rule read before its text (see `VisualZoneParser.withoutLeadingRule`).
    var withoutLeadingRule: OCRLine {
        let text = VisualZoneParser.withoutLeadingRule(self.text)
        return text == self.text ? self : OCRLine(text: text, left: left, top: top, width: width, height: height, confidence: confidence)
    }

    /// The words of this line after `tab` (a label's tab, read on its own) as one piece, placed
    /// where its characters stand and clear of the tab; nil when none stands after it. A word
    /// whose middle stands on the tab (the tab read as letters, `emma ABUBAKAR`) is left out.
    /// The characters are taken as equally wide: the engine gives a line's box, not its words'.
    public func piece(after tab: OCRRegion) -> OCRLine? {
        let characters = Array(text), tabRight = tab.left + tab.width
        func x(_ offset: Int) -> Int { left + width * offset / max(characters.count, 1) }
        var after: Range<Int>?, start = 0
        while start < characters.count {
            guard characters[start] != " " else { start += 1; continue }
            var end = start
            while end < characters.count, characters[end] != " " { end += 1 }
            if (x(start) + x(end)) / 2 >= tabRight { after = (after?.lowerBound ?? start)..<end }
            start = end
        }
        guard let after else { return nil }
        let from = max(x(after.lowerBound), tabRight + 1), to = x(after.upperBound)
        guard to > from else { return nil }
        return OCRLine(text: String(characters[after]), left: from, top: top, width: to - from, height: height, confidence: confidence)
    }

    /// Where `tail`, the end of this line's text, stands: the line's characters taken as equally
    /// wide, with two line heights to spare on the left (a label's letters are narrower or
    /// wider than its value's), so the region may hold the end of the label too.
    func regionOf(tail: String) -> OCRRegion {
        let characters = max(text.count, 1)
        let start = left + width * max(characters - tail.count, 0) / characters - 2 * height
        let clamped = max(left, start)
        return OCRRegion(left: clamped, top: top, width: left + width - clamped, height: height)
    }
}

/// A field's value as printed (not yet normalised), the OCR's confidence in it, and where it stands.
public struct PrintedValue: Sendable, Equatable {
    public let text: String
    public let confidence: Double
    public let region: OCRRegion

    public init(text: String, confidence: Double, region: OCRRegion) {
        self.text = text
        self.confidence = confidence
        self.region = region
    }
}

/// A rectangle of a document image, in pixels.
public struct OCRRegion: Sendable, Equatable {
    public let left: Int
    public let top: Int
    public let width: Int
    public let height: Int

    public init(left: Int, top: Int, width: Int, height: Int) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// Whether more than half of this region lies within `outer`.
    public func isMostlyWithin(_ outer: OCRRegion) -> Bool {
        2 * area(sharedWith: outer) > width * height
    }

    /// Whether the two share most of the smaller one.
    public func overlapsMostly(_ other: OCRRegion) -> Bool {
        2 * area(sharedWith: other) > min(width * height, other.width * other.height)
    }

    private func area(sharedWith other: OCRRegion) -> Int {
        let across = min(left + width, other.left + other.width) - max(left, other.left)
        let down = min(top + height, other.top + other.height) - max(top, other.top)
        return across > 0 && down > 0 ? across * down : 0
    }
}
