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
        // Labels whose value is not on their own line.
        let standing = lines.indices.filter { index in
            guard let (field, rest) = labelled[index] else { return false }
            return rest.isEmpty || VisualZoneParser.normalize(field, rest, today: today) == nil
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
    private static func pieces(of line: OCRLine, lines: [OCRLine], standing: [Int], values: [OCRLine], today: Date) -> [OCRLine]? {
        let words = line.text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for first in standing where isUnder(line, lines[first]) {
            let row = standing.filter { other in
                other != first && lines[other].left > lines[first].left && onOneRow(lines[other], lines[first])
                    && lines[other].left > line.left && lines[other].left < line.left + line.width
            }
            guard let second = row.min(by: { lines[$0].left < lines[$1].left }),
                  !values.contains(where: { $0 != line && isUnder($0, lines[second]) }),
                  let (firstField, _) = VisualZoneParser.label(of: lines[first].text),
                  let (secondField, _) = VisualZoneParser.label(of: lines[second].text) else { continue }
            return splitAt(line, column: lines[second].left, words: words.map(String.init)) { head, tail in
                VisualZoneParser.normalize(firstField, head, today: today) != nil
                    && VisualZoneParser.normalize(secondField, tail, today: today) != nil
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

    /// `value` starts under `label`, within three label heights below it.
    private static func isUnder(_ value: OCRLine, _ label: OCRLine) -> Bool {
        abs(value.left - label.left) < max(2 * label.height, 30) && value.top >= label.top + label.height / 2
            && value.top - label.bottom < 3 * max(label.height, 8)
    }

    /// Middles apart by less than the taller line, plus a tenth of their distance across (a card
    /// photographed a few degrees off level).
    private static func onOneRow(_ a: OCRLine, _ b: OCRLine) -> Bool {
        abs(2 * a.top + a.height - 2 * b.top - b.height) < max(a.height, b.height) + abs(a.left - b.left) / 5
    }
}
