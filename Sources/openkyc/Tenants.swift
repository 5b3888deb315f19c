import ArgumentParser
import Foundation
import KYCServer

struct Tenants: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage businesses (tenants).", subcommands: [Create.self, List.self, Policy.self, Webhook.self, RotateSecret.self, Telegram.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a tenant; prints its API key and webhook secret (shown only now).")

        @Option(help: "The business's name.") var name: String
        @Flag(help: "Ask this business's users for proof of address.") var requireAddress = false

        func run() async throws {
            let created = try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [name, requireAddress] admin in
                try await admin.createTenant(name: name, requiresAddress: requireAddress)
            }
            try printJSON(created)
        }
    }

    struct Policy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change a tenant's verification policy (README, \"Verification\"); prints the policy in force.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "Youngest age accepted, from the document's date of birth (default 18).") var minAge: Int?
        @Option(help: "true: approve clear cases automatically (default); false: every case goes to review.") var autoApprove: Bool?
        @Option(help: "true: blocklist the Telegram user when the fraud risk is high (default false).") var autoBlocklist: Bool?

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            if let minAge, !(0...120).contains(minAge) { throw ValidationError("--min-age must be 0 to 120") }
            let change = OpenKYCRuntime.PolicyChange(minimumAge: minAge, autoApprove: autoApprove, autoBlocklist: autoBlocklist)
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { try await $0.updatePolicy(tenantID: tenantID, change) })
        }
    }

    struct Webhook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set or clear a tenant's default webhook URL (used when a session names none).")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "The https URL events are sent to.") var url: String?
        @Flag(help: "Remove the default URL.") var clear = false

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            guard (url != nil) != clear else { throw ValidationError("give either --url or --clear") }
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [url] in
                try await $0.setWebhookURL(tenantID: tenantID, url: url)
            })
        }
    }

    struct Telegram: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a tenant's Telegram bot, so the Mini App accepts only its own user's signed initData.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "The bot token from BotFather (checks initData's hash; sealed at rest).") var botToken: String?
        @Option(help: "Only the bot's id (checks Telegram's Ed25519 signature; no secret needed).") var botId: String?
        @Option(help: "true (default): the flow also works in a plain browser; false: only inside Telegram.") var outsideTelegram: Bool?
        @Flag(help: "Remove the bot first.") var clear = false

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [botToken, botId, outsideTelegram, clear] in
                try await $0.setTelegram(tenantID: tenantID, botToken: botToken, botID: botId,
                                         outsideTelegramAllowed: outsideTelegram, clear: clear)
            })
        }
    }

    struct RotateSecret: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a new webhook secret (shown only now); the old one keeps signing during the overlap.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "Hours the old secret keeps signing beside the new one (0 to 168).") var overlapHours = 24

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            guard (0...168).contains(overlapHours) else { throw ValidationError("--overlap-hours must be 0 to 168") }
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [overlapHours] in
                try await $0.rotateWebhookSecret(tenantID: tenantID, overlapSeconds: overlapHours * 3600)
            })
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tenants.")

        func run() async throws {
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { try await $0.listTenants() })
        }
    }
}

struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage API keys.", subcommands: [Create.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a new API key for a tenant.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "A label to recognise the key by.") var label: String?

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            let key = try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [label] admin in
                try await admin.createKey(tenantID: tenantID, label: label)
            }
            try printJSON(key)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API key; it stops working at once.")

        @Option(name: .customLong("key-id"), help: "The key's id (api_key_id).") var keyID: String

        func run() async throws {
            let id = try parseUUID(keyID, option: "--key-id")
            try await OpenKYCRuntime.withAdmin(config: loadConfig()) { try await $0.revokeKey(id: id) }
            try printJSON(["revoked": id.uuidString.lowercased()])
        }
    }
}
