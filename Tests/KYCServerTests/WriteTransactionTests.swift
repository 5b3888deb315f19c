import Fluent
import Foundation
import Testing
@testable import KYCServer

/// Two connections writing at once, as a request and a verification worker do.
@Suite("Write transactions beside other writers")
struct WriteTransactionTests {
    @Test("a transaction that read first still commits when another connection writes before it does",
          arguments: TestDatabase.available)
    func readThenWrite(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            // One connection per event loop: two loops give two connections to the database.
            let loops = Array(t.app.eventLoopGroup.makeIterator())
            try #require(loops.count >= 2)
            let mine = t.app.databases.database(logger: t.app.logger, on: loops[0])!
            let theirs = t.app.databases.database(logger: t.app.logger, on: loops[1])!
            let a = try #require(UUID(uuidString: try await t.createTenant(name: "A").tenantID))
            let b = try #require(UUID(uuidString: try await t.createTenant(name: "B").tenantID))

            let other = try await mine.writeTransaction { db -> Task<Void, any Error> in
                #expect(try await Tenant.query(on: db).count() == 2)
                // The other connection writes now; without the write lock taken first, it would
                // commit during the pause and this transaction's write would be refused.
                let other = Task { try await rename(b, to: "B2", on: theirs) }
                try await Task.sleep(for: .milliseconds(300))
                try await rename(a, to: "A2", on: db)
                return other
            }
            try await other.value
            let names = try await Tenant.query(on: t.app.db).all().map(\.name).sorted()
            #expect(names == ["A2", "B2"])
        }
    }

    private func rename(_ tenant: UUID, to name: String, on db: any Database) async throws {
        try await Tenant.query(on: db).filter(\.$id == tenant).set(\.$name, to: name).update()
    }
}
