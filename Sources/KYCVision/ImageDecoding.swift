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
        let image = try VisionImage.decode(bytes, limits: limits)
        guard let small = kv_image_shrunk(image.pointer, Int32(maxSide)) else {
            throw KYCError(.internalError, "Resizing failed")
        }
        defer { kv_image_free(small) }
        let width = Int(kv_image_width(small)), height = Int(kv_image_height(small))
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        pixels.withUnsafeMutableBufferPointer { kv_image_copy_rgb(small, $0.baseAddress) }
        return RGBImage(width: width, height: height, rgb: pixels)
    }
}
