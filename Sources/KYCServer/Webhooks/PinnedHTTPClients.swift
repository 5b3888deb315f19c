import AsyncHTTPClient
import Foundation
import NIOCore

/// HTTP clients that connect to an address we checked, not to whatever the name resolves to
/// when the connection opens: one client per (host, address), so its connections are reused
/// while the name keeps resolving the same way. TLS still verifies the certificate for the
/// host name. Redirects are never followed (a 3xx is a failed attempt).
actor PinnedHTTPClients {
    private let eventLoopGroup: any EventLoopGroup
    private let timeout: TimeInterval
    private let capacity: Int
    private var clients: [String: HTTPClient] = [:]
    private var order: [String] = []

    init(eventLoopGroup: any EventLoopGroup, timeout: TimeInterval, capacity: Int = 64) {
        self.eventLoopGroup = eventLoopGroup
        self.timeout = timeout
        self.capacity = capacity
    }

    func client(host: String, address: String) -> HTTPClient {
        let key = host + "\u{0}" + address
        if let existing = clients[key] { return existing }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(timeout * 1000)), read: .milliseconds(Int64(timeout * 1000))))
        configuration.dnsOverride = [host: address]
        let client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
        clients[key] = client
        order.append(key)
        if order.count > capacity, let oldest = order.first, let evicted = clients.removeValue(forKey: oldest) {
            order.removeFirst()
            // Requests may still be in flight on it: close it once they have certainly ended.
            let grace = timeout * 2
            Task.detached {
                try? await Task.sleep(for: .seconds(grace))
                try? await evicted.shutdown()
            }
        }
        return client
    }

    func shutdown() async {
        let all = Array(clients.values)
        clients = [:]
        order = []
        for client in all { try? await client.shutdown() }
    }
}
