import Fluent
import Foundation
import KYCCore
import Testing
import VaporTesting
@testable import KYCServer

/// One configured application on a fresh database, with helpers to call the public API.
struct TestApp {
    let app: Application
    let clock: TestClock
    let config: AppConfig

    var tester: any TestingApplicationTester { get throws { try app.testing() } }

    /// Creates a business and returns its first API key and tenant id.
    func createTenant(name: String = "Acme Bank", requiresAddress: Bool = false) async throws -> (key: String, tenantID: String) {
        let created = try await TenantAdmin.createTenant(name: name, requiresAddress: requiresAddress,
                                                         cipher: app.kyc.cipher, on: app.db)
        return (created.apiKey, created.tenantID)
    }

    /// Sends a request and returns the response, with the body parsed as JSON when it is JSON.
    @discardableResult
    func request(_ method: HTTPMethod, _ path: String, key: String? = nil, json: Any? = nil,
                 headers extra: [(String, String)] = [], body: (ByteBuffer, HTTPMediaType)? = nil) async throws -> TestResponse {
        var headers = HTTPHeaders()
        if let key { headers.add(name: "X-API-Key", value: key) }
        for (name, value) in extra { headers.add(name: name, value: value) }
        var buffer: ByteBuffer?
        if let json {
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            headers.contentType = .json
        } else if let body {
            buffer = body.0
            headers.contentType = body.1
        }
        let response = try await tester.sendRequest(method, path, headers: headers, body: buffer)
        return TestResponse(response)
    }

    /// Creates a session for `telegramID` and returns its id.
    func createSession(key: String, telegramID: String = "100200300", extra: [String: Any] = [:]) async throws -> String {
        var body: [String: Any] = ["telegram_id": telegramID]
        body.merge(extra) { $1 }
        let response = try await request(.POST, "session/create", key: key, json: body)
        try #require(response.status == .ok, "create failed: \(response.text)")
        return try #require(response.object["session_id"] as? String)
    }

    /// Uploads files as multipart/form-data, the way a browser form does.
    func uploadMultipart(_ docType: String, sessionID: String?, files: [[UInt8]], key: String? = nil,
                         headers: [(String, String)] = [], fields: [(String, String)] = []) async throws -> TestResponse {
        let boundary = "----openkyc-test-" + UUID().uuidString
        var body = ByteBuffer()
        for (name, value) in (sessionID.map { [("session_id", $0)] } ?? []) + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (index, file) in files.enumerated() {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\(index)\"\r\n")
            body.writeString("Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        let type = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        return try await request(.POST, "upload/\(docType)", key: key, headers: headers, body: (body, type))
    }

    /// Uploads files as base64 in JSON (one string, or an array for several).
    func uploadJSON(_ docType: String, sessionID: String, files: [[UInt8]], key: String? = nil) async throws -> TestResponse {
        let encoded = files.map { Data($0).base64EncodedString() }
        let image: Any = encoded.count == 1 ? encoded[0] : encoded
        return try await request(.POST, "upload/\(docType)", key: key, json: ["session_id": sessionID, "image": image])
    }

    /// Asks for the session's liveness challenge, as the Mini App does before the liveness step.
    func livenessChallenge(_ sessionID: String, key: String? = nil) async throws -> TestResponse {
        try await request(.POST, "session/\(sessionID)/liveness/challenge", key: key)
    }

    /// The stored documents of a session, straight from the database.
    func documents(sessionID: String, docType: String? = nil) async throws -> [StoredDocument] {
        let query = StoredDocument.query(on: app.db).filter(\.$sessionID == UUID(uuidString: sessionID)!)
        if let docType { query.filter(\.$docType == docType) }
        return try await query.sort(\.$frameIndex).all()
    }
}

/// A response with its JSON body parsed.
struct TestResponse {
    let status: HTTPResponseStatus
    let headers: HTTPHeaders
    let text: String
    let json: Any?

    init(_ response: TestingHTTPResponse) {
        status = response.status
        headers = response.headers
        text = response.body.string
        json = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView), options: [.fragmentsAllowed])
    }

    var object: [String: Any] { json as? [String: Any] ?? [:] }
    /// The body as typed JSON (booleans and numbers kept apart), for schema checks.
    var jsonValue: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }
    var errorCode: String? { object["code"] as? String }
    var errorField: String? { (object["details"] as? [String: Any])?["field"] as? String }
}

/// Runs `body` against a fully configured application on a fresh `database`.
///
/// With `reuse`, the application opens an existing database and data directory (whose key
/// file it then uses) instead of fresh ones.
func withTestApp(
    _ database: TestDatabase,
    reuse existing: AppConfig.DatabaseSetting? = nil,
    dataDirectory existingDirectory: String? = nil,
    adjust: (inout AppConfig) -> Void = { _ in },
    _ body: (TestApp) async throws -> Void
) async throws {
    let (setting, cleanup) = try existing.map { ($0, {}) } ?? database.provision()
    defer { cleanup() }
    let dataDirectory = existingDirectory ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("openkyc-test-" + UUID().uuidString).path
    defer { if existingDirectory == nil { try? FileManager.default.removeItem(atPath: dataDirectory) } }
    var config = AppConfig(dataDirectory: dataDirectory, database: setting,
                           encryptionKey: existingDirectory == nil ? AtRestCipher.generateKeyBytes() : nil,
                           rateLimitPerKey: 10_000, rateLimitPerIP: 10_000)
    // Verifications compete for two cores with every other test: wait long enough for them.
    config.verifyWait = 180
    // Webhooks go to a receiver on loopback over http (the SSRF test turns this off).
    config.webhookAllowPrivate = true
    config.modelsDirectory = ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"] ?? TestImages.repository.appendingPathComponent("models").path
    adjust(&config)
    let clock = TestClock()
    try await withApp(configure: { app in
        app.logger.logLevel = .warning
        let engines = config.uploadLimits == UploadLimits() && config.modelsDirectory == TestEngines.shared.directory
            ? TestEngines.shared.engines : nil
        try await configure(app, config: config, clock: { clock.now }, engines: engines)
        try await app.autoMigrate()
        // The tester boots synchronously, which skips async lifecycle handlers: boot here so the
        // verification workers (and the expiry sweep) run as in the service.
        try await app.asyncBoot()
    }) { app in
        try await body(TestApp(app: app, clock: clock, config: config))
    }
}

/// One face engine and document reader for every test application (loading the models once
/// per application would load them dozens of times in a run).
enum TestEngines {
    static let shared: (directory: String, engines: VisionEngines) = {
        let directory = ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"] ?? TestImages.repository.appendingPathComponent("models").path
        return (directory, VisionEngines(modelsDirectory: directory, limits: UploadLimits()))
    }()
}
