import CKYCVision
import KYCCore

/// Document geometry on decoded images: outline, flattening, crops, MRZ bands.
extension VisionImage {
    /// The document in the photo, flattened with its long side horizontal; nil when no outline
    /// covering `area` of the photo was found (the photo may be a tight crop or a scan already).
    /// `nested`: an outline inside another counts too.
    func rectifiedDocument(area: ClosedRange<Double>, nested: Bool = false) throws(KYCError) -> VisionImage? {
        var status = kv_status()
        var corners = kv_quad()
        let flat = kv_document_rectify(pointer, area.lowerBound, area.upperBound, nested ? 1 : 0, &corners, &status)
        guard status.code == KV_OK.rawValue else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return flat.map(VisionImage.init(pointer:))
    }

    func cropped(left: Int, top: Int, width: Int, height: Int) -> VisionImage? {
        kv_image_cropped(pointer, Int32(left), Int32(top), Int32(width), Int32(height)).map(VisionImage.init(pointer:))
    }

    func jpeg(quality: Int = 90) throws(KYCError) -> [UInt8] {
        var status = kv_status()
        var bytes: UnsafeMutablePointer<UInt8>?
        let length = kv_image_encode_jpeg(pointer, Int32(quality), &bytes, &status)
        guard length >= 0, let bytes else { throw VisionFailure.error(from: status, fallback: .internalError) }
        defer { kv_bytes_free(bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: length))
    }

    /// How far the text is tilted, in degrees (counter-clockwise positive, within ±maxDegrees).
    func textSkew(within maxDegrees: Double) throws(KYCError) -> Double {
        var status = kv_status()
        var degrees = 0.0
        guard kv_text_skew(pointer, maxDegrees, &degrees, &status) == 0 else {
            throw VisionFailure.error(from: status, fallback: .internalError)
        }
        return degrees
    }

    /// A copy with dot-matrix print joined into strokes Tesseract reads; nil when the image
    /// prints nothing in dots.
    func dotsJoined() throws(KYCError) -> VisionImage? {
        var status = kv_status()
        let joined = kv_image_dots_joined(pointer, &status)
        guard status.code == KV_OK.rawValue else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return joined.map(VisionImage.init(pointer:))
    }

    /// Labels printed light on dark tabs, redrawn black on white in a copy of the image, and
    /// where each tab stands; nil when the image has none.
    func labelTabsShown(limit: Int = 24) throws(KYCError) -> (image: VisionImage, tabs: [OCRRegion])? {
        try lightOnDarkShown(limit: limit, kv_label_tabs_shown)
    }

    /// Dark bands larger than a tab printed with light text (a header band), redrawn black on
    /// white in a copy of the image, and where each stands; nil when the image has none.
    func darkBandsShown(limit: Int = 8) throws(KYCError) -> (image: VisionImage, bands: [OCRRegion])? {
        try lightOnDarkShown(limit: limit, kv_dark_bands_shown)
    }

    private func lightOnDarkShown(
        limit: Int,
        _ find: (OpaquePointer?, UnsafeMutablePointer<kv_rect>?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<kv_status>?) -> OpaquePointer?
    ) throws(KYCError) -> (VisionImage, [OCRRegion])? {
        var boxes = [kv_rect](repeating: kv_rect(), count: limit)
        var count: Int32 = 0
        var status = kv_status()
        let shown = boxes.withUnsafeMutableBufferPointer { find(pointer, $0.baseAddress, Int32(limit), &count, &status) }
        guard status.code == KV_OK.rawValue else { throw VisionFailure.error(from: status, fallback: .internalError) }
        guard let shown else { return nil }
        let regions = boxes.prefix(Int(count)).map {
            OCRRegion(left: Int($0.left), top: Int($0.top), width: Int($0.width), height: Int($0.height))
        }
        return (VisionImage(pointer: shown), regions)
    }

    /// A copy turned counter-clockwise by `degrees`, nothing cut off.
    func turned(degrees: Double) -> VisionImage? {
        kv_image_turned(pointer, degrees).map(VisionImage.init(pointer:))
    }

    /// Candidate machine readable zones, most likely first.
    func mrzBands(limit: Int = 6) throws(KYCError) -> [kv_rect] {
        var bands = [kv_rect](repeating: kv_rect(), count: limit)
        var status = kv_status()
        let count = bands.withUnsafeMutableBufferPointer { kv_mrz_bands(pointer, $0.baseAddress, Int32(limit), &status) }
        guard count >= 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return Array(bands.prefix(Int(count)))
    }

    /// Readings of a band by the OCR-B cell classifier, best first; `squareOn`, of the band
    /// seen square on from its zone's lines' ends (none when they already stand square).
    func classifyMRZ(in band: kv_rect, squareOn: Bool = false) throws(KYCError) -> [String] {
        let text = try VisionText.read { buffer, capacity, status in
            kv_classify_mrz_band(pointer, band, squareOn ? 1 : 0, buffer, capacity, status)
        }
        return text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }
}

/// Text out of the C functions that fill a caller's buffer.
enum VisionText {
    static func read(capacity: Int = 4096,
                     _ body: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<kv_status>) -> Int32) throws(KYCError) -> String {
        var buffer = [CChar](repeating: 0, count: capacity)
        var status = kv_status()
        let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
        guard length >= 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
