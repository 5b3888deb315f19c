import Foundation

/// When to try a webhook again after an attempt that did not succeed.
///
/// The default is the Standard Webhooks schedule: immediately, then 5 s, 5 min, 30 min, 2 h,
/// 5 h, 10 h, 14 h, 20 h and 24 h after each failure (about three days, ten attempts). Every
/// delay gets up to `jitter` of itself added at random, so receivers that come back after an
/// outage are not hit by every sender's backlog in the same second.
public struct WebhookRetryPolicy: Sendable, Equatable {
    /// Delay before each attempt; the first is normally 0 (send at once).
    public var schedule: [TimeInterval]
    public var jitter: Double
    /// The longest `Retry-After` honoured; a receiver cannot park an event for longer.
    public var maxRetryAfter: TimeInterval

    public static let standardSchedule: [TimeInterval] = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]

    public init(schedule: [TimeInterval] = standardSchedule, jitter: Double = 0.1, maxRetryAfter: TimeInterval = 86400) {
        self.schedule = schedule
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
    }

    /// What to do after attempt number `attempt` (from 1) of the current schedule ended in `outcome`.
    public func next(after attempt: Int, outcome: WebhookAttemptOutcome,
                     random: () -> Double = { Double.random(in: 0..<1) }) -> WebhookNextStep {
        switch outcome {
        case .delivered: return .done
        case .gone: return .stop(reason: "the endpoint answered 410 Gone")
        case .failed(let retryAfter):
            guard attempt < schedule.count else { return .stop(reason: "every scheduled attempt failed") }
            if let retryAfter { return .retry(after: min(max(retryAfter, 0), maxRetryAfter)) }
            let delay = schedule[attempt]
            return .retry(after: delay + delay * jitter * random())
        }
    }

    /// Reads a schedule written as seconds, comma-separated ("0,5,300"); nil when malformed.
    public static func parseSchedule(_ text: String) -> [TimeInterval]? {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else { return nil }
        return values.map { $0! }
    }
}

/// How one delivery attempt ended, as far as retrying is concerned.
public enum WebhookAttemptOutcome: Sendable, Equatable {
    /// A 2xx answer.
    case delivered
    /// 410 Gone: the receiver says this endpoint is retired.
    case gone
    /// Anything else (other statuses, timeouts, refused connections, refused addresses), with
    /// the receiver's `Retry-After` when it sent one on a 429 or 503.
    case failed(retryAfter: TimeInterval?)

    /// Classifies an HTTP answer. `retryAfter` is the header's raw value.
    public static func from(status: Int, retryAfter: String?, now: Date) -> WebhookAttemptOutcome {
        if (200..<300).contains(status) { return .delivered }
        if status == 410 { return .gone }
        let honoured = (status == 429 || status == 503) ? retryAfter.flatMap { parseRetryAfter($0, now: now) } : nil
        return .failed(retryAfter: honoured)
    }

    /// `Retry-After` as seconds: either a number of seconds or an HTTP date.
    public static func parseRetryAfter(_ value: String, now: Date) -> TimeInterval? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return TimeInterval(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// After an attempt: finished, try again after a delay, or stop for good.
public enum WebhookNextStep: Sendable, Equatable {
    case done
    case retry(after: TimeInterval)
    case stop(reason: String)
}
