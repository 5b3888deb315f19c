import Foundation
import KYCCore
import KYCVision
import Testing

@Suite("Face matching on the shared fixtures")
struct FaceMatchTests {
    /// Accuracy at the shipped threshold on a labelled pair list.
    func accuracy(_ csv: String) async throws -> (accuracy: Double, falseMatches: Int, missed: Int, pairs: Int) {
        let descriptors = try await DescriptorCache.shared.all()
        var correct = 0, falseMatches = 0, missed = 0, total = 0
        for (a, b, same) in try VisionFixtures.pairs(csv) {
            let x = try #require(descriptors[a], "no face in \(a)")
            let y = try #require(descriptors[b], "no face in \(b)")
            let match = FaceMatchPolicy.standard.isMatch(distance: FaceDescriptorDistance.between(x, y))
            total += 1
            if match == same { correct += 1 } else if match { falseMatches += 1 } else { missed += 1 }
        }
        return (Double(correct) / Double(total), falseMatches, missed, total)
    }

    @Test("same-person pairs match and different-person pairs don't (master.csv)")
    func masterPairs() async throws {
        let result = try await accuracy("master.csv")
        #expect(result.pairs >= 299)
        #expect(result.accuracy >= MeasuredAccuracy.master - 0.01, "\(result)")
    }

    @Test("pivot pairs at the documented threshold")
    func pivotPairs() async throws {
        let result = try await accuracy("face-recognition-pivot.csv")
        #expect(result.pairs == 280)
        #expect(result.accuracy >= MeasuredAccuracy.pivot - 0.01, "\(result)")
    }

    @Test("compare: same person scores high, different people low, the same photo near zero")
    func compareAPI() async throws {
        let engine = try VisionFixtures.engine.get()
        let same = try await engine.compare(try VisionFixtures.image("img1.jpg"), try VisionFixtures.image("img2.jpg"))
        #expect(same.match && same.score > 0.5 && same.decision == .match)
        let different = try await engine.compare(try VisionFixtures.image("img1.jpg"), try VisionFixtures.image("img3.jpg"))
        #expect(!different.match && different.score < 0.5 && different.decision == .noMatch)
        #expect(same.reviewBand == [FaceMatchPolicy.standard.autoMatchBelow, FaceMatchPolicy.standard.noMatchFrom])
        let identical = try await engine.compare(try VisionFixtures.image("img1.jpg"), try VisionFixtures.image("img1.jpg"))
        #expect(identical.distance < 0.01 && identical.score > 0.99)
        #expect(same.probe.timings["total_ms"] != nil)
    }
}

/// Accuracy measured with the shipped models and threshold (see BENCHMARKS.md); tests assert it
/// with a 1-point margin so a regression in detection, alignment or embedding fails them.
enum MeasuredAccuracy {
    static let master = 1.0
    static let pivot = 1.0
}
