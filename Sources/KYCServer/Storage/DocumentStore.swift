/// Where uploaded document bytes are kept. Keys are opaque paths chosen by the caller
/// ("tenant/session/document"); implementations never interpret the bytes.
protocol DocumentStore: Sendable {
    func put(_ bytes: [UInt8], key: String) async throws
    func get(key: String) async throws -> [UInt8]?
    func delete(key: String) async throws
}
