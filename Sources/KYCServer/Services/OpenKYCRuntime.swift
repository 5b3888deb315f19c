import Fluent
import Foundation
import KYCCore
import Vapor

/// What the `openkyc` executable needs from the server library: running the service and the
/// administrative commands, each on a fully configured application.
public enum OpenKYCRuntime {
    /// Runs the service until interrupted: the HTTP API, verification workers, or both, as
    /// `config.role` says. Migrations run first; with `demo`, a demo tenant's fresh API key is printed.
    public static func serve(config: AppConfig, demo: Bool) async throws {
        if !config.role.servesHTTP { return try await runWorkers(config: config) }
        var environment = try Environment.detect(arguments: ["openkyc", "serve"])
        environment.arguments = ["openkyc", "serve"]
        let app = try await Application.make(environment)
        do {
            try await configure(app, config: config)
            try await app.autoMigrate()
            if demo {
                let key = try await TenantAdmin.demoKey(cipher: app.kyc.cipher, now: Date(), on: app.db)
                // Written straight to the file descriptor: print() is buffered when stdout is a file.
                FileHandle.standardOutput.write(Data("""

                  OpenKYC is starting on http://\(config.hostname):\(config.port)
                  Demo tenant API key (shown once; a new one is made at every start):

                      \(key.apiKey)

                  Try:  curl -s -X POST http://\(config.hostname):\(config.port)/session/create \\
                          -H 'X-API-Key: \(key.apiKey)' -H 'Content-Type: application/json' \\
                          -d '{"telegram_id": "123456789", "first_name": "Tendai", "last_name": "Moyo"}'

                """.utf8))
            }
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Verification workers without the HTTP API, until SIGINT or SIGTERM; the job in hand
    /// is finished first.
    static func runWorkers(config: AppConfig) async throws {
        var environment = Environment.production
        environment.arguments = ["openkyc"]
        let app = try await Application.make(environment)
        do {
            try await configure(app, config: config)
            try await app.autoMigrate()
            // Boot (runs the workers' lifecycle handler) without startup(), which would also
            // start the HTTP server: workers listen on no port, so any number run on one machine.
            try await app.asyncBoot()
            app.logger.notice("verification workers running", metadata: ["workers": "\(config.workerConcurrency)"])
            await StopSignal.wait()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Runs `body` with a configured application that does not serve HTTP.
    public static func withAdmin<T: Sendable>(config: AppConfig, _ body: (Admin) async throws -> T) async throws -> T {
        var environment = Environment.production
        environment.arguments = ["openkyc"]
        let app = try await Application.make(environment)
        app.logger.logLevel = .warning
        do {
            try await configure(app, config: config)
            let result = try await body(Admin(app: app))
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Administrative operations, all through the same code paths as the API.
    public struct Admin: Sendable {
        let app: Application

        /// Names of migrations that have not run yet.
        public func pendingMigrations() async throws -> [String] {
            try await app.migrator.setupIfNeeded().get()
            return try await app.migrator.previewPrepareBatch().get().map { "\(type(of: $0.0))" }
        }

        public func migrate() async throws { try await app.autoMigrate() }

        public func createTenant(name: String, requiresAddress: Bool) async throws -> TenantAdmin.CreatedTenant {
            try await app.autoMigrate()
            return try await TenantAdmin.createTenant(name: name, requiresAddress: requiresAddress,
                                                      cipher: app.kyc.cipher, on: app.db)
        }

        /// Changes the given settings of a tenant's policy; returns the policy in force.
        public func updatePolicy(tenantID: UUID, _ change: PolicyChange) async throws -> PolicyView {
            try await app.autoMigrate()
            guard let tenant = try await Tenant.find(tenantID, on: app.db) else { throw KYCError(.notFound, "Tenant not found") }
            if let value = change.minimumAge { tenant.minimumAge = value }
            if let value = change.autoApprove { tenant.autoApprove = value }
            if let value = change.autoBlocklist { tenant.autoBlocklist = value }
            try await tenant.save(on: app.db)
            let policy = tenant.policy
            return PolicyView(tenantID: tenantID.uuidString.lowercased(), minimumAge: policy.minimumAge, autoApprove: policy.autoApprove,
                              autoBlocklist: policy.autoBlocklistOnHighRisk, requiresAddress: policy.requiresAddress,
                              faceNoMatchDistance: policy.face.noMatchFrom, faceAutoApproveDistance: policy.face.autoMatchBelow)
        }

        public func listTenants() async throws -> [TenantAdmin.TenantSummary] {
            try await TenantAdmin.listTenants(on: app.db)
        }

        public func createKey(tenantID: UUID, label: String?) async throws -> TenantAdmin.CreatedKey {
            try await TenantAdmin.issueKey(tenantID: tenantID, label: label, on: app.db)
        }

        public func revokeKey(id: UUID) async throws {
            try await TenantAdmin.revokeKey(id: id, now: Date(), on: app.db)
        }

        public func addBlock(tenantID: UUID, kind: BlockRule.Kind, value: String, reason: String?) async throws
            -> BlockEntryView
        {
            guard try await Tenant.find(tenantID, on: app.db) != nil else {
                throw KYCError(.notFound, "Tenant not found")
            }
            let entry = try await BlocklistService.add(
                tenantID: tenantID, rule: try BlockRule(kind: kind, value: value), reason: reason, source: "cli",
                now: Date(), on: app.db)
            return BlockEntryView(entry.response)
        }

        public func listBlocks(tenantID: UUID) async throws -> [BlockEntryView] {
            try await BlocklistService.list(tenantID: tenantID, on: app.db).map { BlockEntryView($0.response) }
        }

        public func removeBlock(tenantID: UUID, id: UUID) async throws -> Bool {
            try await BlocklistService.remove(tenantID: tenantID, id: id, on: app.db)
        }
    }

    public struct PolicyChange: Sendable {
        let minimumAge: Int?
        let autoApprove: Bool?
        let autoBlocklist: Bool?
        public init(minimumAge: Int?, autoApprove: Bool?, autoBlocklist: Bool?) {
            self.minimumAge = minimumAge
            self.autoApprove = autoApprove
            self.autoBlocklist = autoBlocklist
        }
    }

    /// A tenant's policy for printing.
    public struct PolicyView: Encodable, Sendable {
        let tenantID: String
        let minimumAge: Int
        let autoApprove: Bool
        let autoBlocklist: Bool
        let requiresAddress: Bool
        let faceNoMatchDistance: Double
        let faceAutoApproveDistance: Double

        enum CodingKeys: String, CodingKey {
            case tenantID = "tenant_id", minimumAge = "minimum_age", autoApprove = "auto_approve", autoBlocklist = "auto_blocklist"
            case requiresAddress = "requires_address", faceNoMatchDistance = "face_no_match_distance"
            case faceAutoApproveDistance = "face_auto_approve_distance"
        }
    }

    /// A blocklist entry for printing.
    public struct BlockEntryView: Encodable, Sendable {
        let entry: BlockEntryResponse
        init(_ entry: BlockEntryResponse) { self.entry = entry }
        public func encode(to encoder: any Encoder) throws { try entry.encode(to: encoder) }
    }
}

extension OpenKYCRuntime.Admin {
    /// Sets or clears a tenant's default webhook URL (used when a session names none).
    public func setWebhookURL(tenantID: UUID, url: String?) async throws -> WebhookSettingsResponse {
        try await app.autoMigrate()
        guard let tenant = try await Tenant.find(tenantID, on: app.db) else { throw KYCError(.notFound, "Tenant not found") }
        return try await WebhookService.setDefaultURL(url, tenant: tenant, targets: app.kyc.webhookTargets, now: Date(), on: app.db)
    }

    /// Issues a new webhook secret; the old one keeps signing for `overlapSeconds`.
    public func rotateWebhookSecret(tenantID: UUID, overlapSeconds: Int) async throws -> WebhookRotateResponse {
        try await app.autoMigrate()
        guard let tenant = try await Tenant.find(tenantID, on: app.db) else { throw KYCError(.notFound, "Tenant not found") }
        return try await WebhookService.rotateSecret(tenant, overlapSeconds: overlapSeconds, cipher: app.kyc.cipher, now: Date(), on: app.db)
    }

    /// Sets a tenant's Telegram bot (token or id) and whether its flow may run outside Telegram.
    public func setTelegram(tenantID: UUID, botToken: String?, botID: String?, outsideTelegramAllowed: Bool?,
                            clear: Bool) async throws -> some Encodable & Sendable {
        try await app.autoMigrate()
        guard let tenant = try await Tenant.find(tenantID, on: app.db) else { throw KYCError(.notFound, "Tenant not found") }
        try TelegramSettings.update(tenant, botToken: botToken, botID: botID, outsideTelegramAllowed: outsideTelegramAllowed,
                                    clear: clear, cipher: app.kyc.cipher)
        try await tenant.save(on: app.db)
        return try TelegramSettings.View(tenant)
    }
}
