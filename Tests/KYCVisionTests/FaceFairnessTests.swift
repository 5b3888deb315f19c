import Foundation
import KYCCore
import KYCVision
import Testing

/// Regression gates on the operating points of `FaceMatchPolicy`, on the set they were chosen
/// on (faces-lfw-black: real photos of Black and African people, every pair of its 75 photos).
/// They are not evidence that the points generalise (that is measured on held-out data, see
/// BENCHMARKS.md "Face fairness"); they fail when detection, alignment or the descriptor
/// recipe drifts. Each gate sits a little outside the measured value (in the comments).
@Suite("Face operating points on Black and African faces (regression gates)")
struct FaceFairnessTests {
    static let lfwBlack = VisionFixtures.root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/faces-lfw-black")

    /// Same-person and different-person distances over every pair of photos.
    static func distances() async throws -> (genuine: [Double], impostor: [Double]) {
        let people = try FileManager.default.contentsOfDirectory(atPath: lfwBlack.path).filter { !$0.contains(".") }.sorted()
        let photos = try people.flatMap { person in
            try FileManager.default.contentsOfDirectory(atPath: lfwBlack.appendingPathComponent(person).path)
                .filter { $0.hasSuffix(".jpg") }.sorted().map { (person, lfwBlack.appendingPathComponent(person).appendingPathComponent($0)) }
        }
        #expect(people.count == 21 && photos.count == 75, "faces-lfw-black is incomplete: \(people.count) people, \(photos.count) photos")
        let engine = try VisionFixtures.engine.get()
        var described: [(String, [Float])] = []
        for (person, url) in photos {
            let analysis = try await engine.analyze(Array(try Data(contentsOf: url)), policy: .largest)
            described.append((person, analysis.descriptor))
        }
        var genuine: [Double] = [], impostor: [Double] = []
        for i in described.indices {
            for j in described.indices where j > i {
                let d = FaceDescriptorDistance.between(described[i].1, described[j].1)
                if described[i].0 == described[j].0 { genuine.append(d) } else { impostor.append(d) }
            }
        }
        return (genuine, impostor)
    }

    static func share(_ values: [Double], below threshold: Double) -> Double {
        Double(values.filter { $0 < threshold }.count) / Double(values.count)
    }

    @Test("automatic matches, single-threshold matches and no-match hold their measured rates")
    func operatingPoints() async throws {
        let (genuine, impostor) = try await Self.distances()
        #expect(genuine.count == 119 && impostor.count == 2656)
        let policy = FaceMatchPolicy.standard
        // Measured: 0.08% of different-person pairs (2 of 2656) and 84.0% of same-person pairs.
        #expect(Self.share(impostor, below: policy.autoMatchBelow) <= 0.0012)
        #expect(Self.share(genuine, below: policy.autoMatchBelow) >= 0.82)
        // Measured: 0.94% and 95.8%.
        #expect(Self.share(impostor, below: policy.matchBelow) <= 0.011)
        #expect(Self.share(genuine, below: policy.matchBelow) >= 0.95)
        // Measured: no same-person pair at or above no_match.
        #expect(Self.share(genuine, below: policy.noMatchFrom) == 1)
    }
}
