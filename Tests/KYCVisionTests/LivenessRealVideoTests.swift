import Foundation
import KYCCore
import KYCVision
import Testing

/// Real people in front of real cameras (../shared/fixtures/liveness-video, see its
/// SOURCES.md), judged as whole videos the way the server judges an uploaded one. What each
/// person does was not asked of them, so the challenge order is not held against them here.
@Suite("Liveness on real videos: real head turns pass every signal, frontal-only clips are rejected for lack of motion")
struct LivenessRealVideoTests {
    static let directory = VisionFixtures.root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/liveness-video")

    static func analyze(_ clip: String) async throws -> LivenessReport {
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(clip + ".mp4")))
        return try await LivenessSet.analyzer.get().analyze(video: bytes, challenge: try LivenessChallenge(moves: [.turnLeft])).report
    }

    @Test("a real person turning their head passes every signal but the challenge, with the turn seen in 3-D",
          arguments: ["liveportrait_d3_woman_expr", "liveportrait_d9_man_talking", "liveportrait_d13_phone_selfie",
                      "sadtalker_WDA_AOC", "sadtalker_WDA_KatieHill"])
    func realTurnsPass(clip: String) async throws {
        let report = try await Self.analyze(clip)
        #expect(Set(report.failed).subtracting(["challenge"]).isEmpty, "\(report.summary)")
        let parallax = try #require(report.signals.first { $0.name == "parallax" })
        #expect(parallax.passed, "a turn was seen: \(parallax.detail)")
        let identity = report.signals.filter { ["same_person", "face_track"].contains($0.name) }
        #expect(identity.count == 2 && identity.allSatisfy(\.passed), "\(identity)")
    }

    @Test("a real person who only faces the camera is rejected for lack of motion",
          arguments: ["liveportrait_d12_man_glasses", "liveportrait_d14_woman_blink_wink"])
    func frontalOnlyRejected(clip: String) async throws {
        let report = try await Self.analyze(clip)
        #expect(!report.livenessPassed)
        #expect(report.failed.contains("parallax"), "\(report.summary)")
        // Nothing about the picture itself looks like an attack: only the motion is missing.
        #expect(LivenessReplayTests.recapture.isDisjoint(with: report.failed), "\(report.failed)")
    }
}
