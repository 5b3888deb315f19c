/// 128-D face descriptors in one contiguous array, searched by brute force.
///
/// At 512 bytes a face, 100,000 faces are 51 MB and a search is one pass over them with
/// 8-wide SIMD; BENCHMARKS.md has the measured time and memory at 10k, 100k and 1M and
/// where this stops being enough.
public struct DescriptorGallery<Key: Hashable & Sendable>: Sendable {
    public static var dimensions: Int { 128 }

    public private(set) var keys: [Key] = []
    /// 16 lanes of 8 per face, stored as SIMD values so the search loads them aligned.
    private var vectors: [SIMD8<Float>] = []

    public init() {}

    public var count: Int { keys.count }

    /// Adds a descriptor; a wrong-sized one is ignored and reported.
    @discardableResult
    public mutating func add(_ key: Key, descriptor: [Float]) -> Bool {
        guard descriptor.count == Self.dimensions else { return false }
        keys.append(key)
        for lane in 0..<16 { vectors.append(SIMD8<Float>(descriptor[(lane * 8)..<(lane * 8 + 8)])) }
        return true
    }

    public mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        vectors.reserveCapacity(count * 16)
    }

    /// Every stored face within `maxDistance` of `query`, nearest first.
    public func search(_ query: [Float], within maxDistance: Double) -> [(key: Key, distance: Double)] {
        guard query.count == Self.dimensions else { return [] }
        let limit = Float(maxDistance * maxDistance)
        var q = [SIMD8<Float>](repeating: .zero, count: 16)
        for lane in 0..<16 { q[lane] = SIMD8<Float>(query[(lane * 8)..<(lane * 8 + 8)]) }
        var hits: [(key: Key, distance: Double)] = []
        vectors.withUnsafeBufferPointer { lanes in
            q.withUnsafeBufferPointer { q in
                for index in 0..<keys.count {
                    let base = index * 16
                    var sum = SIMD8<Float>.zero
                    for lane in 0..<16 {
                        let d = lanes[base + lane] - q[lane]
                        sum += d * d
                    }
                    let squared = sum.sum()
                    if squared <= limit { hits.append((keys[index], Double(squared).squareRoot())) }
                }
            }
        }
        return hits.sorted { $0.distance < $1.distance }
    }
}
