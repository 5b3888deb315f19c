import Foundation
import KYCCore
import KYCVision
import Testing

/// Screen replays of the real videos (scripts/make-replays.py, seed 41, one per video: the video
/// played on a phone, laptop or monitor and filmed) beside real bursts cut from the same videos.
/// A regression gate, not evidence: the limits were chosen on other seeds (21–22) and judged on
/// held-out ones in BENCHMARKS.md; this set only has to keep what they catch caught.
@Suite("Liveness: screen replays of real videos are caught by a recapture signal, the real bursts are not")
struct LivenessReplayTests {
    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["OPENKYC_TEST_REPLAYS"] { return URL(fileURLWithPath: path) }
        return VisionFixtures.root.appendingPathComponent(".build/test-replays")
    }()

    static let bursts: [LivenessSet.Burst] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("index.json")) else { return [] }
        return (try? JSONDecoder().decode([LivenessSet.Burst].self, from: data)) ?? []
    }()

    /// The signals that judge the picture itself. A replayed real head really turns, so the
    /// motion and 3-D signals pass on a replay; the real bursts are cut wherever the video was,
    /// so the challenge is not theirs to pass either.
    static let recapture: Set<String> = ["moire", "screen_pattern", "frame_border", "device_edge", "flat_colour",
                                         "recapture_texture"]

    static func report(_ burst: LivenessSet.Burst) async throws -> LivenessReport {
        let folder = directory.appendingPathComponent(burst.name)
        let frames = try zip(burst.frames, burst.timestamps).map { file, timestamp in
            LivenessFrame(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(file))), timestamp: timestamp)
        }
        return try await LivenessSet.analyzer.get().analyze(
            frames, challenge: try LivenessChallenge(parsing: burst.challenge.joined(separator: ","))).report
    }

    @Test("the replay set was generated (scripts/test makes it): a real burst and a replay of each of the seven videos")
    func setGenerated() {
        #expect(Self.bursts.filter { $0.label == "genuine" }.count == 7, "\(Self.directory.path)")
        #expect(Self.bursts.filter { $0.label == "attack" }.count == 7, "\(Self.directory.path)")
    }

    @Test("no real burst fails a recapture signal")
    func realBurstsPass() async throws {
        for burst in Self.bursts where burst.label == "genuine" {
            let failed = Set(try await Self.report(burst).failed).intersection(Self.recapture)
            #expect(failed.isEmpty, "\(burst.name): \(failed)")
        }
    }

    @Test("at most one replay in seven passes every recapture signal; a device's edge below the face and the recapture model each catch most of them")
    func replaysCaught() async throws {
        var passed: [String] = [], byDeviceEdge = 0, byTexture = 0
        for burst in Self.bursts where burst.label == "attack" {
            let failed = Set(try await Self.report(burst).failed).intersection(Self.recapture)
            if failed.isEmpty { passed.append(burst.name) }
            if failed.contains("device_edge") { byDeviceEdge += 1 }
            if failed.contains("recapture_texture") { byTexture += 1 }
        }
        #expect(Self.bursts.contains { $0.label == "attack" })
        #expect(passed.count <= 1, "replays passing: \(passed)")
        #expect(byDeviceEdge >= 4, "device_edge caught \(byDeviceEdge) of 7")
        // Seed 41 was not used to fit the model (seeds 21-22, the whole videos and generated seed
        // 13 were); it caught 4 of these 7 when it was fitted, the nearest 0.8 above the limit.
        #expect(byTexture >= 4, "recapture_texture caught \(byTexture) of 7")
    }
}
