import Foundation
import KYCCore
import KYCVision
import Testing

/// The liveness set scripts/test generates (scripts/make-liveness.py, fixed seed): genuine
/// bursts re-rendered from the fixture faces and one or more bursts of every attack class.
enum LivenessSet {
    struct Burst: Decodable, Sendable, CustomStringConvertible {
        let name: String
        let label: String
        let `class`: String
        let challenge: [String]
        let frames: [String]
        let timestamps: [Double]
        let selfie: String
        let replay_of: String?
        /// The same burst as WebM and MP4 videos, for a few bursts.
        let videos: [String]?
        var description: String { name }
    }

    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["OPENKYC_TEST_LIVENESS"] { return URL(fileURLWithPath: path) }
        return VisionFixtures.root.appendingPathComponent(".build/test-liveness")
    }()

    static let all: [Burst] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("index.json")) else { return [] }
        return (try? JSONDecoder().decode([Burst].self, from: data)) ?? []
    }()

    static func bytes(_ burst: Burst, _ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(burst.name).appendingPathComponent(file)))
    }

    static let analyzer: Result<LivenessAnalyzer, KYCError> = VisionFixtures.engine.map { LivenessAnalyzer(engine: $0) }

    /// Analyses a burst as the server would: with its selfie, timestamps and the frame hashes
    /// of every other genuine burst as the store of earlier sessions.
    static func analyze(_ burst: Burst) async throws -> LivenessReport {
        let analyzer = try analyzer.get()
        let frames = try zip(burst.frames, burst.timestamps).map { LivenessFrame(bytes: try bytes(burst, $0), timestamp: $1) }
        let known = try await genuineHashes.value.filter { $0.key != burst.name }.flatMap(\.value)
        return try await analyzer.analyze(frames, challenge: try LivenessChallenge(parsing: burst.challenge.joined(separator: ",")),
                                          selfie: try bytes(burst, burst.selfie), knownHashes: known).report
    }

    /// Analyses one of a burst's videos, with its selfie.
    static func analyze(_ burst: Burst, video: String, adjust: (inout LivenessAnalyzer) -> Void = { _ in }) async throws -> LivenessReport {
        var analyzer = try analyzer.get()
        adjust(&analyzer)
        return try await analyzer.analyze(video: try bytes(burst, video), challenge: try LivenessChallenge(parsing: burst.challenge.joined(separator: ",")),
                                          selfie: try bytes(burst, burst.selfie)).report
    }

    /// (burst, video file) for every video in the set.
    static var videos: [(Burst, String)] { all.flatMap { burst in (burst.videos ?? []).map { (burst, $0) } } }

    /// Every genuine burst's frame hashes, computed once for the whole run.
    static let genuineHashes = Task<[String: [FrameHash]], any Error> {
        var hashes: [String: [FrameHash]] = [:]
        for burst in all where burst.label == "genuine" {
            let frames = try burst.frames.map { LivenessFrame(bytes: try bytes(burst, $0), timestamp: nil) }
            hashes[burst.name] = try await analyzer.get().analyze(frames, challenge: try LivenessChallenge(moves: [.turnLeft]))
                .report.frameHashes
        }
        return hashes
    }
}

@Suite("Liveness: genuine bursts pass and every attack class is rejected, at the shipped thresholds")
struct LivenessTests {
    @Test("the liveness set was generated (scripts/test makes it) and has every class")
    func setExists() {
        let classes = Set(LivenessSet.all.map(\.class))
        #expect(classes == ["genuine", "print", "screen", "wrong_order", "repeated_frames", "different_person",
                            "selfie_replay", "session_replay", "fixture_spoof"],
                "run scripts/test, or set OPENKYC_TEST_LIVENESS")
    }

    @Test("a genuine burst passes, with the challenge done and 3-D structure seen",
          arguments: LivenessSet.all.filter { $0.label == "genuine" })
    func genuinePasses(burst: LivenessSet.Burst) async throws {
        let report = try await LivenessSet.analyze(burst)
        #expect(report.livenessPassed, "\(report.summary)")
        #expect(report.livenessScore >= 0.5)
        #expect(report.movesCompleted == burst.challenge.count)
    }

    /// Each class must be caught, and by the signal meant for it (others may fire too).
    static let expectedSignal: [String: Set<String>] = [
        "print": ["challenge", "parallax", "eye_depth", "face_relief", "surround_motion", "frame_border", "flat_colour"],
        "screen": ["challenge", "parallax", "eye_depth", "face_relief", "surround_motion", "moire", "frame_border"],
        "wrong_order": ["challenge"],
        "repeated_frames": ["repeated_frames"],
        "different_person": ["same_person"],
        "selfie_replay": ["selfie_replay"],
        "session_replay": ["earlier_session_replay"],
        "fixture_spoof": ["challenge", "parallax", "eye_depth", "face_relief", "surround_motion", "moire", "frame_border",
                          "flat_colour"],
    ]

    @Test("an attack burst is rejected by the signal meant for its class",
          arguments: LivenessSet.all.filter { $0.label == "attack" })
    func attackRejected(burst: LivenessSet.Burst) async throws {
        let report = try await LivenessSet.analyze(burst)
        #expect(!report.livenessPassed, "\(report.summary)")
        #expect(report.livenessScore < 0.5)
        let expected = try #require(Self.expectedSignal[burst.class])
        #expect(!expected.isDisjoint(with: report.failed), "failed \(report.failed), expected one of \(expected)")
    }

    @Test("frames that cannot be decoded are a typed error, not a verdict")
    func corruptFrame() async throws {
        let burst = try #require(LivenessSet.all.first { $0.label == "genuine" })
        var frames = try burst.frames.map { LivenessFrame(bytes: try LivenessSet.bytes(burst, $0), timestamp: nil) }
        frames[1] = LivenessFrame(bytes: Array(frames[1].bytes.prefix(600)), timestamp: nil)
        await #expect(throws: KYCError.self) {
            _ = try await LivenessSet.analyzer.get().analyze(frames, challenge: LivenessChallenge(moves: [.turnLeft]))
        }
    }

    @Test("a burst sent as a WebM or MP4 video gets the burst's verdict: genuine passes, a print is rejected",
          arguments: LivenessSet.videos.map { "\($0.0.name)/\($0.1)" })
    func videoJudgedLikeBurst(path: String) async throws {
        let (burst, video) = try #require(LivenessSet.videos.first { "\($0.0.name)/\($0.1)" == path })
        let report = try await LivenessSet.analyze(burst, video: video)
        #expect(report.frames.count >= burst.frames.count - 1, "frames kept from the video")
        if burst.label == "genuine" {
            #expect(report.livenessPassed, "\(report.summary)")
            #expect(report.movesCompleted == burst.challenge.count)
        } else {
            #expect(!report.livenessPassed, "\(report.summary)")
            let expected = try #require(Self.expectedSignal[burst.class])
            #expect(!expected.isDisjoint(with: report.failed), "failed \(report.failed), expected one of \(expected)")
        }
    }

    @Test("a video is refused when it is too long, too large or not a video")
    func videoLimits() async throws {
        let (burst, video) = try #require(LivenessSet.videos.first { $0.0.label == "genuine" }, "the set has videos")
        await #expect(throws: KYCError(.videoTooLong, "The video is longer than 0 seconds", details: ["max_seconds": "0"])) {
            _ = try await LivenessSet.analyze(burst, video: video) { $0.videoSampling.maxSeconds = 0.5 }
        }
        let tooLarge = await #expect(throws: KYCError.self) {
            _ = try await LivenessSet.analyze(burst, video: video) { $0.limits.maxPixels = 100 * 100 }
        }
        #expect(tooLarge?.code == .imageTooLarge)
        // A WebM header followed by nothing a decoder can read.
        let garbage = Array(try LivenessSet.bytes(burst, video).prefix(48)) + [UInt8](repeating: 0x5A, count: 4000)
        let corrupt = await #expect(throws: KYCError.self) {
            _ = try await LivenessSet.analyzer.get().analyze(video: garbage, challenge: LivenessChallenge(moves: [.turnLeft]))
        }
        #expect(corrupt?.code == .corruptFile, "\(String(describing: corrupt))")
    }
}
