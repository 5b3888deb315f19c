#if canImport(Glibc)
import Glibc
#endif
import Foundation
import KYCCore

/// The at-rest encryption key of an install that was not given one: generated on first start
/// and kept in the data directory, readable by the owner only.
///
/// The key is never overwritten: a key file that exists but cannot be read stops the start
/// (a new key would make every stored document unreadable), and so does a missing key file
/// beside documents that were stored under it.
enum KeyFile {
    static func loadOrCreate(in dataDirectory: String) throws -> [UInt8] {
        let directory = URL(fileURLWithPath: dataDirectory).appendingPathComponent("keys")
        let file = directory.appendingPathComponent("storage.key")
        if FileManager.default.fileExists(atPath: file.path) { return try read(file) }
        let documents = URL(fileURLWithPath: dataDirectory).appendingPathComponent("documents").path
        if let stored = try? FileManager.default.contentsOfDirectory(atPath: documents), !stored.isEmpty {
            throw ConfigurationError(problems: [
                "\(file.path) is missing but \(documents) holds documents encrypted under it: restore the key file or set OPENKYC_ENCRYPTION_KEY",
            ])
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let key = AtRestCipher.generateKeyBytes()
        // O_EXCL: if another process created the key in the meantime, use that one instead.
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try read(file) }
            throw ConfigurationError(problems: ["cannot create \(file.path)"])
        }
        let text = Array(Data(key).base64EncodedString().utf8)
        let written = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.count, synced else {
            throw ConfigurationError(problems: ["cannot write \(file.path)"])
        }
        return key
    }

    private static func read(_ file: URL) throws -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ConfigurationError(problems: ["\(file.path) exists but cannot be read: fix its permissions (it is never replaced)"])
        }
        guard let key = Data(base64Encoded: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
              key.count == 32
        else { throw ConfigurationError(problems: ["\(file.path) is not a base64 32-byte key"]) }
        return Array(key)
    }
}
