import Foundation
import Testing
import Vapor

/// The loopback webhook receiver (Tests/webhooks/receiver.py), run with the tools Python that
/// has the PyPI `standardwebhooks` verifier. See that file for its answer plans.
final class WebhookReceiver: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let client: any Client

    /// One request the receiver got.
    struct Request {
        let path: String
        let answer: String
        let at: Double
        let headers: [String: String]
        let body: Data

        var eventID: String? { headers["x-kyc-id"] }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    /// How the reference code and `standardwebhooks` judged one request, per secret given.
    struct Verdict {
        let id: String?
        let reference: [Bool]
        let standard: [Bool]
    }

    init(client: any Client) throws {
        self.client = client
        let python = try #require(ProcessInfo.processInfo.environment["TOOLS_PYTHON"],
                                  "TOOLS_PYTHON is not set: run the tests with scripts/test")
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestImages.repository.appendingPathComponent("Tests/webhooks/receiver.py").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw ReceiverFailed(reason: "the receiver did not start: \(text)")
        }
        self.port = port
    }

    deinit { if process.isRunning { process.terminate() } }

    struct ReceiverFailed: Error { let reason: String }

    /// The URL whose requests are answered by `plan` (e.g. "500,500,500,200"); `tag` keeps two
    /// tests' plans apart.
    func url(_ plan: String, tag: String = UUID().uuidString.prefix(8).lowercased()) -> String {
        "http://127.0.0.1:\(port)/hook/\(plan)?t=\(tag)"
    }

    func received() async throws -> [Request] {
        let response = try await client.get(URI(string: "http://127.0.0.1:\(port)/_received"))
        let list = try JSONSerialization.jsonObject(with: Data(buffer: try #require(response.body))) as? [[String: Any]] ?? []
        return list.map {
            Request(path: $0["path"] as? String ?? "", answer: $0["answer"] as? String ?? "", at: $0["at"] as? Double ?? 0,
                    headers: $0["headers"] as? [String: String] ?? [:],
                    body: Data(base64Encoded: $0["body"] as? String ?? "") ?? Data())
        }
    }

    /// Requests to `url` only.
    func received(at url: String) async throws -> [Request] {
        let path = String(url.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" })
        return try await received().filter { $0.path == path }
    }

    /// Waits until `url` has had `count` requests (or `timeout` passes), then returns them.
    func wait(for count: Int, at url: String, timeout: Duration = .seconds(60)) async throws -> [Request] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let got = try await received(at: url)
            if got.count >= count || ContinuousClock.now > deadline { return got }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Every request checked with the reference's receiver code and with `standardwebhooks`.
    func verify(secrets: [String]) async throws -> [Verdict] {
        let response = try await client.post(URI(string: "http://127.0.0.1:\(port)/_verify")) { request in
            try request.content.encode(["secrets": secrets], as: .json)
        }
        let list = try JSONSerialization.jsonObject(with: Data(buffer: try #require(response.body))) as? [[String: Any]] ?? []
        return list.map {
            Verdict(id: $0["id"] as? String, reference: $0["reference"] as? [Bool] ?? [], standard: $0["standard"] as? [Bool] ?? [])
        }
    }
}
