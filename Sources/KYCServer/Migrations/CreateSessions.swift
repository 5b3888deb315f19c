import Fluent
import SQLKit

struct CreateSessions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("sessions")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("telegram_id", .string, .required)
            .field("username", .string)
            .field("first_name", .string)
            .field("last_name", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("country_code", .string)
            .field("webhook_url", .string)
            .field("callback_url", .string)
            .field("external_user_id", .string)
            .field("metadata_json", .string)
            .field("status", .string, .required)
            .field("completed_steps", .string, .required)
            .field("requires_address", .bool, .required)
            .field("active_user_key", .string)
            .field("verification_json", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("completed_at", .datetime)
            .unique(on: "active_user_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "sessions_tenant_user").on("sessions")
            .column("tenant_id").column("telegram_id").run()
        try await sql.create(index: "sessions_status_expiry").on("sessions")
            .column("status").column("expires_at").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("sessions").delete()
    }
}
