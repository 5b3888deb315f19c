import ArgumentParser
import Foundation
import KYCCore
import KYCServer

extension BlockRule.Kind: ExpressibleByArgument {}

struct Blocklist: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage a tenant's blocklist (Telegram ids, IP addresses, CIDR networks).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Block a user, an address or a network.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "telegram_id, ip or cidr.") var type: BlockRule.Kind
        @Option(help: "The Telegram id, IP address or CIDR block.") var value: String
        @Option(help: "Why (kept for reviewers).") var reason: String?

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            let entry = try await OpenKYCRuntime.withAdmin(config: loadConfig()) { [type, value, reason] admin in
                try await admin.addBlock(tenantID: tenantID, kind: type, value: value, reason: reason)
            }
            try printJSON(entry)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a tenant's blocklist.")

        @Option(help: "The tenant's id.") var tenant: String

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            try printJSON(try await OpenKYCRuntime.withAdmin(config: loadConfig()) { try await $0.listBlocks(tenantID: tenantID) })
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a blocklist entry.")

        @Option(help: "The tenant's id.") var tenant: String
        @Option(help: "The entry's id.") var id: String

        func run() async throws {
            let tenantID = try parseUUID(tenant, option: "--tenant")
            let entryID = try parseUUID(id, option: "--id")
            let removed = try await OpenKYCRuntime.withAdmin(config: loadConfig()) {
                try await $0.removeBlock(tenantID: tenantID, id: entryID)
            }
            guard removed else { throw ValidationError("No such entry for this tenant") }
            try printJSON(["removed": entryID.uuidString.lowercased()])
        }
    }
}
