import Vapor

/// A response whose body is `value` as JSON. Response types are plain `Encodable` DTOs and
/// this writes them, so no process-wide encoder setting is involved.
struct JSONBody<Value: Encodable & Sendable>: AsyncResponseEncodable {
    let value: Value
    var status: HTTPResponseStatus = .ok

    init(_ value: Value, status: HTTPResponseStatus = .ok) {
        self.value = value
        self.status = status
    }

    func encodeResponse(for request: Request) async throws -> Response {
        try Self.response(value, status: status)
    }

    static func response(_ value: Value, status: HTTPResponseStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}
