import AsyncHTTPClient
import Foundation
import KYCCore
import NIOCore
import NIOHTTP1

/// Sends one event to its endpoint: the stored body, byte for byte, signed for the reference's
/// receiver code (`X-KYC-Signature`) and for Standard Webhooks libraries (`webhook-signature`).
struct WebhookSender: Sendable {
    let targets: WebhookTargets
    let clients: PinnedHTTPClients
    let timeout: TimeInterval

    /// What one attempt got.
    struct Result: Sendable {
        var statusCode: Int?
        /// Why there was no answer, or why the answer is not a success (never the response body).
        var error: String?
        var retryAfter: String?
        var duration: TimeInterval
    }

    /// What the receiver needs to check the event.
    struct Delivery: Sendable {
        let eventID: String
        let event: String
        let url: String
        let body: [UInt8]
        /// The tenant's signing secrets, current first.
        let secrets: [String]
    }

    func send(_ delivery: Delivery, now: Date) async -> Result {
        let started = ContinuousClock.now
        func elapsed() -> TimeInterval { (ContinuousClock.now - started).milliseconds / 1000 }
        let pinned: WebhookTargets.Pinned
        switch await targets.pin(delivery.url) {
        case .success(let value): pinned = value
        case .failure(let error): return Result(error: error.message, duration: elapsed())
        }
        var request = HTTPClientRequest(url: delivery.url)
        request.method = .POST
        request.headers = Self.headers(delivery, timestamp: Int(now.timeIntervalSince1970))
        request.body = .bytes(ByteBuffer(bytes: delivery.body))
        do {
            let client = await clients.client(host: pinned.url.host, address: pinned.address.description)
            let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            // Read (and drop) the answer so the connection can be reused; its content is the
            // receiver's business and is never stored.
            _ = try? await response.body.collect(upTo: 64 * 1024)
            let status = Int(response.status.code)
            return Result(statusCode: status, error: (200..<300).contains(status) ? nil : "HTTP \(status)",
                          retryAfter: response.headers.first(name: "Retry-After"), duration: elapsed())
        } catch {
            return Result(error: Self.describe(error), duration: elapsed())
        }
    }

    static func headers(_ delivery: Delivery, timestamp: Int) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "User-Agent", value: "OpenKYC-Webhooks/1")
        headers.add(name: "X-KYC-Event", value: delivery.event)
        headers.add(name: "X-KYC-Id", value: delivery.eventID)
        headers.add(name: "X-KYC-Timestamp", value: String(timestamp))
        if let current = delivery.secrets.first {
            headers.add(name: "X-KYC-Signature", value: WebhookSignature.reference(body: delivery.body, secret: current))
        }
        headers.add(name: "webhook-id", value: delivery.eventID)
        headers.add(name: "webhook-timestamp", value: String(timestamp))
        headers.add(name: "webhook-signature", value: delivery.secrets.compactMap {
            WebhookSignature.standard(id: delivery.eventID, timestamp: timestamp, body: delivery.body, secret: $0)
        }.joined(separator: " "))
        return headers
    }

    /// A short, stable description of a failed request for the delivery log.
    static func describe(_ error: any Error) -> String {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "timed out"
            case .remoteConnectionClosed: return "connection closed by the receiver"
            default: return "request failed: \(client)"
            }
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        return "request failed: \(type(of: error))"
    }
}
