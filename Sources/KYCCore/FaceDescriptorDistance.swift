/// How far apart two 128-D face descriptors are (Euclidean; 0 = identical). One definition for
/// 1:1 matching and for liveness, so their thresholds mean the same thing.
public enum FaceDescriptorDistance {
    public static func between(_ a: [Float], _ b: [Float]) -> Double {
        zip(a, b).reduce(0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) }.squareRoot()
    }
}
