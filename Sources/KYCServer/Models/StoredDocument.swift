import Fluent
import Foundation

/// One uploaded file of a session. The bytes live in the document store under `storageKey`,
/// encrypted; this row holds what can be known without decrypting them.
final class StoredDocument: Model, @unchecked Sendable {
    static let schema = "documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "tenant_id") var tenantID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "doc_type") var docType: String
    /// Position in a multi-frame upload (liveness); 0 otherwise.
    @Field(key: "frame_index") var frameIndex: Int
    @Field(key: "format") var format: String
    @Field(key: "byte_count") var byteCount: Int
    @OptionalField(key: "width") var width: Int?
    @OptionalField(key: "height") var height: Int?
    /// SHA-256 of the plaintext, to spot the same file uploaded twice (replays, reuse).
    @Field(key: "sha256") var sha256: String
    @Field(key: "storage_key") var storageKey: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
