import Foundation

/// One entry of a business's blocklist.
public enum BlockRule: Sendable, Equatable {
    case telegramID(String)
    case ip(IPAddress)
    case cidr(CIDRBlock)

    /// The kinds as they are spelled in the API and the database.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case telegramID = "telegram_id"
        case ip
        case cidr
    }

    /// Parses and validates a rule; the value is normalised (an IP in canonical form).
    public init(kind: Kind, value: String) throws(KYCError) {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .telegramID:
            guard !trimmed.isEmpty, trimmed.count <= 128 else { throw .invalid("value", "must be 1 to 128 characters") }
            self = .telegramID(trimmed)
        case .ip:
            guard let address = IPAddress(trimmed) else { throw .invalid("value", "must be an IPv4 or IPv6 address") }
            self = .ip(address)
        case .cidr:
            guard let block = CIDRBlock(trimmed) else { throw .invalid("value", "must be a CIDR block such as 10.0.0.0/8") }
            self = .cidr(block)
        }
    }

    public var kind: Kind {
        switch self {
        case .telegramID: .telegramID
        case .ip: .ip
        case .cidr: .cidr
        }
    }

    /// The canonical value, as stored.
    public var value: String {
        switch self {
        case .telegramID(let id): id
        case .ip(let address): address.description
        case .cidr(let block): block.description
        }
    }

    /// Whether a request from this user and address is caught by the rule.
    public func matches(telegramID: String?, clientIP: IPAddress?) -> Bool {
        switch self {
        case .telegramID(let id): telegramID == id
        case .ip(let address): clientIP == address
        case .cidr(let block): clientIP.map(block.contains) ?? false
        }
    }
}
