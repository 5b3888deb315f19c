import Fluent

struct CreateBlocklist: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("blocklist")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("value", .string, .required)
            .field("reason", .string)
            .field("source", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "tenant_id", "kind", "value")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("blocklist").delete()
    }
}
