import Fluent
import Foundation
import KYCCore

/// A business's blocklist: adding and listing rules, and checking requests against them.
enum BlocklistService {
    /// Throws `BLOCKED` if the user or the address is on the tenant's list. Exact rules are
    /// found by index; only network (CIDR) rules are scanned.
    static func enforce(tenantID: UUID, telegramID: String?, clientIP: IPAddress?, on db: any Database) async throws {
        var exact: [(BlockRule.Kind, String)] = []
        if let telegramID { exact.append((.telegramID, telegramID)) }
        if let clientIP { exact.append((.ip, clientIP.description)) }
        for (kind, value) in exact {
            let hit = try await BlockEntry.query(on: db).filter(\.$tenantID == tenantID)
                .filter(\.$kind == kind.rawValue).filter(\.$value == value).first()
            if hit != nil { throw blocked(kind) }
        }
        guard let clientIP else { return }
        let networks = try await BlockEntry.query(on: db).filter(\.$tenantID == tenantID)
            .filter(\.$kind == BlockRule.Kind.cidr.rawValue).all()
        if networks.contains(where: { CIDRBlock($0.value)?.contains(clientIP) ?? false }) { throw blocked(.cidr) }
    }

    private static func blocked(_ kind: BlockRule.Kind) -> KYCError {
        KYCError(.blocked, "This user or network is blocked", details: ["type": kind.rawValue])
    }

    /// Adds a rule; adding one that exists returns the existing entry.
    static func add(tenantID: UUID, rule: BlockRule, reason: String?, source: String, now: Date,
                    on db: any Database) async throws -> BlockEntry {
        func existing() async throws -> BlockEntry? {
            try await BlockEntry.query(on: db)
                .filter(\.$tenantID == tenantID).filter(\.$kind == rule.kind.rawValue).filter(\.$value == rule.value)
                .first()
        }
        if let entry = try await existing() { return entry }
        let entry = BlockEntry()
        entry.tenantID = tenantID
        entry.kind = rule.kind.rawValue
        entry.value = rule.value
        entry.reason = reason
        entry.source = source
        entry.createdAt = now
        do {
            try await entry.create(on: db)
        } catch let error where (error as? any DatabaseError)?.isConstraintFailure == true {
            // The same rule was added at the same moment by another request: that one stands.
            guard let winner = try await existing() else { throw error }
            return winner
        }
        return entry
    }

    static func list(tenantID: UUID, on db: any Database) async throws -> [BlockEntry] {
        try await BlockEntry.query(on: db).filter(\.$tenantID == tenantID).sort(\.$createdAt).all()
    }

    /// Removes a rule of this tenant; false if there was none with that id.
    static func remove(tenantID: UUID, id: UUID, on db: any Database) async throws -> Bool {
        guard let entry = try await BlockEntry.query(on: db)
            .filter(\.$tenantID == tenantID).filter(\.$id == id).first() else { return false }
        try await entry.delete(on: db)
        return true
    }
}

extension BlockEntry {
    var response: BlockEntryResponse {
        BlockEntryResponse(id: (id ?? UUID()).uuidString.lowercased(), type: kind, value: value, reason: reason,
                           source: source, createdAt: Timestamps.format(createdAt))
    }
}
