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
