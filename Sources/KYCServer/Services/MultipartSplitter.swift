#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a multipart/form-data body (RFC 7578) into parts. Boundaries are found with the C
/// library's `memchr`/`memcmp`, so multi-megabyte photos split fast even in debug builds.
enum MultipartSplitter {
    struct Part {
        /// Header names lower-cased.
        var headers: [String: String]
        var body: [UInt8]
    }

    static func parts(of body: [UInt8], boundary: String) throws -> [Part] {
        let delimiter = Array(("--" + boundary).utf8)
        let separator = Array("\r\n\r\n".utf8)
        var parts: [Part] = []
        guard var cursor = find(delimiter, in: body, from: 0) else { throw malformed }
        while true {
            cursor += delimiter.count
            // "--" after a delimiter closes the body.
            if body.count >= cursor + 2, body[cursor] == UInt8(ascii: "-"), body[cursor + 1] == UInt8(ascii: "-") {
                return parts
            }
            guard let headerEnd = find(separator, in: body, from: cursor),
                  let next = find(Array("\r\n".utf8) + delimiter, in: body, from: headerEnd)
            else { throw malformed }
            let headerText = String(decoding: body[cursor..<headerEnd], as: UTF8.self)
            var headers: [String: String] = [:]
            for line in headerText.split(separator: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            parts.append(Part(headers: headers, body: Array(body[(headerEnd + separator.count)..<next])))
            cursor = next + 2
        }
    }

    private static var malformed: KYCMultipartError { KYCMultipartError() }

    /// Offset of the first `needle` in `haystack` at or after `start`: `memchr` to the next
    /// candidate first byte, `memcmp` to confirm (memmem is not exported to Swift by Glibc).
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= haystack.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                var offset = start
                while hay.count - offset >= pattern.count {
                    guard let hit = memchr(base + offset, Int32(first), hay.count - offset) else { return nil }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if hay.count - position < pattern.count { return nil }
                    if memcmp(hit, patternBase, pattern.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }
}

/// The multipart body does not follow the format; mapped to INVALID_REQUEST by the caller.
struct KYCMultipartError: Error {}
