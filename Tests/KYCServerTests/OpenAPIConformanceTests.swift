import Foundation
import KYCCore
import Testing
import VaporTesting
@testable import KYCServer

@Suite("OpenAPI description")
struct OpenAPIConformanceTests {
    /// Exercises every documented JSON response (success and error) and checks each real
    /// response body against the schema `/openapi.json` declares for it.
    @Test("real responses match /openapi.json", arguments: TestDatabase.available)
    func responsesMatchSpec(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.trustForwardedFor = true }) { t in
            let specResponse = try await t.request(.GET, "openapi.json")
            #expect(specResponse.status == .ok)
            let document = try #require(specResponse.object as [String: Any]?)
            #expect(document["openapi"] as? String == "3.1.0")
            let validator = SchemaValidator(document: document)
            var checked = Set<String>()

            func check(_ template: String, _ method: HTTPMethod, _ response: TestResponse,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
                let status = Int(response.status.code)
                let schema = try #require(validator.responseSchema(path: template, method: method.rawValue, status: status),
                                          "no schema for \(method) \(template) \(status)", sourceLocation: sourceLocation)
                let json = try #require(response.jsonValue, "not JSON: \(response.text)", sourceLocation: sourceLocation)
                let problems = validator.problems(json, against: schema)
                #expect(problems.isEmpty, "\(method) \(template) \(status): \(problems)", sourceLocation: sourceLocation)
                checked.insert("\(method) \(template) \(status)")
            }

            let (key, _) = try await t.createTenant()
            let create = try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "1", "metadata": ["k": "v"]])
            try check("/session/create", .POST, create)
            let id = try #require(create.object["session_id"] as? String)
            try check("/session/create", .POST, try await t.request(.POST, "session/create", key: key, json: ["email": "x"]))
            try check("/session/create", .POST, try await t.request(.POST, "session/create", json: ["telegram_id": "1"]))

            try check("/session/{session_id}/status", .GET, try await t.request(.GET, "session/\(id)/status"))
            try check("/session/{session_id}/status", .GET, try await t.request(.GET, "session/\(id)/status", key: key))
            try check("/session/{session_id}/status", .GET, try await t.request(.GET, "session/invalid-session-id/status"))
            try check("/session/{session_id}/status", .GET, try await t.request(.GET, "session/\(id)/status", key: "okyc_no"))

            try check("/session/{session_id}/personal-info", .POST,
                      try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "A", "last_name": "B"]))
            try check("/session/{session_id}/personal-info", .POST,
                      try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "A"]))

            try check("/upload/{doc_type}", .POST, try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg()]))
            try check("/upload/{doc_type}", .POST, try await t.uploadJSON("liveness", sessionID: id, files: [try TestImages.jpeg()]))
            try check("/session/{session_id}/liveness/challenge", .POST, try await t.livenessChallenge(id))
            try check("/upload/{doc_type}", .POST, try await t.uploadJSON("liveness", sessionID: id,
                                                                          files: [try TestImages.jpeg(), try TestImages.png()]))
            try check("/upload/{doc_type}", .POST, try await t.uploadMultipart("selfie", sessionID: id, files: [[1, 2, 3]]))
            try check("/upload/{doc_type}", .POST, try await t.uploadMultipart("selfie", sessionID: UUID().uuidString, files: [[1]]))

            try check("/user/{telegram_id}", .GET, try await t.request(.GET, "user/1", key: key))
            try check("/user/{telegram_id}", .GET, try await t.request(.GET, "user/2", key: key))
            try check("/user/{telegram_id}", .GET, try await t.request(.GET, "user/1"))

            let added = try await t.request(.POST, "blocklist", key: key, json: ["type": "ip", "value": "203.0.113.9"])
            try check("/blocklist", .POST, added)
            try check("/blocklist", .POST, try await t.request(.POST, "blocklist", key: key, json: ["type": "ip"]))
            try check("/blocklist", .GET, try await t.request(.GET, "blocklist", key: key))
            try check("/blocklist/{entry_id}", .DELETE, try await t.request(.DELETE, "blocklist/\(UUID().uuidString)", key: key))
            try check("/session/create", .POST, try await t.request(.POST, "session/create", key: key, json: ["telegram_id": "9"],
                                                                    headers: [("X-Forwarded-For", "203.0.113.9")]))

            try check("/health", .GET, try await t.request(.GET, "health"))
            try check("/livez", .GET, try await t.request(.GET, "livez"))
            try check("/session/{session_id}/liveness/challenge", .POST,
                      try await t.request(.POST, "session/\(UUID().uuidString)/liveness/challenge"))
            try check("/webhooks/settings", .GET, try await t.request(.GET, "webhooks/settings", key: key))
            try check("/webhooks/settings", .PUT, try await t.request(.PUT, "webhooks/settings", key: key,
                                                                       json: ["webhook_url": "https://hooks.bank.example/kyc"]))
            try check("/webhooks/settings", .PUT, try await t.request(.PUT, "webhooks/settings", key: key, json: ["webhook_url": "ftp://x"]))
            try check("/webhooks/secret/rotate", .POST, try await t.request(.POST, "webhooks/secret/rotate", key: key,
                                                                             json: ["overlap_seconds": 60]))
            try check("/webhooks/replay", .POST, try await t.request(.POST, "webhooks/replay", key: key, json: ["since": "2026-01-01T00:00:00Z"]))
            try check("/webhooks/replay", .POST, try await t.request(.POST, "webhooks/replay", key: key, json: ["since": "yesterday"]))
            try check("/webhooks/events/{event_id}/redeliver", .POST, try await t.request(.POST, "webhooks/events/evt_x/redeliver", key: key))
            try check("/session/{session_id}/webhooks", .GET, try await t.request(.GET, "session/\(id)/webhooks", key: key))
            #expect(checked.count == 32, "\(checked.sorted())")
        }
        try await withTestApp(database, adjust: { $0.rateLimitPerIP = 1 }) { t in
            let validator = SchemaValidator(document: try #require(try await t.request(.GET, "openapi.json").object as [String: Any]?))
            _ = try await t.request(.GET, "session/x/status")
            let limited = try await t.request(.GET, "session/x/status")
            #expect(limited.status == .tooManyRequests)
            let schema = try #require(validator.responseSchema(path: "/session/{session_id}/status", method: "GET", status: 429))
            #expect(validator.problems(try #require(limited.jsonValue), against: schema).isEmpty)
        }
    }

    @Test("every route the server registers is described, and nothing else")
    func routesAreDocumented() async throws {
        try await withTestApp(.sqlite) { t in
            let document = try #require(try await t.request(.GET, "openapi.json").object as [String: Any]?)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            let served = Set(t.app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return path.hasPrefix("/app") ? nil : "\(route.method.rawValue) \(path)"
            })
            #expect(documented == served)
        }
    }
}
