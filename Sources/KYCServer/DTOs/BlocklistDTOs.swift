import Foundation

/// `POST /blocklist` body.
struct CreateBlockEntryRequest: Decodable {
    let type: String?
    let value: String?
    let reason: String?
}

/// One blocklist rule as the API shows it.
struct BlockEntryResponse: Encodable, Sendable {
    let id: String
    let type: String
    let value: String
    let reason: String?
    let source: String
    let createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, type, value, reason, source, createdAt = "created_at"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encode(reason, forKey: .reason)
        try c.encode(source, forKey: .source)
        try c.encode(createdAt, forKey: .createdAt)
    }
}

struct BlockListResponse: Encodable, Sendable {
    let entries: [BlockEntryResponse]
}
