import Crypto
import Foundation

/// Signs a webhook body for both kinds of receiver the service supports, from one tenant secret.
///
/// - The reference's own check (`X-KYC-Signature`): hex HMAC-SHA256 of the raw body, keyed with
///   the secret *string* as UTF-8 (`whsec_…` included), sent as `sha256=<hex>`.
/// - Standard Webhooks (`webhook-signature`, verified by the `standardwebhooks` and `svix`
///   libraries): base64 HMAC-SHA256 of `"{id}.{timestamp}.{body}"`, keyed with the secret's
///   base64 part *decoded*, sent as `v1,<base64>`.
///
/// One `whsec_<base64>` secret therefore serves both: each receiver uses it the way its code
/// expects, and neither needs a second secret.
public enum WebhookSignature {
    public static let secretPrefix = "whsec_"

    /// `sha256=<hex>` for `X-KYC-Signature`.
    public static func reference(body: [UInt8], secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Array(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// `v1,<base64>` for `webhook-signature`; nil for a secret whose key cannot be read (it
    /// then signs nothing, so a Standard Webhooks receiver refuses the event instead of the
    /// sender guessing a key).
    public static func standard(id: String, timestamp: Int, body: [UInt8], secret: String) -> String? {
        guard let key = standardKey(secret) else { return nil }
        let content = Array("\(id).\(timestamp).".utf8) + body
        let mac = HMAC<SHA256>.authenticationCode(for: content, using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// The Standard Webhooks key: the bytes the secret's base64 part encodes. Secrets issued
    /// before both schemes were signed used URL-safe base64 without padding: read those too.
    public static func standardKey(_ secret: String) -> [UInt8]? {
        var encoded = secret.hasPrefix(secretPrefix) ? String(secret.dropFirst(secretPrefix.count)) : secret
        encoded = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while encoded.count % 4 != 0 { encoded += "=" }
        return Data(base64Encoded: encoded).map(Array.init)
    }

    /// A new secret: `whsec_` and standard base64 of 32 random bytes (what Standard Webhooks
    /// libraries decode).
    public static func newSecret() -> String {
        let key = SymmetricKey(size: .bits256)
        return secretPrefix + key.withUnsafeBytes { Data($0) }.base64EncodedString()
    }
}
