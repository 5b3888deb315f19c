/// Where a side's captions may stand unread because they are printed far smaller than their
/// values: a paper card's captions some 8 px high over 30 px values. Tesseract reads the values
/// and takes the captions for specks, so every value stands unlabelled and none can be told
/// from another (a mixed-case name, a date with a two-digit year). The reader reads these
/// strips again enlarged (`DocumentReader.withSmallCaptions`).
public enum SmallCaptions {
    /// The strips just above a side's values, merged where they touch; none when the side
    /// reads a label (its captions are legible at the page's size, or its values stand after
    /// labels) or fewer than three values.
    public static func strips(_ lines: [OCRLine], width: Int, height: Int) -> [OCRRegion] {
        let values = lines.filter(isValue)
        guard values.count >= minimumValues, !lines.contains(where: { VisualZoneParser.readsAsLabel($0.text) }) else { return [] }
        return merged(values.compactMap { strip(over: $0, width: width, height: height) })
    }

    /// Values on a side before its captions are looked for: fewer are no card's fields.
    static let minimumValues = 3

    /// A confident line of three letters or digits or more that is no MRZ line, as
    /// wide as its characters need: a pattern read as text (`| Jin` in 28 × 31 px, off a dark
    /// tab) is narrower than its letters.
    static func isValue(_ line: OCRLine) -> Bool {
        let characters = line.text.count(where: { $0.isLetter || $0.isNumber })
        return line.confidence >= valueConfidence && line.height >= smallestValueHeight && !line.text.contains("<")
            && characters >= 3 && 5 * line.width >= 2 * characters * line.height
    }

    static let valueConfidence = 0.8
    /// Lines lower than this are captions themselves, or print too small to carry smaller ones.
    static let smallestValueHeight = 14

    /// The band one value height above `value`, from half a height before it to six heights
    /// after its start (a caption is often longer than its value: `DATE OF EXPIRY` over `9/7/24`).
    static func strip(over value: OCRLine, width: Int, height: Int) -> OCRRegion? {
        let top = max(0, value.top - value.height), bottom = value.top
        let left = max(0, value.left - value.height / 2)
        let right = min(width, max(value.right, value.left + 6 * value.height))
        guard bottom - top >= value.height / 2, right > left else { return nil }
        return OCRRegion(left: left, top: top, width: right - left, height: bottom - top)
    }

    /// The strips with those that share rows and touch joined into one, so that a row of
    /// captions is read once.
    static func merged(_ strips: [OCRRegion]) -> [OCRRegion] {
        var merged: [OCRRegion] = []
        for strip in strips.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            if let index = merged.firstIndex(where: { touches($0, strip) }) {
                merged[index] = union(merged[index], strip)
            } else {
                merged.append(strip)
            }
        }
        return merged
    }

    private static func touches(_ a: OCRRegion, _ b: OCRRegion) -> Bool {
        let sharedRows = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
        return 2 * sharedRows > min(a.height, b.height) && a.left <= b.left + b.width && b.left <= a.left + a.width
    }

    private static func union(_ a: OCRRegion, _ b: OCRRegion) -> OCRRegion {
        let left = min(a.left, b.left), top = min(a.top, b.top)
        let right = max(a.left + a.width, b.left + b.width), bottom = max(a.top + a.height, b.top + b.height)
        return OCRRegion(left: left, top: top, width: right - left, height: bottom - top)
    }
}
