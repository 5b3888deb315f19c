import Foundation
import Testing
@testable import KYCCore

@Suite("Webhook rules: signatures, retry schedule, allowed targets")
struct WebhookRulesTests {
    // The Standard Webhooks specification's own example (secret, id, timestamp, body, signature).
    let specSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    let specBody = Array(#"{"test": 2432232314}"#.utf8)

    @Test("webhook-signature matches the Standard Webhooks specification's example")
    func standardVector() {
        #expect(WebhookSignature.standard(id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1614265330, body: specBody, secret: specSecret)
                == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test("X-KYC-Signature is the hex HMAC of the body keyed with the secret string (value from Python's hmac)")
    func referenceVector() {
        #expect(WebhookSignature.reference(body: specBody, secret: specSecret)
                == "sha256=80ec8a89ce3cd22133a1066caecb4d04fea7467657c8514d717ec42c38a5c94c")
        #expect(WebhookSignature.reference(body: specBody + [0x20], secret: specSecret)
                != WebhookSignature.reference(body: specBody, secret: specSecret))
    }

    @Test("new secrets are whsec_ + standard base64 of 32 bytes; old URL-safe secrets still give their bytes")
    func secrets() throws {
        let secret = WebhookSignature.newSecret()
        #expect(secret.hasPrefix("whsec_"))
        #expect(Data(base64Encoded: String(secret.dropFirst(6)))?.count == 32)
        #expect(WebhookSignature.newSecret() != secret)
        let bytes = (0..<32).map { UInt8($0 * 7 % 256) | 0x80 }
        let urlSafe = "whsec_" + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        #expect(WebhookSignature.standardKey(urlSafe) == bytes)
    }

    @Test("the default schedule is the Standard Webhooks one, with jitter only ever adding time")
    func schedule() {
        let policy = WebhookRetryPolicy()
        #expect(policy.schedule == [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400])
        let failed = WebhookAttemptOutcome.failed(retryAfter: nil)
        #expect(policy.next(after: 1, outcome: failed, random: { 0 }) == .retry(after: 5))
        #expect(policy.next(after: 2, outcome: failed, random: { 0.999 }) == .retry(after: 300 + 300 * 0.1 * 0.999))
        #expect(policy.next(after: 10, outcome: failed) == .stop(reason: "every scheduled attempt failed"))
        #expect(policy.next(after: 3, outcome: .delivered) == .done)
        if case .stop = policy.next(after: 1, outcome: .gone) {} else { Issue.record("410 must stop retries") }
    }

    @Test("only 2xx succeeds; 410 is gone; Retry-After is honoured on 429 and 503 only")
    func outcomes() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(WebhookAttemptOutcome.from(status: 204, retryAfter: nil, now: now) == .delivered)
        #expect(WebhookAttemptOutcome.from(status: 301, retryAfter: nil, now: now) == .failed(retryAfter: nil))
        #expect(WebhookAttemptOutcome.from(status: 410, retryAfter: nil, now: now) == .gone)
        #expect(WebhookAttemptOutcome.from(status: 429, retryAfter: "120", now: now) == .failed(retryAfter: 120))
        #expect(WebhookAttemptOutcome.from(status: 500, retryAfter: "120", now: now) == .failed(retryAfter: nil))
        // now is 2027-01-15T08:00:00Z: an HTTP date 30 s later means 30 s.
        #expect(WebhookAttemptOutcome.parseRetryAfter("Fri, 15 Jan 2027 08:00:30 GMT", now: now) == 30)
        #expect(WebhookAttemptOutcome.parseRetryAfter("soon", now: now) == nil)
        let policy = WebhookRetryPolicy()
        #expect(policy.next(after: 1, outcome: .failed(retryAfter: 30)) == .retry(after: 30))
        #expect(policy.next(after: 1, outcome: .failed(retryAfter: 1e9)) == .retry(after: 86400), "capped")
        #expect(WebhookRetryPolicy.parseSchedule("0, 1,2.5") == [0, 1, 2.5])
        #expect(WebhookRetryPolicy.parseSchedule("0,-1") == nil && WebhookRetryPolicy.parseSchedule("") == nil)
    }

    @Test("loopback, private, link-local, multicast and metadata addresses are refused; public ones pass",
          arguments: ["127.0.0.1", "10.1.2.3", "172.20.0.5", "192.168.1.1", "169.254.169.254", "100.100.100.200", "0.0.0.0",
                      "224.0.0.251", "100.64.1.1", "::1", "::", "fe80::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1",
                      "64:ff9b::a00:1", "2002:c0a8:101::1"])
    func refused(address: String) throws {
        #expect(WebhookAddressPolicy.refusal(for: try #require(IPAddress(address))) != nil)
    }

    @Test("public addresses pass", arguments: ["8.8.8.8", "196.43.1.1", "2c0f:fe38::1", "64:ff9b::808:808", "172.32.0.1"])
    func allowed(address: String) throws {
        #expect(WebhookAddressPolicy.refusal(for: try #require(IPAddress(address))) == nil)
    }

    @Test("webhook URLs: https only (http in development), no credentials, IP literals recognised")
    func urls() throws {
        #expect(try WebhookURL("https://bank.example/hook", field: "webhook_url", allowPrivate: false).host == "bank.example")
        #expect(try WebhookURL("https://[::1]:8443/h", field: "webhook_url", allowPrivate: false).literalAddress == IPAddress("::1"))
        #expect(throws: KYCError.self) { try WebhookURL("http://bank.example/hook", field: "webhook_url", allowPrivate: false) }
        #expect(try WebhookURL("http://127.0.0.1:9/h", field: "webhook_url", allowPrivate: true).literalAddress == IPAddress("127.0.0.1"))
        #expect(throws: KYCError.self) { try WebhookURL("https://user:pw@bank.example/", field: "webhook_url", allowPrivate: false) }
        #expect(throws: KYCError.self) { try WebhookURL("ftp://bank.example/", field: "webhook_url", allowPrivate: true) }
    }
}
