import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import KYCCore
import NIOPosix
import SQLKit
import Vapor

/// Wires a Vapor application from one configuration: database, storage, middleware, routes.
///
/// - Parameters:
///   - clock: the time source (tests move it to check expiry).
///   - engines: the vision engines to use; nil loads this application's own on first use
///     (tests share one set across their many applications).
func configure(_ app: Application, config: AppConfig, clock: @escaping @Sendable () -> Date = { Date() },
               engines: VisionEngines? = nil) async throws {
    try FileManager.default.createDirectory(atPath: config.dataDirectory, withIntermediateDirectories: true)
    // SQLite statements run on this pool, and a writer that meets another connection's write
    // lock waits on its thread until the lock is free: with the process-wide pool's two threads
    // (one per core), two waiters would leave none for the lock's holder. Set before the
    // database, which takes the pool it finds.
    app.threadPool = NIOThreadPool(numberOfThreads: 16)
    try configureDatabase(app, config.database)
    app.migrations.add(OpenKYCMigrations.all)
    if case .sqliteFile = config.database, let sql = app.db as? any SQLDatabase {
        // Readers go on while a verification writes its decision (write-ahead log).
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    let cipher = try AtRestCipher(keyBytes: try config.encryptionKey ?? KeyFile.loadOrCreate(in: config.dataDirectory))
    let store: any DocumentStore
    switch config.storage {
    case .local:
        let root = URL(fileURLWithPath: config.dataDirectory).appendingPathComponent("documents")
        store = LocalFileDocumentStore(root: root, threadPool: app.threadPool)
    case .database:
        store = DatabaseDocumentStore(database: { [unowned app] in app.db })
    }
    app.kyc = KYCServices(
        config: config,
        cipher: cipher,
        documents: EncryptedDocumentStore(inner: store, cipher: cipher),
        keyLimiter: RateLimiter(limit: config.rateLimitPerKey, window: config.rateLimitWindow),
        ipLimiter: RateLimiter(limit: config.rateLimitPerIP, window: config.rateLimitWindow),
        metrics: HTTPMetrics(),
        clock: clock,
        engines: engines ?? VisionEngines(modelsDirectory: config.modelsDirectory, limits: config.uploadLimits),
        faceIndex: FaceIndex(cipher: cipher),
        verificationQueue: VerificationQueue(leaseDuration: config.jobLease, maxAttempts: config.jobMaxAttempts),
        workSignal: WorkSignal(),
        fraudLimits: FraudChecks.Limits(),
        webhookTargets: WebhookTargets(resolver: HostResolver(threadPool: app.threadPool), allowPrivate: config.webhookAllowPrivate),
        webhookQueue: WebhookQueue(leaseDuration: config.webhookLease, retry: config.webhookRetry),
        webhookSignal: WorkSignal())

    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    // gzip for clients that ask (the Mini App's files and JSON travel over slow mobile data);
    // images and videos come in, not out, so nothing large is compressed twice.
    app.http.server.configuration.responseCompression = .enabled(initialByteBufferCapacity: 1024)
    // JSON bodies (metadata up to 16 KiB plus fields); uploads set their own, larger limit.
    app.routes.defaultMaxBodySize = "64kb"
    // Vapor's default middleware logs full URLs (with ?api_key= and user ids): replace it.
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(KYCErrorMiddleware())
    app.middleware.use(RateLimitMiddleware())
    app.lifecycle.use(ExpirySweeper())
    if config.role.runsWorkers {
        app.lifecycle.use(VerificationWorkers())
        app.lifecycle.use(WebhookDispatchers(eventLoopGroup: app.eventLoopGroup, timeout: config.webhookTimeout))
    }
    routes(app)
}

private func configureDatabase(_ app: Application, _ setting: AppConfig.DatabaseSetting) throws {
    switch setting {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url):
        // `sslmode` in the URL works as with libpq (default: prefer TLS when the server offers it).
        let postgres = try SQLPostgresConfiguration(url: url)
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: 4), as: .psql)
    }
}
