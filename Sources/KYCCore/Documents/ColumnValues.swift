import Foundation

/// Values of labels that stand side by side on one row, read as one line.
///
/// A card prints `NATIONALITY` and `DATE OF BIRTH` side by side with each value under its
/// label; Tesseract may read both values as one line (`ZIMBABWEAN 1995.06.28`), which starts
/// under the first label and is neither field's value. Such a line is split where the second
/// label's column starts, but only when each piece then reads as its own label's field.
enum ColumnValues {
    /// `lines` with every value line that runs under two labels of one row split in two.
    static func split(_ lines: [OCRLine], today: Date) -> [OCRLine] {
        let labelled = lines.map { VisualZoneParser.label(of: $0.text) }
        // Labels whose value is not on their own line, with their fields.
        let standing = lines.indices.compactMap { index -> (index: Int, field: DocumentField)? in
            guard let (field, rest) = labelled[index], rest.isEmpty || VisualZoneParser.normalize(field, rest, today: today) == nil
            else { return nil }
            return (index, field)
        }
        let unlabelled = lines.indices.filter { labelled[$0] == nil }.map { lines[$0] }
        var result: [OCRLine] = []
        for (index, line) in lines.enumerated() {
            guard labelled[index] == nil,
                  let pieces = pieces(of: line, lines: lines, standing: standing, values: unlabelled, today: today) else {
                result.append(line)
                continue
            }
            result.append(contentsOf: pieces)
        }
        return result
    }

    /// The line as two values, when it stands under a label and reaches under the next label on
    /// that label's row, which has no value line of its own.
    private static func pieces(of line: OCRLine, lines: [OCRLine], standing: [(index: Int, field: DocumentField)], values: [OCRLine],
                               today: Date) -> [OCRLine]? {
        let words = line.text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for first in standing where VisualZoneParser.standsUnder(line, lines[first.index]) {
            let label = lines[first.index]
            let row = standing.filter { other in
                let next = lines[other.index]
                return other.index != first.index && next.left > label.left && onOneRow(next, label)
                    && next.left > line.left && next.left < line.left + line.width
            }
            guard let second = row.min(by: { lines[$0.index].left < lines[$1.index].left }),
                  !values.contains(where: { $0 != line && VisualZoneParser.standsUnder($0, lines[second.index]) }) else { continue }
            return splitAt(line, column: lines[second.index].left, words: words.map(String.init)) { head, tail in
                VisualZoneParser.normalize(first.field, head, today: today) != nil
                    && VisualZoneParser.normalize(second.field, tail, today: today) != nil
            }
        }
        return nil
    }

    /// The line split at the space between words nearest to `column` (the characters taken as
    /// equally wide), within three line heights of it, where `reads` accepts both pieces.
    private static func splitAt(_ line: OCRLine, column: Int, words: [String], reads: (String, String) -> Bool) -> [OCRLine]? {
        let characters = max(line.text.count, 1)
        var best: (distance: Int, pieces: [OCRLine])?
        var offset = 0
        for count in 1..<words.count {
            offset += words[count - 1].count + (count > 1 ? 1 : 0)
            let x = line.left + line.width * (offset + 1) / characters
            let distance = abs(x - column)
            let head = words[..<count].joined(separator: " "), tail = words[count...].joined(separator: " ")
            guard distance < 3 * max(line.height, 8), distance < best?.distance ?? .max, reads(head, tail) else { continue }
            best = (distance, [
                OCRLine(text: head, left: line.left, top: line.top, width: x - line.left, height: line.height, confidence: line.confidence),
                OCRLine(text: tail, left: x, top: line.top, width: line.left + line.width - x, height: line.height,
                        confidence: line.confidence),
            ])
        }
        return best?.pieces
    }

    /// Middles apart by less than the taller line, plus a tenth of their distance across (a card
    /// photographed a few degrees off level).
    private static func onOneRow(_ a: OCRLine, _ b: OCRLine) -> Bool {
        abs(2 * a.top + a.height - 2 * b.top - b.height) < max(a.height, b.height) + abs(a.left - b.left) / 5
    }
}
