import Fluent
import SQLKit

/// Webhook delivery: each outbox event becomes a delivery with its target, state, schedule and
/// lease; every attempt is logged; tenants get a default endpoint and a second secret for the
/// rotation overlap.
struct AddWebhookDelivery: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for (name, type, constraints) in Self.eventColumns {
            try await database.schema("verification_events")
                .field(.definition(name: .key(.string(name)), dataType: type, constraints: constraints)).update()
        }
        for (name, type) in Self.tenantColumns {
            try await database.schema("tenants").field(.string(name), type).update()
        }
        try await database.schema("webhook_attempts")
            .id()
            .field("tenant_id", .uuid, .required, .references("tenants", "id", onDelete: .cascade))
            .field("event_id", .uuid, .required, .references("verification_events", "id", onDelete: .cascade))
            .field("attempt", .int, .required)
            .field("url", .string, .required)
            .field("started_at", .datetime, .required)
            .field("duration_ms", .int, .required)
            .field("status_code", .int)
            .field("error", .string)
            .field("next_attempt_at", .datetime)
            .field("dispatcher", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Events written before delivery existed go to their session's URL now (at least once:
        // they were never sent); those without one wait for a default URL and a replay.
        try await sql.raw("""
            UPDATE verification_events SET next_attempt_at = created_at, \
            url = (SELECT webhook_url FROM sessions WHERE sessions.id = verification_events.session_id)
            """).run()
        try await sql.raw("UPDATE verification_events SET state = 'no_endpoint', next_attempt_at = NULL WHERE url IS NULL").run()
        try await sql.create(index: "verification_events_due").on("verification_events")
            .column("state").column("next_attempt_at").run()
        try await sql.create(index: "verification_events_tenant_created").on("verification_events")
            .column("tenant_id").column("created_at").run()
        try await sql.create(index: "webhook_attempts_event").on("webhook_attempts")
            .column("event_id").column("attempt").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("webhook_attempts").delete()
        guard let sql = database as? any SQLDatabase else { return }
        // SQLite cannot drop a column an index uses: the indexes go first. Columns are dropped in
        // plain SQL, one per statement: Fluent's SQLite schema builder leaves them in place.
        for index in ["verification_events_due", "verification_events_tenant_created"] {
            try await sql.drop(index: index).run()
        }
        for (name, _, _) in Self.eventColumns {
            try await sql.raw("ALTER TABLE verification_events DROP COLUMN \(ident: name)").run()
        }
        for (name, _) in Self.tenantColumns {
            try await sql.raw("ALTER TABLE tenants DROP COLUMN \(ident: name)").run()
        }
    }

    static let eventColumns: [(String, DatabaseSchema.DataType, [DatabaseSchema.FieldConstraint])] = [
        ("sequence", .int, [.required, .sql(.default(0))]),
        ("url", .string, []),
        ("state", .string, [.required, .sql(.default(SQLLiteral.string("pending")))]),
        ("attempts", .int, [.required, .sql(.default(0))]),
        ("scheduled_attempts", .int, [.required, .sql(.default(0))]),
        ("next_attempt_at", .datetime, []),
        ("lease_owner", .string, []),
        ("lease_expires_at", .datetime, []),
        ("last_status_code", .int, []),
        ("last_error", .string, []),
    ]
    static let tenantColumns: [(String, DatabaseSchema.DataType)] = [
        ("webhook_url", .string), ("webhook_secret_previous_sealed", .data), ("webhook_secret_previous_until", .datetime),
    ]
}
