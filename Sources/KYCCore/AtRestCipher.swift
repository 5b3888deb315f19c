import Crypto
import Foundation

/// Encryption at rest: AES-256-GCM under one key from configuration.
///
/// The associated data binds a ciphertext to where it belongs (a storage key, a tenant), so a
/// blob copied to another record fails to open instead of decrypting as someone else's file.
public struct AtRestCipher: Sendable {
    /// Raw key bytes (SymmetricKey is not Sendable; making one per call is cheap).
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// - Parameter keyBytes: exactly 32 bytes.
    public init(keyBytes: [UInt8]) throws(KYCError) {
        guard keyBytes.count == 32 else {
            throw KYCError(.internalError, "The encryption key must be 32 bytes")
        }
        self.keyBytes = keyBytes
    }

    /// A new random 32-byte key.
    public static func generateKeyBytes() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }

    /// nonce ‖ ciphertext ‖ tag.
    public func seal(_ plaintext: [UInt8], context: String) throws -> [UInt8] {
        let box = try AES.GCM.seal(plaintext, using: key, authenticating: Array(context.utf8))
        guard let combined = box.combined else { throw KYCError(.internalError, "Encryption failed") }
        return Array(combined)
    }

    public func open(_ sealed: [UInt8], context: String) throws -> [UInt8] {
        let box = try AES.GCM.SealedBox(combined: sealed)
        return Array(try AES.GCM.open(box, using: key, authenticating: Array(context.utf8)))
    }
}
