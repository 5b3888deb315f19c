import Foundation
import Testing
import KYCCore

@Suite("Security primitives")
struct SecurityPrimitivesTests {
    @Test("API keys are random, prefixed, and stored as SHA-256")
    func apiKeys() {
        let a = Secrets.newAPIKey(), b = Secrets.newAPIKey()
        #expect(a != b)
        #expect(a.hasPrefix("okyc_") && a.count >= 45)
        #expect(Secrets.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Secrets.constantTimeEquals(a, a))
        #expect(!Secrets.constantTimeEquals(a, b))
        #expect(!Secrets.constantTimeEquals(a, String(a.dropLast())))
        #expect(!Secrets.constantTimeEquals("", "x"))
    }

    @Test("AES-GCM at rest: round trip, bound to its context, tamper-evident")
    func cipher() throws {
        let cipher = try AtRestCipher(keyBytes: AtRestCipher.generateKeyBytes())
        let plain = Array("a passport photo".utf8)
        let sealed = try cipher.seal(plain, context: "document:a")
        #expect(sealed != plain && sealed.count == plain.count + 28)
        #expect(try cipher.open(sealed, context: "document:a") == plain)
        #expect(throws: (any Error).self) { try cipher.open(sealed, context: "document:b") }
        var tampered = sealed
        tampered[14] ^= 1
        #expect(throws: (any Error).self) { try cipher.open(tampered, context: "document:a") }
        let other = try AtRestCipher(keyBytes: AtRestCipher.generateKeyBytes())
        #expect(throws: (any Error).self) { try other.open(sealed, context: "document:a") }
        #expect(throws: KYCError.self) { try AtRestCipher(keyBytes: [1, 2, 3]) }
    }

    @Test("blocklist rules: users, addresses, IPv4 and IPv6 networks")
    func blockRules() throws {
        let user = try BlockRule(kind: .telegramID, value: " 12345 ")
        #expect(user.matches(telegramID: "12345", clientIP: nil))
        #expect(!user.matches(telegramID: "123456", clientIP: nil))
        let v4 = try BlockRule(kind: .cidr, value: "196.27.128.0/17")
        #expect(v4.matches(telegramID: nil, clientIP: IPAddress("196.27.200.1")))
        #expect(!v4.matches(telegramID: nil, clientIP: IPAddress("196.27.127.255")))
        #expect(v4.matches(telegramID: nil, clientIP: IPAddress("::ffff:196.27.130.4")), "IPv4-mapped")
        let v6 = try BlockRule(kind: .cidr, value: "2c0f:fe38::/32")
        #expect(v6.matches(telegramID: nil, clientIP: IPAddress("2c0f:fe38:1::5")))
        #expect(!v6.matches(telegramID: nil, clientIP: IPAddress("2c0f:fe39::1")))
        #expect(!v6.matches(telegramID: nil, clientIP: IPAddress("196.27.200.1")))
        #expect(try BlockRule(kind: .ip, value: "::ffff:10.1.2.3").value == "10.1.2.3")
        #expect(try BlockRule(kind: .cidr, value: "0.0.0.0/0").matches(telegramID: nil, clientIP: IPAddress("8.8.8.8")))
        for (kind, value) in [(BlockRule.Kind.ip, "1.2.3"), (.ip, "x"), (.cidr, "1.2.3.4"), (.cidr, "1.2.3.4/40"),
                              (.cidr, "::/129"), (.telegramID, "")] {
            #expect(throws: KYCError.self, "\(kind) \(value)") { try BlockRule(kind: kind, value: value) }
        }
    }

    @Test("token bucket: bursts to the limit, refills with time, reports Retry-After")
    func rateLimiter() {
        let limiter = RateLimiter(limit: 3, window: 60)
        let t0 = Date(timeIntervalSince1970: 0)
        for _ in 0..<3 { #expect(limiter.acquire("a", now: t0).allowed) }
        let denied = limiter.acquire("a", now: t0)
        #expect(!denied.allowed)
        #expect(denied.retryAfter == 20)
        #expect(limiter.acquire("b", now: t0).allowed, "keys are independent")
        #expect(!limiter.acquire("a", now: t0.addingTimeInterval(19)).allowed)
        #expect(limiter.acquire("a", now: t0.addingTimeInterval(40)).allowed)

        let small = RateLimiter(limit: 1, window: 1, maxKeys: 10)
        for i in 0..<1000 { _ = small.acquire("k\(i)", now: t0.addingTimeInterval(Double(i))) }
        #expect(small.acquire("k999", now: t0.addingTimeInterval(999)).allowed == false, "recent state kept after pruning")
    }

    @Test("field rules normalise and name the field")
    func fieldRules() throws {
        #expect(try FieldRules.countryCode("zw") == "ZW")
        #expect(try FieldRules.username("@tendai_m") == "tendai_m")
        #expect(try FieldRules.phone("+263 77 123-4567") == "+263 77 123-4567")
        #expect(try FieldRules.text("  ", field: "x") == nil)
        #expect(try FieldRules.url("https://bank.example/hook?x=1", field: "webhook_url") != nil)
        let error = #expect(throws: KYCError.self) { try FieldRules.email("a@b") }
        #expect(error?.details["field"] == "email")
        #expect(throws: KYCError.self) { try FieldRules.url("javascript:alert(1)", field: "callback_url") }
        #expect(throws: KYCError.self) { try FieldRules.text("a\u{0007}b", field: "first_name") }
        #expect(throws: KYCError.self) { try FieldRules.metadata(.array([]), encodedSize: 2) }
    }
}
