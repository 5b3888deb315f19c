import Fluent
import SQLKit

/// A business's Telegram bot, for checking the Mini App's initData: its token (sealed: it is a
/// credential), or only its id (for Telegram's Ed25519 signature); and whether the flow may run
/// outside Telegram (nil: allowed, the documented default).
struct AddTelegramSettings: AsyncMigration {
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("telegram_bot_token_sealed", .data), ("telegram_bot_id", .string), ("outside_telegram_allowed", .bool),
    ]

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for (name, type) in Self.columns {
            try await database.schema("tenants").field(.string(name), type).update()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _) in Self.columns {
            try await sql.raw("ALTER TABLE tenants DROP COLUMN \(ident: name)").run()
        }
    }
}
