import Fluent
import KYCCore
import SQLKit

extension Database {
    /// This database as SQL, for the statements Fluent's query builder cannot express (claims
    /// with leases, conditional updates). Both supported drivers speak SQL.
    func sql() throws(KYCError) -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw KYCError(.internalError, "The database does not speak SQL") }
        return sql
    }

    /// A transaction that writes. On SQLite its first statement takes the database's write lock:
    /// a transaction that reads first holds a snapshot, and when another connection commits
    /// before it writes, SQLite refuses the upgrade at once (`SQLITE_BUSY_SNAPSHOT`, without
    /// asking the busy handler) — an upload failed that way beside a worker's commit. Taking
    /// the lock first makes it wait like any other write. PostgreSQL locks rows, not the
    /// database, and needs nothing.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transaction { db in
            let sql = try db.sql()
            if sql.dialect.name == "sqlite" {
                // Changes no row, but a write statement takes the write lock before it looks.
                try await sql.raw("UPDATE \(ident: Tenant.schema) SET id = id WHERE 0").run()
            }
            return try await body(db)
        }
    }
}
