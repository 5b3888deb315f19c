import Foundation

/// Which addresses a webhook may be sent to: public unicast only.
///
/// A business chooses the URL, so without this rule our server could be made to call its own
/// loopback services, the private network behind it or the cloud metadata endpoint (SSRF).
public enum WebhookAddressPolicy {
    /// Networks a webhook must never reach, with why.
    static let refused: [(CIDRBlock, String)] = [
        ("0.0.0.0/8", "unspecified"), ("127.0.0.0/8", "loopback"), ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"), ("192.168.0.0/16", "private"), ("100.64.0.0/10", "shared (carrier NAT)"),
        ("169.254.0.0/16", "link-local (cloud metadata)"), ("192.0.0.0/24", "IETF protocol assignments"),
        ("198.18.0.0/15", "benchmarking"), ("224.0.0.0/4", "multicast"), ("240.0.0.0/4", "reserved"),
        ("100.100.100.200/32", "cloud metadata"),
        ("::/128", "unspecified"), ("::1/128", "loopback"), ("fc00::/7", "private (unique local)"),
        ("fe80::/10", "link-local"), ("ff00::/8", "multicast"),
    ].map { (CIDRBlock($0.0)!, $0.1) }

    /// IPv6 forms that carry an IPv4 address inside: NAT64 (last 4 bytes) and 6to4 (bytes 2–5).
    /// The embedded address is judged instead, so `64:ff9b::7f00:1` is loopback.
    static let embeddingIPv4: [(CIDRBlock, Range<Int>)] = [
        (CIDRBlock("64:ff9b::/96")!, 12..<16), (CIDRBlock("2002::/16")!, 2..<6),
    ]

    /// Why `address` is refused, or nil when it is a public address.
    public static func refusal(for address: IPAddress) -> String? {
        if let (_, range) = embeddingIPv4.first(where: { $0.0.contains(address) }),
           let inner = IPAddress(address.bytes[range].map(String.init).joined(separator: ".")) {
            return refusal(for: inner)
        }
        return refused.first { $0.0.contains(address) }?.1
    }
}

/// A webhook or callback URL as the rules accept it: absolute, https (http only when private
/// targets are allowed for development), no credentials in it.
public struct WebhookURL: Sendable, Equatable {
    public let text: String
    public let host: String
    /// The host when it is written as an address (no name to resolve).
    public let literalAddress: IPAddress?

    /// Checks the URL's form; `field` names it in the error.
    public init(_ text: String, field: String, allowPrivate: Bool) throws(KYCError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              var host = components.host, !host.isEmpty
        else { throw .invalid(field, "must be an absolute https URL") }
        guard scheme == "https" || (allowPrivate && scheme == "http") else {
            throw .invalid(field, allowPrivate ? "must be an http or https URL" : "must be an https URL")
        }
        guard components.user == nil && components.password == nil else {
            throw .invalid(field, "must not carry a user name or password")
        }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.text = text
        self.host = host.lowercased()
        literalAddress = IPAddress(host)
    }
}
