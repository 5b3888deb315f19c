import KYCCore

/// Encrypts every document before it reaches the underlying store (AES-256-GCM), with the
/// storage key as associated data so a blob moved under another key will not open.
struct EncryptedDocumentStore: DocumentStore {
    let inner: any DocumentStore
    let cipher: AtRestCipher

    func put(_ bytes: [UInt8], key: String) async throws {
        try await inner.put(cipher.seal(bytes, context: "document:" + key), key: key)
    }

    func get(key: String) async throws -> [UInt8]? {
        guard let sealed = try await inner.get(key: key) else { return nil }
        return try cipher.open(sealed, context: "document:" + key)
    }

    func delete(key: String) async throws {
        try await inner.delete(key: key)
    }
}
