import Foundation
import Testing
import VaporTesting
@testable import KYCServer

@Suite("Operations")
struct OperationsTests {
    @Test("health, liveness probe, metrics and the Mini App page", arguments: TestDatabase.available)
    func operations(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let health = try await t.request(.GET, "health")
            #expect(health.status == .ok)
            #expect(health.object as? [String: String] == ["status": "healthy"])
            #expect(try await t.request(.GET, "livez").status == .ok)

            let (key, _) = try await t.createTenant()
            _ = try await t.createSession(key: key)
            let metrics = try await t.request(.GET, "metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains(#"openkyc_http_requests_total{method="POST",route="/session/create",status="200"} 1"#))
            #expect(metrics.text.contains("openkyc_http_request_duration_seconds_bucket"))
            #expect(!metrics.text.contains(key))

            let page = try await t.request(.GET, "app?session_id=x")
            #expect(page.status == .ok)
            #expect(page.headers.contentType?.subType == "html")
            #expect(try await t.request(.GET, "app/app.js").status == .ok)
        }
    }

    @Test("health is 503 when the database is unreachable")
    func healthWithoutDatabase() async throws {
        let port = try closedLoopbackPort()
        try await withApp(configure: { app in
            app.logger.logLevel = .critical
            let config = AppConfig(
                dataDirectory: FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path,
                database: .postgres(url: "postgres://nobody@127.0.0.1:\(port)/none?sslmode=disable"),
                encryptionKey: Array(repeating: 7, count: 32))
            try await configure(app, config: config)
        }) { app in
            let response = try await app.testing().sendRequest(.GET, "health")
            #expect(response.status == .serviceUnavailable)
            #expect(response.body.string.contains("unhealthy"))
            let create = try await app.testing().sendRequest(.POST, "session/create", headers: ["X-API-Key": "okyc_x"])
            #expect(create.status == .internalServerError)
            #expect(create.body.string.contains("INTERNAL_ERROR"))
            #expect(!create.body.string.lowercased().contains("postgres"), "no internals leak")
        }
    }

    @Test("over a real socket: body limits, and IP blocks by the peer address", arguments: TestDatabase.available)
    func liveServer(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.maxRequestBytes = 200_000 }) { t in
            let live = try t.app.testing(method: .running(hostname: "127.0.0.1", port: try closedLoopbackPort()))
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            var headers = HTTPHeaders()
            headers.contentType = .json
            let image = Data(try TestImages.jpeg()).base64EncodedString()
            let body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["session_id": id, "image": image]))
            let tooBig = try await live.sendRequest(.POST, "upload/selfie", headers: headers, body: body)
            #expect(tooBig.status == .badRequest)
            #expect(tooBig.body.string.contains("FILE_TOO_LARGE"))
            headers.add(name: "X-API-Key", value: key)
            let bigJSON = ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["telegram_id": "1", "metadata": ["x": image]]))
            let createTooBig = try await live.sendRequest(.POST, "session/create", headers: headers, body: bigJSON)
            #expect(createTooBig.body.string.contains("INVALID_REQUEST"))

            _ = try await t.request(.POST, "blocklist", key: key, json: ["type": "ip", "value": "127.0.0.1"])
            let small = ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["telegram_id": "2"]))
            let blocked = try await live.sendRequest(.POST, "session/create", headers: headers, body: small)
            #expect(blocked.status == .forbidden)
        }
    }

    @Test("the request log carries no API keys or user identifiers")
    func requestLogHasNoSecrets() async throws {
        let sink = LogSink()
        try await withTestApp(.sqlite) { t in
            let (key, _) = try await t.createTenant()
            t.app.logger = Logger(label: "test") { _ in sink }
            t.app.logger.logLevel = .info
            let id = try await t.createSession(key: key, telegramID: "263771234567")
            _ = try await t.request(.GET, "session/\(id)/status?api_key=\(key)")
            _ = try await t.request(.GET, "user/263771234567?api_key=\(key)")
        }
        let lines = sink.lines
        #expect(lines.count >= 3, "every request is logged")
        #expect(lines.contains { $0.contains("/user/:telegram_id") })
        #expect(!lines.contains { $0.contains("okyc_") || $0.contains("263771234567") })
    }
}

/// A port on loopback with nothing listening.
private func closedLoopbackPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Collects log lines (message and metadata) so a test can read what would be logged.
final class LogSink: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.withLock { stored } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        lock.withLock { stored.append("\(event.message) \(all)") }
    }
}
