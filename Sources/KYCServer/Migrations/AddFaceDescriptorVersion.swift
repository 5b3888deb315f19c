import Fluent
import SQLKit

/// Face templates record which descriptor recipe made them. Rows written before this migration
/// are version 1 (one network pass, unscaled); the duplicate search scales those to length 1
/// before comparing (`FaceIndex`).
struct AddFaceDescriptorVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE face_templates ADD COLUMN descriptor_version INTEGER NOT NULL DEFAULT 1").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE face_templates DROP COLUMN descriptor_version").run()
    }
}
