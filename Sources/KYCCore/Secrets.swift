import Crypto
import Foundation

/// API keys and other bearer secrets: generation, hashing for storage, constant-time compare.
///
/// Keys are shown once at creation and stored only as a SHA-256 hash; a key's high entropy
/// (256 random bits) makes an unsalted hash safe to store and lets a lookup go by hash.
public enum Secrets {
    public static let apiKeyPrefix = "okyc_"

    /// A new API key: a recognisable prefix and 256 random bits in URL-safe base64.
    public static func newAPIKey() -> String {
        apiKeyPrefix + randomToken(byteCount: 32)
    }

    /// URL-safe base64 of `byteCount` random bytes from the system CSPRNG.
    public static func randomToken(byteCount: Int) -> String {
        let key = SymmetricKey(size: .init(bitCount: byteCount * 8))
        let data = key.withUnsafeBytes { Data($0) }
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Lower-case hex SHA-256 of the key's UTF-8 bytes: what is stored and looked up.
    public static func hash(_ secret: String) -> String {
        sha256Hex(Array(secret.utf8))
    }

    /// Lower-case hex SHA-256 of any bytes (API keys, document fingerprints).
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two strings in time independent of where they differ.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }

    /// The first characters of a key, safe to show in listings so a key can be recognised.
    public static func displayPrefix(of key: String) -> String {
        String(key.prefix(apiKeyPrefix.count + 6))
    }
}
