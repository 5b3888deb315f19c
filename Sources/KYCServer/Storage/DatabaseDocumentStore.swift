import Fluent
import Foundation

/// Documents as rows in the database, so several server instances on one PostgreSQL share
/// them without a shared file system.
struct DatabaseDocumentStore: DocumentStore {
    let database: @Sendable () -> any Database

    func put(_ bytes: [UInt8], key: String) async throws {
        let db = database()
        if let existing = try await StoredBlob.find(key, on: db) {
            existing.data = Data(bytes)
            try await existing.update(on: db)
        } else {
            try await StoredBlob(key: key, data: Data(bytes), createdAt: Date()).create(on: db)
        }
    }

    func get(key: String) async throws -> [UInt8]? {
        try await StoredBlob.find(key, on: database()).map { Array($0.data) }
    }

    func delete(key: String) async throws {
        try await StoredBlob.query(on: database()).filter(\.$id == key).delete()
    }
}
