import Fluent
import SQLKit

struct CreateDocuments: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("documents")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("doc_type", .string, .required)
            .field("frame_index", .int, .required)
            .field("format", .string, .required)
            .field("byte_count", .int, .required)
            .field("width", .int)
            .field("height", .int)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "documents_session").on("documents")
            .column("session_id").column("doc_type").run()
        try await sql.create(index: "documents_tenant_hash").on("documents")
            .column("tenant_id").column("sha256").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("documents").delete()
    }
}
