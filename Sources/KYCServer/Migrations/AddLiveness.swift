import Fluent
import SQLKit

/// Liveness challenges and reports on sessions, and the frame hashes kept to catch bursts
/// replayed from earlier sessions.
struct AddLiveness: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for (name, type) in Self.sessionColumns {
            try await database.schema("sessions").field(.string(name), type).update()
        }
        try await database.schema("liveness_frame_hashes")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("hash", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "liveness_frame_hashes_tenant").on("liveness_frame_hashes")
            .column("tenant_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("liveness_frame_hashes").delete()
        for (name, _) in Self.sessionColumns {
            try await database.schema("sessions").deleteField(.string(name)).update()
        }
    }

    static let sessionColumns: [(String, DatabaseSchema.DataType)] = [
        ("liveness_challenge", .string), ("liveness_challenge_expires_at", .datetime),
        ("liveness_challenges_issued", .int), ("liveness_json", .string),
    ]
}
