import Fluent
import Foundation
import KYCCore
import Logging

/// Checking and storing uploads. Every file is checked before anything is written, and the
/// new files are stored before the old ones are let go, so a rejected or failed upload leaves
/// what was already stored untouched.
enum UploadService {
    /// Validates all files of one upload against the document type's rules and the limits.
    static func inspect(_ files: [[UInt8]], docType: DocumentType, limits: UploadLimits) throws -> [InspectedFile] {
        guard !files.isEmpty else { throw KYCError.missing("file") }
        let maxFiles = docType.allowsMultipleFiles ? limits.maxFrames : 1
        guard files.count <= maxFiles else {
            throw KYCError(.tooManyFiles, "At most \(maxFiles) file(s) per \(docType.rawValue) upload",
                           details: ["max_files": String(maxFiles)])
        }
        let inspected = try files.enumerated().map { index, bytes in
            do {
                return try UploadInspector.inspect(bytes, accepted: docType.acceptedFormats, limits: limits)
            } catch let error as KYCError {
                guard files.count > 1 else { throw error }
                var details = error.details
                details["frame"] = String(index)
                throw KYCError(error.code, error.message + " (frame \(index))", details: details)
            }
        }
        if inspected.count > 1, inspected.contains(where: \.format.isVideo) {
            throw KYCError(.tooManyFiles, "A liveness video is uploaded alone, without other frames or videos",
                           details: ["max_files": "1"])
        }
        return inspected
    }

    /// Stores the files as the session's `docType` documents, replacing earlier ones of that type;
    /// `alongside` writes what belongs with them (a liveness verdict) in the same transaction.
    static func store(_ files: [[UInt8]], inspected: [InspectedFile], docType: DocumentType,
                      session: VerificationSession, progress: SessionProgress, store: any DocumentStore,
                      now: Date, on db: any Database, logger: Logger,
                      alongside: @escaping @Sendable (any Database) async throws -> Void = { _ in }) async throws -> [StoredDocument] {
        let sessionID = try session.requireID()
        let documents = zip(files, inspected).enumerated().map { index, pair in
            let document = StoredDocument()
            document.id = UUID()
            document.tenantID = session.tenantID
            document.sessionID = sessionID
            document.docType = docType.rawValue
            document.frameIndex = index
            document.format = pair.1.format.rawValue
            document.byteCount = pair.1.byteCount
            document.width = pair.1.width
            document.height = pair.1.height
            document.sha256 = Secrets.sha256Hex(pair.0)
            document.storageKey = [session.tenantID, sessionID, document.id!].map { $0.uuidString.lowercased() }
                .joined(separator: "/")
            document.createdAt = now
            return document
        }
        var written: [String] = []
        let replaced: [StoredDocument]
        do {
            for (document, bytes) in zip(documents, files) {
                try await store.put(bytes, key: document.storageKey)
                written.append(document.storageKey)
            }
            replaced = try await db.writeTransaction { db in
                let old = try await StoredDocument.query(on: db)
                    .filter(\.$sessionID == sessionID).filter(\.$docType == docType.rawValue).all()
                for document in old { try await document.delete(on: db) }
                for document in documents { try await document.create(on: db) }
                session.apply(progress, at: now)
                try await alongside(db)
                try await session.save(on: db)
                return old
            }
        } catch {
            for key in written { try? await store.delete(key: key) }
            throw error
        }
        for document in replaced {
            do { try await store.delete(key: document.storageKey) } catch {
                logger.warning("could not delete a replaced document", metadata: ["document.id": "\(document.id?.uuidString ?? "")"])
            }
        }
        return documents
    }
}
