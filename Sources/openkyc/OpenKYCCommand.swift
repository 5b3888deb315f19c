import ArgumentParser
import Foundation
import KYCCore
import KYCServer

@main
struct OpenKYCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openkyc",
        abstract: "Self-hostable identity verification (KYC) service.",
        subcommands: [Serve.self, Worker.self, Migrate.self, Tenants.self, Keys.self, Blocklist.self, FaceMatch.self, FaceDetect.self, FaceEmbed.self, ReadDocument.self, ReadMRZ.self, Liveness.self, GalleryBench.self, WebhookBench.self]
    )
}

/// The configuration from the environment, read once; exits with every problem listed.
func loadConfig(hostname: String? = nil, port: Int? = nil) throws -> AppConfig {
    var environment = ProcessInfo.processInfo.environment
    if let hostname { environment["OPENKYC_HOST"] = hostname }
    if let port { environment["PORT"] = String(port) }
    do {
        return try AppConfig.load(from: environment)
    } catch let error as ConfigurationError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(78)
    }
}

/// Prints a value as pretty JSON on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Parses a UUID option, naming the option when it is malformed.
func parseUUID(_ text: String, option: String) throws -> UUID {
    guard let id = UUID(uuidString: text) else { throw ValidationError("\(option) must be a UUID") }
    return id
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the HTTP service (migrations run first).")

    @Option(help: "Address to listen on (default: OPENKYC_HOST or 127.0.0.1).") var hostname: String?
    @Option(help: "Port to listen on (default: PORT or 8080).") var port: Int?
    @Flag(help: "Ensure a demo tenant exists and print a fresh API key for it.") var demo = false
    @Option(help: "all (API and verification workers), api, or worker (default: OPENKYC_ROLE or all).") var role: String?

    func run() async throws {
        var config = try loadConfig(hostname: hostname, port: port)
        if let role {
            guard let parsed = AppConfig.Role(rawValue: role) else { throw ValidationError("--role must be all, api or worker") }
            config.role = parsed
        }
        try await OpenKYCRuntime.serve(config: config, demo: demo && config.role.servesHTTP)
    }
}

struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run verification workers only (no HTTP); several may share one PostgreSQL database.")

    func run() async throws {
        var config = try loadConfig()
        config.role = .worker
        try await OpenKYCRuntime.serve(config: config, demo: false)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @Flag(help: "Do not ask for confirmation.") var yes = false

    func run() async throws {
        let config = try loadConfig()
        let skipPrompt = yes
        try await OpenKYCRuntime.withAdmin(config: config) { admin in
            let pending = try await admin.pendingMigrations()
            guard !pending.isEmpty else { print("No pending migrations."); return }
            print("Pending migrations:\n" + pending.map { "  " + $0 }.joined(separator: "\n"))
            if !skipPrompt {
                print("Apply them? [y/N] ", terminator: "")
                guard readLine()?.lowercased().hasPrefix("y") == true else { print("Nothing applied."); return }
            }
            try await admin.migrate()
            print("Applied \(pending.count) migration(s).")
        }
    }
}
