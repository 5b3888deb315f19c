import Foundation
import Synchronization

/// A token-bucket limiter keyed by caller (an API key, a client IP).
///
/// Each key may burst up to `limit` requests and refills at `limit` per `window`. State lives
/// in this process; with several instances behind a balancer each enforces its own share.
public final class RateLimiter: Sendable {
    public struct Decision: Sendable, Equatable {
        public let allowed: Bool
        /// Seconds until one more request would be allowed (0 when allowed).
        public let retryAfter: Int
    }

    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    public let limit: Int
    public let window: TimeInterval
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Buckets kept at most; full buckets are dropped first when it is reached.
    private let maxKeys: Int

    public init(limit: Int, window: TimeInterval = 60, maxKeys: Int = 100_000) {
        self.limit = max(1, limit)
        self.window = window
        self.maxKeys = maxKeys
    }

    /// Takes one token for `key` if there is one.
    public func acquire(_ key: String, now: Date = Date()) -> Decision {
        let rate = Double(limit) / window
        let capacity = Double(limit)
        return buckets.withLock { buckets in
            if buckets.count >= maxKeys { Self.prune(&buckets, now: now, rate: rate, capacity: capacity) }
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = max(0, now.timeIntervalSince(bucket.updated))
            bucket.tokens = min(capacity, bucket.tokens + elapsed * rate)
            bucket.updated = now
            defer { buckets[key] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return Decision(allowed: true, retryAfter: 0)
            }
            let wait = (1 - bucket.tokens) / rate
            return Decision(allowed: false, retryAfter: max(1, Int(wait.rounded(.up))))
        }
    }

    /// Drops buckets that have refilled completely: they behave exactly like absent ones.
    private static func prune(_ buckets: inout [String: Bucket], now: Date, rate: Double, capacity: Double) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + now.timeIntervalSince(bucket.updated) * rate < capacity
        }
    }
}
