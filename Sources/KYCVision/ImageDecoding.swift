import CKYCVision
import KYCCore

/// Decoded pixels, tightly packed RGB rows.
public struct RGBImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let rgb: [UInt8]

    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }
}

/// Decoding to plain pixels, for callers that work on pixels themselves (hashing, tests).
public enum ImageDecoding {
    /// Decodes (EXIF orientation applied) and shrinks to at most `maxSide` on the longest side.
    public static func rgb(_ bytes: [UInt8], maxSide: Int, limits: UploadLimits = UploadLimits()) throws(KYCError) -> RGBImage {
        let small = try VisionImage.decode(bytes, limits: limits).shrunk(toAtMost: maxSide)
        var pixels = [UInt8](repeating: 0, count: small.width * small.height * 3)
        pixels.withUnsafeMutableBufferPointer { kv_image_copy_rgb(small.pointer, $0.baseAddress) }
        return RGBImage(width: small.width, height: small.height, rgb: pixels)
    }
}
