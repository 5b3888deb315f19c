import Fluent
import Foundation
import KYCCore
import Synchronization

/// Each worker's in-memory copy of every tenant's stored face templates, for the duplicate
/// search. Loaded from the database on a tenant's first search and brought up to date before
/// every search (rows newer than the last seen), so several workers see each other's faces.
/// Templates of descriptor version 1 (one network pass, unscaled) are scaled to length 1 on
/// load: a photo's version-1 descriptor so scaled lies 0.07 (at most 0.10) from its version-2
/// descriptor, and at the duplicate distance 0.22 cross-version pairs of faces-lfw-black show no
/// false hit and 9% recall against 14% within version 2 (BENCHMARKS.md "Face fairness"). Left
/// out of the search they would silently never match: a duplicate check that did not run.
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
            .filter(\.$createdAt >= since.addingTimeInterval(-60))
            .all()
        var fresh: [(Entry, [Float], Date)] = []
        for row in rows {
            let id = try row.requireID()
            let bytes = try cipher.open(Array(row.descriptorSealed), context: FaceTemplate.sealContext(tenantID: tenantID, sessionID: row.sessionID))
            let stored = Self.floats(bytes)
            let descriptor = row.descriptorVersion == FaceMatchPolicy.descriptorVersion ? stored : Self.unitLength(stored)
            fresh.append((Entry(templateID: id, sessionID: row.sessionID, telegramID: row.telegramID), descriptor, row.createdAt))
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

    static func unitLength(_ descriptor: [Float]) -> [Float] {
        let length = descriptor.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? descriptor.map { $0 / length } : descriptor
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
