import Fluent

struct CreateTenants: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("tenants")
            .id()
            .field("name", .string, .required)
            .field("webhook_secret_sealed", .data, .required)
            .field("requires_address", .bool, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("tenants").delete()
    }
}
