import Fluent
import SQLKit

/// Verification: the job queue, the decision records with every signal, face templates for
/// the duplicate search, the event outbox, reviewers' decisions, and what sessions and tenants
/// need for them (declared identity, client address hash, submit time, policy).
struct AddVerification: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for (name, type) in Self.sessionColumns {
            try await database.schema("sessions").field(.string(name), type).update()
        }
        for (name, type) in Self.tenantColumns {
            try await database.schema("tenants").field(.string(name), type).update()
        }
        try await database.schema("verification_jobs")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("max_attempts", .int, .required)
            .field("lease_owner", .string)
            .field("lease_expires_at", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("finished_at", .datetime)
            .unique(on: "session_id")   // one job per session, whatever the races
            .create()
        try await database.schema("verifications")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("overall_score", .double, .required)
            .field("face_match", .bool)
            .field("face_score", .double)
            .field("face_distance", .double)
            .field("liveness_passed", .bool)
            .field("liveness_score", .double)
            .field("document_valid", .bool)
            .field("document_score", .double)
            .field("fraud_score", .double, .required)
            .field("fraud_risk_level", .string, .required)
            .field("reason_codes", .string, .required)
            .field("document_number_hash", .string)
            .field("ocr_sealed", .data)
            .field("policy_json", .string, .required)
            .field("worker", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "session_id")   // exactly one automated decision per session
            .create()
        try await database.schema("verification_signals")
            .id()
            .field("verification_id", .uuid, .required, .references("verifications", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("signal_group", .string, .required)
            .field("value", .double)
            .field("threshold", .double)
            .field("verdict", .string, .required)
            .field("reason", .string)
            .field("detail", .string, .required)
            .create()
        try await database.schema("face_templates")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("telegram_id", .string, .required)
            .field("descriptor_sealed", .data, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "session_id")
            .create()
        try await database.schema("verification_events")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("event", .string, .required)
            .field("payload", .string, .required)
            .field("created_at", .datetime, .required)
            .field("delivered_at", .datetime)
            .create()
        try await database.schema("reviews")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references("sessions", "id", onDelete: .cascade))
            .field("decision", .string, .required)
            .field("reason", .string, .required)
            .field("note", .string)
            .field("reviewer", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "session_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "verification_jobs_claim").on("verification_jobs")
            .column("state").column("lease_expires_at").run()
        try await sql.create(index: "verifications_document_number").on("verifications")
            .column("tenant_id").column("document_number_hash").run()
        try await sql.create(index: "face_templates_tenant").on("face_templates")
            .column("tenant_id").column("created_at").run()
        try await sql.create(index: "verification_events_session").on("verification_events")
            .column("session_id").column("created_at").run()
        try await sql.create(index: "sessions_tenant_ip").on("sessions")
            .column("tenant_id").column("client_ip_hash").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["reviews", "verification_events", "face_templates", "verification_signals", "verifications", "verification_jobs"] {
            try await database.schema(table).delete()
        }
        for (name, _) in Self.tenantColumns { try await database.schema("tenants").deleteField(.string(name)).update() }
        for (name, _) in Self.sessionColumns { try await database.schema("sessions").deleteField(.string(name)).update() }
    }

    static let sessionColumns: [(String, DatabaseSchema.DataType)] = [
        ("date_of_birth", .string), ("document_kind", .string), ("client_ip_hash", .string), ("submitted_at", .datetime),
    ]
    /// nil means the documented default (VerificationPolicy).
    static let tenantColumns: [(String, DatabaseSchema.DataType)] = [
        ("minimum_age", .int), ("auto_approve", .bool), ("auto_blocklist", .bool),
    ]
}
