import Foundation
import Testing
@testable import KYCServer

/// The database back ends the suite runs on: SQLite always, PostgreSQL when
/// `TEST_POSTGRES_URL` points at a server (the test script starts one on loopback).
enum TestDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The back ends available in this run. CI sets `OPENKYC_REQUIRE_POSTGRES=1`, so a
    /// missing server fails the run instead of silently testing SQLite alone.
    static var available: [TestDatabase] {
        let environment = ProcessInfo.processInfo.environment
        if environment["TEST_POSTGRES_URL"] != nil { return [.sqlite, .postgres] }
        precondition(environment["OPENKYC_REQUIRE_POSTGRES"] != "1",
                     "OPENKYC_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set")
        return [.sqlite]
    }

    /// A fresh, empty database for one test, and a way to drop it afterwards.
    func provision() throws -> (setting: AppConfig.DatabaseSetting, cleanup: @Sendable () -> Void) {
        switch self {
        case .sqlite:
            // A file, as in the service: an in-memory database shared by the application's
            // connections locks tables and fails concurrent writers (the verification worker
            // writes while requests do) instead of letting them wait.
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("okyc-test-\(UUID().uuidString).sqlite").path
            return (.sqliteFile(path), {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            })
        case .postgres:
            let adminURL = ProcessInfo.processInfo.environment["TEST_POSTGRES_URL"]!
            let name = "okyc_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try PostgresAdmin.run(adminURL, "CREATE DATABASE \(name)")
            let url = PostgresAdmin.url(adminURL, database: String(name))
            return (.postgres(url: url), { try? PostgresAdmin.run(adminURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
    }
}

/// Creates and drops per-test databases with `psql`.
enum PostgresAdmin {
    static func run(_ url: String, _ sql: String) throws {
        try runTool("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
    }

    /// The same server URL with another database name.
    static func url(_ adminURL: String, database: String) -> String {
        var components = URLComponents(string: adminURL)!
        components.path = "/" + database
        return components.string!
    }
}

/// Runs a command-line tool found on PATH, failing the test if it exits non-zero.
func runTool(_ name: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw TestFailure("\(name) failed (\(process.terminationStatus)): \(arguments.joined(separator: " "))")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
