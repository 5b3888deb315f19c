import Foundation
import KYCCore

/// The at-rest encryption key of an install that was not given one: generated on first start
/// and kept in the data directory, readable by the owner only.
enum KeyFile {
    static func loadOrCreate(in dataDirectory: String) throws -> [UInt8] {
        let directory = URL(fileURLWithPath: dataDirectory).appendingPathComponent("keys")
        let file = directory.appendingPathComponent("storage.key")
        if let data = try? Data(contentsOf: file) {
            guard let key = Data(base64Encoded: String(decoding: data, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)), key.count == 32
            else { throw ConfigurationError(problems: ["\(file.path) is not a base64 32-byte key"]) }
            return Array(key)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let key = AtRestCipher.generateKeyBytes()
        let created = FileManager.default.createFile(
            atPath: file.path, contents: Data(Data(key).base64EncodedString().utf8),
            attributes: [.posixPermissions: 0o600])
        guard created else { throw ConfigurationError(problems: ["cannot write \(file.path)"]) }
        return key
    }
}
