import Foundation
import KYCCore

extension AppConfig {
    /// Reads the configuration from environment variables, reporting every invalid one.
    public static func load(from environment: [String: String]) throws -> AppConfig {
        var reader = EnvironmentReader(environment)
        let dataDirectory = reader.string("OPENKYC_DATA_DIR") ?? "./data"
        // Not HOSTNAME: Docker and Kubernetes set that to the container's name.
        let hostname = reader.string("OPENKYC_HOST") ?? "127.0.0.1"
        let port = reader.int("PORT", in: 1...65535) ?? 8080
        var database: DatabaseSetting?
        if let url = reader.string("DATABASE_URL") {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { database = .postgres(url: url) }
            else if url.hasPrefix("sqlite://") { database = .sqliteFile(String(url.dropFirst("sqlite://".count))) }
            else { reader.problem("DATABASE_URL must start with postgres:// or sqlite://") }
        }
        var storage = StorageBackend.local
        if let raw = reader.string("OPENKYC_STORAGE") {
            if let value = StorageBackend(rawValue: raw) { storage = value }
            else { reader.problem("OPENKYC_STORAGE must be local or database") }
        }
        var key: [UInt8]?
        if let raw = reader.string("OPENKYC_ENCRYPTION_KEY") {
            if let data = Data(base64Encoded: raw), data.count == 32 { key = Array(data) }
            else { reader.problem("OPENKYC_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)") }
        }
        let defaults = UploadLimits()
        let limits = UploadLimits(
            maxBytes: reader.int("OPENKYC_MAX_UPLOAD_BYTES", in: 1024...(512 << 20)) ?? defaults.maxBytes,
            maxPixels: reader.int("OPENKYC_MAX_IMAGE_PIXELS", in: 1...1_000_000_000) ?? defaults.maxPixels,
            maxFrames: reader.int("OPENKYC_MAX_LIVENESS_FRAMES", in: 1...300) ?? defaults.maxFrames
        )
        let config = AppConfig(
            dataDirectory: dataDirectory,
            database: database,
            storage: storage,
            hostname: hostname,
            port: port,
            publicAppURL: reader.string("PUBLIC_APP_URL"),
            publicBaseURL: reader.string("OPENKYC_PUBLIC_URL"),
            encryptionKey: key,
            rateLimitPerKey: reader.int("OPENKYC_RATE_LIMIT_PER_KEY", in: 1...10_000_000) ?? 600,
            rateLimitPerIP: reader.int("OPENKYC_RATE_LIMIT_PER_IP", in: 1...10_000_000) ?? 300,
            rateLimitWindow: TimeInterval(reader.int("OPENKYC_RATE_LIMIT_WINDOW_SECONDS", in: 1...86_400) ?? 60),
            uploadLimits: limits,
            maxRequestBytes: reader.int("OPENKYC_MAX_REQUEST_BYTES", in: 1024...(2 << 30)) ?? 48 << 20,
            sessionTimeToLive: TimeInterval(reader.int("OPENKYC_SESSION_TTL_SECONDS", in: 60...(30 * 86_400)) ?? 86_400),
            expirySweepInterval: TimeInterval(reader.int("OPENKYC_EXPIRY_SWEEP_SECONDS", in: 1...86_400) ?? 60),
            trustForwardedFor: reader.bool("OPENKYC_TRUST_FORWARDED_FOR") ?? false,
            modelsDirectory: reader.string("OPENKYC_MODELS_DIR") ?? "./models",
            livenessAttempts: reader.int("OPENKYC_LIVENESS_ATTEMPTS", in: 1...20) ?? 3,
            livenessChallengeTimeToLive: TimeInterval(reader.int("OPENKYC_LIVENESS_CHALLENGE_SECONDS", in: 30...86_400) ?? 600)
        )
        var adjusted = config
        if let raw = reader.string("OPENKYC_ROLE") {
            if let role = Role(rawValue: raw) { adjusted.role = role }
            else { reader.problem("OPENKYC_ROLE must be all, api or worker") }
        }
        adjusted.workerConcurrency = reader.int("OPENKYC_WORKERS", in: 1...64) ?? 1
        adjusted.verifyWait = TimeInterval(reader.int("OPENKYC_VERIFY_WAIT_SECONDS", in: 0...300) ?? 20)
        adjusted.jobLease = TimeInterval(reader.int("OPENKYC_JOB_LEASE_SECONDS", in: 3...3600) ?? 60)
        adjusted.jobMaxAttempts = reader.int("OPENKYC_JOB_ATTEMPTS", in: 1...20) ?? 3
        if let raw = reader.string("OPENKYC_WEBHOOK_RETRY_SCHEDULE") {
            if let schedule = WebhookRetryPolicy.parseSchedule(raw), schedule.count <= 50 { adjusted.webhookRetry.schedule = schedule }
            else { reader.problem("OPENKYC_WEBHOOK_RETRY_SCHEDULE must be 1 to 50 delays in seconds, comma-separated (0,5,300,…)") }
        }
        adjusted.webhookTimeout = TimeInterval(reader.int("OPENKYC_WEBHOOK_TIMEOUT_SECONDS", in: 1...60) ?? 15)
        adjusted.webhookConcurrency = reader.int("OPENKYC_WEBHOOK_CONCURRENCY", in: 1...256) ?? 16
        adjusted.webhookAllowPrivate = reader.bool("OPENKYC_WEBHOOK_ALLOW_PRIVATE") ?? false
        adjusted.telegramInitDataMaxAge = TimeInterval(reader.int("OPENKYC_TELEGRAM_INIT_DATA_MAX_AGE_SECONDS", in: 60...604_800) ?? 3600)
        if let hex = reader.string("OPENKYC_TELEGRAM_PUBLIC_KEY") {
            if let key = TelegramInitData.bytes(hex: hex), key.count == 32 { adjusted.telegramPublicKey = key } else {
                reader.problem("OPENKYC_TELEGRAM_PUBLIC_KEY must be 64 hex digits (an Ed25519 public key)")
            }
        }
        if !reader.problems.isEmpty { throw ConfigurationError(problems: reader.problems) }
        return adjusted
    }
}

/// Typed reads of environment variables that collect problems instead of throwing.
private struct EnvironmentReader {
    let environment: [String: String]
    private(set) var problems: [String] = []

    init(_ environment: [String: String]) { self.environment = environment }

    mutating func problem(_ text: String) { problems.append(text) }

    func string(_ name: String) -> String? {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    mutating func int(_ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let raw = string(name) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            problem("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func bool(_ name: String) -> Bool? {
        guard let raw = string(name)?.lowercased() else { return nil }
        switch raw {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            problem("\(name) must be true or false")
            return nil
        }
    }
}
