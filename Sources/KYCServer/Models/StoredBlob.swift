import Fluent
import Foundation

/// Encrypted document bytes kept in the database, for the `database` storage back end.
final class StoredBlob: Model, @unchecked Sendable {
    static let schema = "document_blobs"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "data") var data: Data
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(key: String, data: Data, createdAt: Date) {
        self.id = key
        self.data = data
        self.createdAt = createdAt
    }
}
