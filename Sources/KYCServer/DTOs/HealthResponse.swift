import Foundation

struct HealthResponse: Encodable, Sendable {
    let status: String
}
