import ArgumentParser
import Foundation
import KYCCore

/// `openkyc gallery-bench`: time and memory of the duplicate-face search over N stored faces
/// (bench/verify.sh runs it at 10k, 100k and 1M). Random unit-length descriptors: the search
/// does the same work whatever the faces are.
struct GalleryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery-bench", abstract: "Benchmark the 1:N face search over N synthetic descriptors.",
        shouldDisplay: false)

    @Option(help: "Stored faces.") var count = 100_000
    @Option(help: "Searches to time.") var searches = 20

    func run() throws {
        var generator = SystemRandomNumberGenerator()
        func descriptor() -> [Float] {
            let raw = (0..<128).map { _ in Float.random(in: -1...1, using: &generator) }
            let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return raw.map { $0 / norm }
        }
        let before = residentBytes()
        var gallery = DescriptorGallery<Int>()
        gallery.reserveCapacity(count)
        for index in 0..<count { gallery.add(index, descriptor: descriptor()) }
        let after = residentBytes()
        var times: [Double] = []
        var hits = 0
        for _ in 0..<searches {
            let query = descriptor()
            let start = ContinuousClock.now
            hits += gallery.search(query, within: FaceMatchPolicy.standard.duplicateWithin).count
            times.append((ContinuousClock.now - start).milliseconds)
        }
        times.sort()
        let report: [String: Double] = [
            "faces": Double(count), "search_ms_median": times[times.count / 2], "search_ms_max": times.last ?? 0,
            "memory_mib": Double(after - before) / 1_048_576, "hits": Double(hits),
        ]
        try printJSON(report)
    }

    /// Resident set size from /proc (Linux).
    private func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kib * 1024
    }
}
