import Foundation
import KYCCore
import Testing
@testable import KYCServer

/// Runs the real `openkyc` executable, as an operator would, against the same database the
/// API then serves.
@Suite("openkyc command line")
struct CLITests {
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["OPENKYC_BINARY"] { return URL(fileURLWithPath: path) }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root.appendingPathComponent(".build/debug/openkyc")
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    func openkyc(_ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("tenants, keys and blocklist from the CLI; keys work against the API", arguments: TestDatabase.available)
    func lifecycle(database: TestDatabase) async throws {
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("openkyc-cli-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: dataDirectory) }
        var (setting, cleanup) = try database.provision()
        defer { cleanup() }
        var environment = ["OPENKYC_DATA_DIR": dataDirectory]
        switch setting {
        case .postgres(let url): environment["DATABASE_URL"] = url
        default: setting = .sqliteFile(dataDirectory + "/openkyc.sqlite")
        }

        let migrate = try openkyc(["migrate", "--yes"], environment: environment)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("Applied"))
        #expect(try openkyc(["migrate", "--yes"], environment: environment).stdout.contains("No pending migrations"))

        let created = try openkyc(["tenants", "create", "--name", "Harare Microfinance"], environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        let tenant = try #require(created.json as? [String: String])
        let apiKey = try #require(tenant["api_key"])
        let tenantID = try #require(tenant["tenant_id"])
        #expect(apiKey.hasPrefix("okyc_"))
        #expect(tenant["webhook_secret"]?.hasPrefix("whsec_") == true)

        let list = try #require(try openkyc(["tenants", "list"], environment: environment).json as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["Harare Microfinance"])
        #expect(list.first?["active_keys"] as? Int == 1)

        let second = try #require(try openkyc(["keys", "create", "--tenant", tenantID], environment: environment).json as? [String: String])
        let secondKey = try #require(second["api_key"])
        #expect(try openkyc(["keys", "revoke", "--key-id", try #require(tenant["api_key_id"])], environment: environment).status == 0)

        let blocked = try openkyc(["blocklist", "add", "--tenant", tenantID, "--type", "telegram_id", "--value", "31337"],
                                  environment: environment)
        #expect(blocked.status == 0, "\(blocked.stderr)")
        let entries = try #require(try openkyc(["blocklist", "list", "--tenant", tenantID], environment: environment).json as? [[String: Any]])
        #expect(entries.first?["value"] as? String == "31337")
        #expect(entries.first?["source"] as? String == "cli")

        let hook = try openkyc(["tenants", "webhook", "--tenant", tenantID, "--url", "https://203.0.113.9/kyc"], environment: environment)
        #expect(hook.status == 0 && (hook.json as? [String: Any])?["webhook_url"] as? String == "https://203.0.113.9/kyc", "\(hook.stderr)")
        #expect(try openkyc(["tenants", "webhook", "--tenant", tenantID, "--url", "https://127.0.0.1/kyc"], environment: environment).status != 0,
                "a loopback default URL is refused")
        let rotation = try openkyc(["tenants", "rotate-secret", "--tenant", tenantID, "--overlap-hours", "1"], environment: environment)
        let rotated = try #require(rotation.json as? [String: Any], "\(rotation.stderr)")
        let newSecret = try #require(rotated["webhook_secret"] as? String)
        #expect(newSecret.hasPrefix("whsec_") && newSecret != tenant["webhook_secret"] && rotated["previous_secret_expires_at"] is String)

        // Bad input: a non-zero exit and a message, not a crash.
        #expect(try openkyc(["keys", "create", "--tenant", "not-a-uuid"], environment: environment).status != 0)
        let badConfig = try openkyc(["tenants", "list"], environment: environment.merging(["PORT": "eighty"]) { $1 })
        #expect(badConfig.status != 0)
        #expect(badConfig.stderr.contains("PORT"))

        // Only the hashes are stored, and the API accepts the live key and refuses the revoked one.
        if case .sqliteFile = setting {
            let stored = try Data(contentsOf: URL(fileURLWithPath: dataDirectory + "/openkyc.sqlite"))
            let storedText = String(decoding: stored, as: UTF8.self)
            #expect(!storedText.contains(apiKey) && !storedText.contains(secondKey))
            let firstSecret = try #require(tenant["webhook_secret"])
            #expect(!storedText.contains(newSecret.dropFirst(6)) && !storedText.contains(firstSecret.dropFirst(6)), "secrets sealed at rest")
            #expect(storedText.contains(Secrets.hash(secondKey)))
        }
        try await withTestApp(database, reuse: setting, dataDirectory: dataDirectory) { t in
            #expect(try await t.request(.GET, "user/1", key: secondKey).errorCode == "USER_NOT_FOUND")
            #expect(try await t.request(.GET, "user/1", key: apiKey).status == .unauthorized)
            let create = try await t.request(.POST, "session/create", key: secondKey, json: ["telegram_id": "31337"])
            #expect(create.errorCode == "BLOCKED")
            let settings = try await t.request(.GET, "webhooks/settings", key: secondKey).object
            #expect(settings["webhook_url"] as? String == "https://203.0.113.9/kyc" && settings["previous_secret_expires_at"] is String)
        }
    }

    @Test("openkyc liveness judges a video or a burst and prints liveness_passed and liveness_score at the top")
    func liveness() throws {
        let burst = try GeneratedBurst.firstGenuine(withVideo: true)
        let folder = GeneratedBurst.directory.appendingPathComponent(burst.name)
        let environment = ["OPENKYC_MODELS_DIR": ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"]
                           ?? TestImages.repository.appendingPathComponent("models").path]
        let common = ["liveness", "--challenge", burst.challenge.joined(separator: ","),
                      "--selfie", folder.appendingPathComponent(burst.selfie).path]
        let video = try openkyc(common + [folder.appendingPathComponent("video.mp4").path], environment: environment)
        let burstRun = try openkyc(common + ["--timestamps", burst.timestamps.map { String($0) }.joined(separator: ",")]
                                   + burst.frames.map { folder.appendingPathComponent($0).path }, environment: environment)
        for run in [video, burstRun] {
            let report = try #require(run.json as? [String: Any], "\(run.stdout.prefix(300)) \(run.stderr.prefix(300))")
            #expect(run.status == 0)
            #expect(report["liveness_passed"] as? Bool == true, "\(report["summary"] ?? "")")
            #expect((report["liveness_score"] as? Double ?? 0) >= 0.5)
            #expect((report["frames"] as? [Any])?.count ?? 0 >= burst.frames.count - 1)
        }
        // Not a video, not an image: a JSON error and a failing exit status.
        let text = FileManager.default.temporaryDirectory.appendingPathComponent("openkyc-\(UUID().uuidString).webm")
        try Data("not a video".utf8).write(to: text)
        defer { try? FileManager.default.removeItem(at: text) }
        let refused = try openkyc(common + [text.path], environment: environment)
        #expect(refused.status != 0)
        #expect(((refused.json as? [String: Any])?["error"] as? [String: Any])?["code"] as? String == "UNSUPPORTED_FILE_TYPE")
    }

    @Test("openkyc face-match prints match, the three-way decision, distance and score at the top")
    func faceMatch() throws {
        let environment = ["OPENKYC_MODELS_DIR": ProcessInfo.processInfo.environment["OPENKYC_MODELS_DIR"]
                           ?? TestImages.repository.appendingPathComponent("models").path]
        func compare(_ a: String, _ b: String) throws -> [String: Any] {
            let run = try openkyc(["face-match", TestImages.fixtures.appendingPathComponent(a).path,
                                   TestImages.fixtures.appendingPathComponent(b).path], environment: environment)
            #expect(run.status == 0)
            return try #require(run.json as? [String: Any], "\(run.stdout.prefix(300)) \(run.stderr.prefix(300))")
        }
        let policy = FaceMatchPolicy.standard
        let same = try compare("faces/img1.jpg", "faces/img2.jpg")
        #expect(same["match"] as? Bool == true && same["decision"] as? String == "match")
        #expect((same["distance"] as? Double ?? 1) < policy.autoMatchBelow && (same["score"] as? Double ?? 0) > 0.5)
        #expect(same["review_band"] as? [Double] == [policy.autoMatchBelow, policy.noMatchFrom])
        let different = try compare("faces/img1.jpg", "faces/img3.jpg")
        #expect(different["match"] as? Bool == false && different["decision"] as? String == "no_match")
        // Two news photos of one man years apart: the same person, but not clearly enough to
        // approve without a person (distance 0.39 when measured).
        let borderline = try compare("faces-lfw-black/Thabo_Mbeki/Thabo_Mbeki_0001.jpg", "faces-lfw-black/Thabo_Mbeki/Thabo_Mbeki_0004.jpg")
        #expect(borderline["decision"] as? String == "review", "\(borderline["distance"] ?? "")")
    }
}
