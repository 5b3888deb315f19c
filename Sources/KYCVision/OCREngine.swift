import CKYCVision
import KYCCore

/// One Tesseract engine. Not thread-safe: its owner calls it from one thread at a time.
final class OCREngine {
    enum Mode {
        /// MRZ characters only, one block.
        case mrz
        /// Any printed text of the languages.
        case text
    }

    private let handle: OpaquePointer

    init(tessdataDirectory: String?, languages: String, mode: Mode) throws(KYCError) {
        var status = kv_status()
        guard let handle = kv_ocr_load(tessdataDirectory, languages, Int32(mode == .mrz ? KV_OCR_MRZ.rawValue : KV_OCR_TEXT.rawValue), &status) else {
            throw VisionFailure.error(from: status, fallback: .modelUnavailable)
        }
        self.handle = handle
    }

    deinit { kv_ocr_free(handle) }

    func readMRZ(_ image: VisionImage, band: kv_rect) throws(KYCError) -> String {
        try VisionText.read { buffer, capacity, status in
            kv_ocr_mrz_band(handle, image.pointer, band, buffer, capacity, status)
        }
    }

    /// One short value in a region (a lone letter the line reading dropped), of `characters`
    /// only, as an OCR line placed there.
    func word(_ image: VisionImage, in region: OCRRegion, characters: String) throws(KYCError) -> OCRLine? {
        try text(image, in: region, kind: KV_OCR_REGION_WORD, characters: characters)
    }

    /// The one line of text filling a region (a value read again on its own), of `characters`
    /// only; its confidence is its least confident character's.
    func line(_ image: VisionImage, in region: OCRRegion, characters: String? = nil) throws(KYCError) -> OCRLine? {
        try text(image, in: region, kind: KV_OCR_REGION_LINE, characters: characters)
    }

    private func text(_ image: VisionImage, in region: OCRRegion, kind: kv_ocr_region_kind,
                      characters: String?) throws(KYCError) -> OCRLine? {
        var confidence: Float = 0
        let box = kv_rect(left: Int32(region.left), top: Int32(region.top), width: Int32(region.width), height: Int32(region.height))
        let text = try VisionText.read(capacity: 64) { buffer, capacity, status in
            kv_ocr_region(handle, image.pointer, box, kind, characters, buffer, capacity, &confidence, status)
        }
        guard !text.isEmpty else { return nil }
        return OCRLine(text: text, left: region.left, top: region.top, width: region.width, height: region.height,
                       confidence: Double(confidence) / 100)
    }

    /// The text lines of a page, turned black and white at one level for the page or, `locally`,
    /// at a level for each window (for a shaded page).
    func lines(_ image: VisionImage, locally: Bool = false) throws(KYCError) -> [OCRLine] {
        var lines = [kv_text_line](repeating: kv_text_line(), count: 200)
        var status = kv_status()
        let threshold = locally ? KV_THRESHOLD_LOCAL : KV_THRESHOLD_PAGE
        let count = lines.withUnsafeMutableBufferPointer {
            kv_ocr_lines(handle, image.pointer, threshold, $0.baseAddress, Int32($0.count), &status)
        }
        guard count >= 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return lines.prefix(Int(count)).map { line in
            let text = withUnsafeBytes(of: line.text) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            return OCRLine(text: text, left: Int(line.box.left), top: Int(line.box.top), width: Int(line.box.width),
                           height: Int(line.box.height), confidence: Double(line.confidence) / 100)
        }
    }
}
