import Fluent
import Foundation
import Testing
import VaporTesting
@testable import KYCServer

/// A genuine burst from the liveness set scripts/test generates (scripts/make-liveness.py).
struct GeneratedBurst: Decodable {
    let name: String
    let label: String
    let challenge: [String]
    let frames: [String]
    let timestamps: [Double]
    let selfie: String
    let videos: [String]?

    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["OPENKYC_TEST_LIVENESS"] { return URL(fileURLWithPath: path) }
        return TestImages.repository.appendingPathComponent(".build/test-liveness")
    }()

    static func firstGenuine(withVideo: Bool = false) throws -> GeneratedBurst {
        let data = try Data(contentsOf: directory.appendingPathComponent("index.json"))
        return try #require(try JSONDecoder().decode([GeneratedBurst].self, from: data).first {
            $0.label == "genuine" && (!withVideo || $0.videos?.isEmpty == false)
        }, "run scripts/test, which generates the liveness set")
    }

    func bytes(_ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.directory.appendingPathComponent(name).appendingPathComponent(file)))
    }
}

@Suite("Liveness API: challenge, burst, verdict, replay")
struct LivenessAPITests {
    /// The server picks challenges at random; to send a recorded burst, the test puts the
    /// burst's own challenge in place of the one issued (the only step that bypasses the API).
    func setChallenge(_ moves: [String], session id: String, app: Application) async throws {
        let session = try #require(try await VerificationSession.find(UUID(uuidString: id), on: app.db))
        session.livenessChallenge = moves.joined(separator: ",")
        try await session.save(on: app.db)
    }

    @Test("a genuine burst passes and the status reports it; the same burst in a later session is a replay",
          arguments: TestDatabase.available)
    func genuineThenReplay(database: TestDatabase) async throws {
        let burst = try GeneratedBurst.firstGenuine()
        let frames = try burst.frames.map(burst.bytes)
        let timestamps = burst.timestamps.map { String(format: "%.1f", $0) }.joined(separator: ",")
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            for (number, telegramID) in ["501", "502"].enumerated() {
                let id = try await t.createSession(key: key, telegramID: telegramID)
                let issued = try await t.livenessChallenge(id)
                #expect(issued.status == .ok, "\(issued.text)")
                let moves = issued.object["challenge"] as? [String] ?? []
                #expect((2...4).contains(moves.count) && moves.contains { $0.hasPrefix("turn_") })
                #expect((issued.object["instructions"] as? [String])?.count == moves.count)
                #expect(issued.object["attempts_left"] as? Int == 2)
                try await setChallenge(burst.challenge, session: id, app: t.app)

                #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [try burst.bytes(burst.selfie)]).status == .ok)
                let upload = try await t.uploadMultipart("liveness", sessionID: id, files: frames,
                                                         fields: [("timestamps", timestamps)])
                #expect(upload.status == .ok, "\(upload.text)")
                let liveness = upload.object["liveness"] as? [String: Any] ?? [:]
                let status = try await t.request(.GET, "session/\(id)/status", key: key)
                let verification = status.object["verification"] as? [String: Any] ?? [:]
                if number == 0 {
                    #expect(upload.object["liveness_passed"] as? Bool == true, "\(liveness["summary"] ?? "")")
                    #expect((upload.object["liveness_score"] as? Double ?? 0) >= 0.5)
                    #expect(verification["liveness_result"] as? Bool == true)
                } else {
                    #expect(upload.object["liveness_passed"] as? Bool == false)
                    #expect((liveness["failed"] as? [String] ?? []).contains("earlier_session_replay"), "\(liveness)")
                    #expect(verification["liveness_result"] as? Bool == false)
                }
                #expect(verification["liveness_score"] as? Double == upload.object["liveness_score"] as? Double)
            }
        }
    }

    @Test("challenges are single-use, expire, and run out", arguments: TestDatabase.available)
    func challengeLifecycle(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.livenessAttempts = 2; $0.livenessChallengeTimeToLive = 60 }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            let frame = try TestImages.jpeg("img1.jpg")
            #expect(try await t.livenessChallenge(id).object["attempts_left"] as? Int == 1)
            t.clock.advance(by: 61)
            let late = try await t.uploadMultipart("liveness", sessionID: id, files: [frame, frame])
            #expect(late.status == .conflict && late.errorCode == "LIVENESS_CHALLENGE_REQUIRED", "\(late.text)")
            #expect(try await t.livenessChallenge(id).object["attempts_left"] as? Int == 0)
            let used = try await t.uploadMultipart("liveness", sessionID: id, files: [frame, frame])
            #expect(used.status == .ok, "\(used.text)")
            // Two copies of one photo: no moves, a repeated frame, no timestamps.
            let failed = (used.object["liveness"] as? [String: Any])?["failed"] as? [String] ?? []
            #expect(Set(failed).isSuperset(of: ["challenge", "repeated_frames", "timing"]), "\(failed)")
            let exhausted = try await t.livenessChallenge(id)
            #expect(exhausted.status == .conflict && exhausted.errorCode == "LIVENESS_ATTEMPTS_EXHAUSTED")
            let stranger = try await t.request(.POST, "session/\(UUID().uuidString)/liveness/challenge")
            #expect(stranger.status == .notFound)
        }
    }

    @Test("a WebM video is judged and stored like a burst; a bad video is refused and leaves the challenge usable",
          arguments: TestDatabase.available)
    func video(database: TestDatabase) async throws {
        let burst = try GeneratedBurst.firstGenuine(withVideo: true)
        let video = try burst.bytes("video.webm")
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            _ = try await t.livenessChallenge(id)
            try await setChallenge(burst.challenge, session: id, app: t.app)
            let refusals: [([[UInt8]], [(String, String)], Int, String)] = [
                ([video], [("timestamps", "1,2,3")], 400, "INVALID_PARAMETER"),
                ([video, try burst.bytes(burst.frames[0])], [], 400, "TOO_MANY_FILES"),
                ([Array(video.prefix(48)) + [UInt8](repeating: 0x5A, count: 4000)], [], 400, "CORRUPT_FILE"),
            ]
            for (files, fields, status, code) in refusals {
                let refused = try await t.uploadMultipart("liveness", sessionID: id, files: files, fields: fields)
                #expect(refused.status.code == status && refused.errorCode == code, "\(refused.text)")
            }
            let upload = try await t.uploadMultipart("liveness", sessionID: id, files: [video])
            #expect(upload.status == .ok, "\(upload.text)")
            #expect(upload.object["liveness_passed"] as? Bool == true, "\(upload.object["liveness"] ?? "")")
            let signals = (upload.object["liveness"] as? [String: Any])?["signals"] as? [[String: Any]] ?? []
            let frames = signals.first { $0["name"] as? String == "frames" }?["value"] as? Double ?? 0
            #expect(Int(frames) >= burst.frames.count - 1, "frames judged from the video")
            let stored = try await StoredDocument.query(on: t.app.db).filter(\.$docType == "liveness").all()
            #expect(stored.map(\.format) == ["webm"] && stored.first?.byteCount == video.count)
        }
    }

    @Test("a video with frames over the pixel limit is refused", arguments: TestDatabase.available)
    func videoPixelLimit(database: TestDatabase) async throws {
        let burst = try GeneratedBurst.firstGenuine(withVideo: true)
        try await withTestApp(database, adjust: { $0.uploadLimits.maxPixels = 200 * 200 }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            _ = try await t.livenessChallenge(id)
            let refused = try await t.uploadMultipart("liveness", sessionID: id, files: [try burst.bytes("video.mp4")])
            #expect(refused.status == .badRequest && refused.errorCode == "IMAGE_TOO_LARGE", "\(refused.text)")
        }
    }
}
