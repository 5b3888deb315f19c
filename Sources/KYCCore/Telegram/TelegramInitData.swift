import Crypto
import Foundation

/// The launch data Telegram gives a Mini App (`Telegram.WebApp.initData`, a query string), and
/// the two ways to prove Telegram signed it: the bot token's HMAC (`hash`) and, since Bot API
/// 8.0, an Ed25519 signature by Telegram itself (`signature`) that needs only the bot's id.
/// `initDataUnsafe` on the client is never trusted: only these checks are.
public struct TelegramInitData: Sendable, Equatable {
    /// Every field, URL-decoded, `hash` and `signature` included.
    public let fields: [String: String]

    public init(fields: [String: String]) { self.fields = fields }

    /// Parses the raw string as the client sent it.
    public static func parse(_ raw: String) throws(KYCError) -> TelegramInitData {
        var fields: [String: String] = [:]
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let key = decode(parts[0]), let value = decode(parts[1]), !key.isEmpty,
                  fields[key] == nil else {
                throw KYCError(.invalidInitData, "Telegram initData is malformed")
            }
            fields[key] = value
        }
        guard fields["hash"] != nil || fields["signature"] != nil else {
            throw KYCError(.invalidInitData, "Telegram initData carries no hash or signature")
        }
        return TelegramInitData(fields: fields)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// When Telegram issued it.
    public var authDate: Date? { fields["auth_date"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) }

    /// The Telegram user's id and language, from the signed `user` field.
    public var user: (id: String, languageCode: String?)? {
        guard let json = fields["user"], let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let id = object["id"] as? NSNumber else { return nil }
        return (id.stringValue, object["language_code"] as? String)
    }

    /// `key=value` lines sorted by key, without the excluded fields.
    func dataCheckString(excluding excluded: Set<String>) -> String {
        fields.filter { !excluded.contains($0.key) }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
    }

    /// `hash` is the hex HMAC-SHA256 of the data-check string keyed with
    /// HMAC-SHA256("WebAppData", bot token), compared in constant time. Whether a client's
    /// `signature` field is part of that string is reported both ways, so both are accepted.
    public func hasValidHash(botToken: String) -> Bool {
        guard let hex = fields["hash"], let mac = Self.bytes(hex: hex), mac.count == 32 else { return false }
        let secret = HMAC<SHA256>.authenticationCode(for: Array(botToken.utf8), using: SymmetricKey(data: Array("WebAppData".utf8)))
        let key = SymmetricKey(data: Array(secret))
        return [["hash"], ["hash", "signature"]].contains { (excluded: Set<String>) in
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Array(dataCheckString(excluding: excluded).utf8), using: key)
        }
    }

    /// `signature` is base64url Ed25519 by Telegram's key over "<bot id>:WebAppData\n" followed
    /// by the data-check string without `hash` and `signature`.
    public func hasValidSignature(botID: String, publicKey: [UInt8]) -> Bool {
        guard let encoded = fields["signature"], let signature = Self.bytes(base64URL: encoded),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        let message = "\(botID):WebAppData\n" + dataCheckString(excluding: ["hash", "signature"])
        return key.isValidSignature(signature, for: Array(message.utf8))
    }

    public static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }

    static func bytes(base64URL: String) -> [UInt8]? {
        var text = base64URL.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text).map(Array.init)
    }
}
