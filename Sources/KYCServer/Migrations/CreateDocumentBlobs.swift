import Fluent

struct CreateDocumentBlobs: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("document_blobs")
            .field("key", .string, .identifier(auto: false))
            .field("data", .data, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("document_blobs").delete()
    }
}
