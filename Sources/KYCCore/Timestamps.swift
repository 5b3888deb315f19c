import Foundation

/// RFC 3339 timestamps in UTC with a `Z`, as the public API writes them.
public enum Timestamps {
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// The UTC calendar date, yyyy-mm-dd.
    public static func isoDate(_ date: Date) -> String {
        String(format(date).prefix(10))
    }
}

extension Timestamps {
    /// Reads an RFC 3339 timestamp (`2026-01-19T12:15:00Z`, fractions and offsets allowed).
    public static func parse(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}
