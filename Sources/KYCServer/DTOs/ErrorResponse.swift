import Foundation

/// The one error shape of the public API.
struct ErrorResponse: Encodable, Sendable {
    let error: String
    let code: String
    let details: [String: String]
}
