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
}
