import Fluent
import Foundation
import KYCCore
import Synchronization

/// Each worker's in-memory copy of every tenant's stored face templates, for the duplicate
/// search. Loaded from the database on a tenant's first search and brought up to date before
/// every search (rows newer than the last seen), so several workers see each other's faces.
/// Only templates of the current descriptor version take part: distances across recipes are
/// not on the scale the duplicate threshold was measured on.
final class FaceIndex: Sendable {
    struct Entry: Hashable, Sendable {
        let templateID: UUID
        let sessionID: UUID
        let telegramID: String
    }

    private struct TenantGallery {
        var gallery = DescriptorGallery<Entry>()
        var seen = Set<UUID>()
        var watermark = Date.distantPast
    }

    private let galleries = Mutex<[UUID: TenantGallery]>([:])
    private let cipher: AtRestCipher

    init(cipher: AtRestCipher) { self.cipher = cipher }

    /// Faces of this tenant within `maxDistance` of `descriptor`, nearest first.
    func search(_ descriptor: [Float], tenantID: UUID, within maxDistance: Double,
                on db: any Database) async throws -> [(entry: Entry, distance: Double)] {
        try await sync(tenantID: tenantID, on: db)
        return galleries.withLock { $0[tenantID]?.gallery.search(descriptor, within: maxDistance) ?? [] }
            .map { ($0.key, $0.distance) }
    }

    /// Loads the rows written since the last look (with a margin for clocks and commit order).
    private func sync(tenantID: UUID, on db: any Database) async throws {
        let since = galleries.withLock { $0[tenantID]?.watermark ?? .distantPast }
        let rows = try await FaceTemplate.query(on: db)
            .filter(\.$tenantID == tenantID)
            .filter(\.$descriptorVersion == FaceMatchPolicy.descriptorVersion)
            .filter(\.$createdAt >= since.addingTimeInterval(-60))
            .all()
        var fresh: [(Entry, [Float], Date)] = []
        for row in rows {
            let id = try row.requireID()
            let bytes = try cipher.open(Array(row.descriptorSealed), context: FaceTemplate.sealContext(tenantID: tenantID, sessionID: row.sessionID))
            fresh.append((Entry(templateID: id, sessionID: row.sessionID, telegramID: row.telegramID), Self.floats(bytes), row.createdAt))
        }
        galleries.withLock { all in
            var tenant = all[tenantID] ?? TenantGallery()
            for (entry, descriptor, created) in fresh where !tenant.seen.contains(entry.templateID) {
                tenant.gallery.add(entry, descriptor: descriptor)
                tenant.seen.insert(entry.templateID)
                tenant.watermark = max(tenant.watermark, created)
            }
            all[tenantID] = tenant
        }
    }

    /// Little-endian Float32s, as `bytes(of:)` writes them.
    static func floats(_ bytes: [UInt8]) -> [Float] {
        stride(from: 0, to: bytes.count - 3, by: 4).map { i in
            Float(bitPattern: UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
        }
    }

    static func bytes(of descriptor: [Float]) -> [UInt8] {
        descriptor.flatMap { value -> [UInt8] in
            let bits = value.bitPattern
            return [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
        }
    }
}
