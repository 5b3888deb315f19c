import Foundation
import KYCCore

/// JSON the service stored itself. If it no longer decodes, the row is damaged or was written
/// by another version: an internal error, never silently an empty value.
enum StoredJSON {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(KYCError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw KYCError(.internalError, "Stored data could not be read")
        }
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
