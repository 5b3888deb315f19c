import CKYCVision
import KYCCore

/// A decoded image (8-bit colour, EXIF orientation applied), owned by Swift and freed with it.
final class VisionImage: @unchecked Sendable {
    // Immutable after creation; only read by one engine call at a time.
    let pointer: OpaquePointer

    /// Takes ownership of an image the C side allocated.
    init(pointer: OpaquePointer) { self.pointer = pointer }

    deinit { kv_image_free(pointer) }

    var width: Int { Int(kv_image_width(pointer)) }
    var height: Int { Int(kv_image_height(pointer)) }

    /// Decodes JPEG, PNG or WebP after checking the header: the pixel limit is enforced before
    /// the decoder allocates anything, so a decompression bomb costs nothing.
    static func decode(_ bytes: [UInt8], limits: UploadLimits) throws(KYCError) -> VisionImage {
        _ = try UploadInspector.inspect(bytes, accepted: [.jpeg, .png, .webp], limits: limits)
        var status = kv_status()
        let decoded = bytes.withUnsafeBufferPointer { buffer in
            kv_image_decode(buffer.baseAddress, buffer.count, &status)
        }
        guard let decoded else { throw VisionFailure.error(from: status, fallback: .corruptFile) }
        return VisionImage(pointer: decoded)
    }

    /// This image, or a copy scaled down so its longest side is at most `maxSide`.
    func shrunk(toAtMost maxSide: Int) -> VisionImage {
        guard max(width, height) > maxSide, let copy = kv_image_shrunk(pointer, Int32(maxSide)) else { return self }
        return VisionImage(pointer: copy)
    }

    /// A copy enlarged by `factor` (bicubic), or nil.
    func enlarged(by factor: Double) -> VisionImage? {
        kv_image_enlarged(pointer, factor).map(VisionImage.init(pointer:))
    }

    /// A copy mirrored left for right.
    func mirrored() -> VisionImage? {
        kv_image_mirrored(pointer).map(VisionImage.init(pointer:))
    }

    /// A copy turned clockwise by `quarterTurns`.
    func rotated(_ quarterTurns: Int) -> VisionImage? {
        kv_image_rotated(pointer, Int32(quarterTurns)).map(VisionImage.init(pointer:))
    }

    /// Sharpness, brightness and exposure of the image or of one region.
    func quality(in box: FaceBox? = nil) throws(KYCError) -> ImageMeasures {
        var measures = kv_quality()
        var status = kv_status()
        let result: Int32
        if let box {
            var corners = [box.left, box.top, box.right, box.bottom]
            result = corners.withUnsafeMutableBufferPointer { kv_image_quality(pointer, $0.baseAddress, &measures, &status) }
        } else {
            result = kv_image_quality(pointer, nil, &measures, &status)
        }
        guard result == 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return ImageMeasures(sharpness: measures.sharpness, brightness: measures.brightness,
                             overexposed: measures.overexposed, underexposed: measures.underexposed)
    }
}

/// Turns a C status into a typed error.
enum VisionFailure {
    static func error(from status: kv_status, fallback: KYCError.Code) -> KYCError {
        let message = withUnsafeBytes(of: status.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        switch Int(status.code) {
        case Int(KV_ERR_DECODE.rawValue): return KYCError(.corruptFile, "The image could not be decoded")
        case Int(KV_ERR_MODEL.rawValue): return KYCError(.modelUnavailable, message)
        default: return KYCError(fallback, message.isEmpty ? "Image processing failed" : message)
        }
    }
}
