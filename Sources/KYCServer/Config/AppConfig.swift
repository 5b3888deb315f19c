import Foundation
import KYCCore

/// Every setting the service reads, gathered once at start-up from the environment.
///
/// Nothing else reads the environment: code receives this value. `load` reports every bad
/// setting at once rather than failing on the first.
public struct AppConfig: Sendable {
    public enum DatabaseSetting: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(url: String)
    }

    /// What this process does: serve the API, run verification workers, or both.
    public enum Role: String, Sendable, CaseIterable {
        case all, api, worker

        public var servesHTTP: Bool { self != .worker }
        public var runsWorkers: Bool { self != .api }
    }

    public enum StorageBackend: String, Sendable {
        case local
        case database
    }

    /// SQLite file, stored documents and generated keys live here.
    public var dataDirectory: String
    public var database: DatabaseSetting
    public var storage: StorageBackend
    public var hostname: String
    public var port: Int
    /// The Mini App's base URL; nil means this server's own `/app` page.
    public var publicAppURL: String?
    /// This server's externally reachable base URL, for links it builds.
    public var publicBaseURL: String
    /// 32-byte AES key for data at rest; nil means a key generated and kept in the data directory.
    public var encryptionKey: [UInt8]?
    public var rateLimitPerKey: Int
    public var rateLimitPerIP: Int
    public var rateLimitWindow: TimeInterval
    public var uploadLimits: UploadLimits
    /// The largest request body accepted at all (several liveness frames, base64 overhead).
    public var maxRequestBytes: Int
    public var sessionTimeToLive: TimeInterval
    public var expirySweepInterval: TimeInterval
    /// Use X-Forwarded-For for the client IP (only behind a proxy that sets it).
    public var trustForwardedFor: Bool
    /// The dlib model files (scripts/setup-models.sh puts them in ./models).
    public var modelsDirectory: String
    /// Liveness challenges one session may be given (each is good for one attempt).
    public var livenessAttempts: Int
    /// How long a liveness challenge stays valid after it is issued (never past the session).
    public var livenessChallengeTimeToLive: TimeInterval
    public var role: Role = .all
    /// Verification jobs this process works on at once (when its role runs workers).
    public var workerConcurrency = 1
    /// How often an idle worker looks for jobs queued by other processes.
    public var workerPollInterval: TimeInterval = 0.5
    /// How long `POST /verify` waits for the decision before answering 202.
    public var verifyWait: TimeInterval = 20
    /// A worker's lease on a job; renewed every third of it while the worker is alive.
    public var jobLease: TimeInterval = 60
    /// Attempts before a job gives up and sends the session to review.
    public var jobMaxAttempts = 3
    /// When webhooks are retried (Standard Webhooks schedule by default; tests use seconds).
    public var webhookRetry = WebhookRetryPolicy()
    /// How long one webhook request may take, connection included.
    public var webhookTimeout: TimeInterval = 15
    /// Webhooks one process sends at once.
    public var webhookConcurrency = 16
    /// How often an idle dispatcher looks for events written by other processes or come due.
    public var webhookPollInterval: TimeInterval = 0.5
    /// Unsafe outside development: lets webhook and callback URLs use http and private,
    /// loopback or link-local addresses.
    public var webhookAllowPrivate = false
    /// How old a Mini App's Telegram initData (`auth_date`) may be.
    public var telegramInitDataMaxAge: TimeInterval = 3600
    /// Telegram's Ed25519 key for initData signatures (raw 32 bytes); tests use their own.
    public var telegramPublicKey = TelegramAccess.productionPublicKey

    /// A dispatcher's hold on the events it is sending: longer than any request can take, so
    /// a live dispatcher never loses an event mid-request; a dead one's events are free again soon.
    public var webhookLease: TimeInterval { webhookTimeout * 2 + 10 }

    public init(
        dataDirectory: String = "./data",
        database: DatabaseSetting? = nil,
        storage: StorageBackend = .local,
        hostname: String = "127.0.0.1",
        port: Int = 8080,
        publicAppURL: String? = nil,
        publicBaseURL: String? = nil,
        encryptionKey: [UInt8]? = nil,
        rateLimitPerKey: Int = 600,
        rateLimitPerIP: Int = 300,
        rateLimitWindow: TimeInterval = 60,
        uploadLimits: UploadLimits = UploadLimits(),
        maxRequestBytes: Int = 48 * 1024 * 1024,
        sessionTimeToLive: TimeInterval = SessionProgress.defaultTimeToLive,
        expirySweepInterval: TimeInterval = 60,
        trustForwardedFor: Bool = false,
        modelsDirectory: String = "./models",
        livenessAttempts: Int = 3,
        livenessChallengeTimeToLive: TimeInterval = 600
    ) {
        self.dataDirectory = dataDirectory
        self.database = database ?? .sqliteFile(dataDirectory + "/openkyc.sqlite")
        self.storage = storage
        self.hostname = hostname
        self.port = port
        self.publicAppURL = publicAppURL
        self.publicBaseURL = publicBaseURL ?? "http://\(hostname == "0.0.0.0" ? "localhost" : hostname):\(port)"
        self.encryptionKey = encryptionKey
        self.rateLimitPerKey = rateLimitPerKey
        self.rateLimitPerIP = rateLimitPerIP
        self.rateLimitWindow = rateLimitWindow
        self.uploadLimits = uploadLimits
        self.maxRequestBytes = maxRequestBytes
        self.sessionTimeToLive = sessionTimeToLive
        self.expirySweepInterval = expirySweepInterval
        self.trustForwardedFor = trustForwardedFor
        self.modelsDirectory = modelsDirectory
        self.livenessAttempts = livenessAttempts
        self.livenessChallengeTimeToLive = livenessChallengeTimeToLive
    }

    /// Where users are sent to complete a session.
    public func miniAppURL(sessionID: UUID) -> String {
        let base = publicAppURL ?? publicBaseURL + "/app"
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + "session_id=" + sessionID.uuidString.lowercased()
    }
}

/// A configuration that could not be read; lists every problem.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String {
        "Invalid configuration:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
