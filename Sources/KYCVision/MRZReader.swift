import CKYCVision
import Dispatch
import KYCCore

/// Finds and reads the machine readable zone of a document photo, then parses and checks it.
///
/// Tesseract keeps state per engine, so one reader serves one call at a time on its own
/// thread; callers queue. Run with `OMP_THREAD_LIMIT=1` in the environment (7–10× faster here).
public final class MRZReader: @unchecked Sendable {
    // Used only on `queue`.
    private let ocr: OpaquePointer
    private let queue = DispatchQueue(label: "openkyc.mrz-reader")
    private let limits: UploadLimits

    public init(tessdataDirectory: String? = nil, limits: UploadLimits = UploadLimits()) throws(KYCError) {
        var status = kv_status()
        guard let ocr = kv_ocr_load(tessdataDirectory, "eng", &status) else {
            throw VisionFailure.error(from: status, fallback: .modelUnavailable)
        }
        self.ocr = ocr
        self.limits = limits
    }

    deinit { kv_ocr_free(ocr) }

    /// What was read: the raw OCR text, and the parsed zone when the text has an MRZ's shape.
    public struct Reading: Sendable {
        public let text: String
        public let mrz: MRZ?
    }

    public func read(_ bytes: [UInt8]) async throws(KYCError) -> Reading {
        let result: Result<Reading, KYCError> = await withCheckedContinuation { continuation in
            queue.async { [self] in
                continuation.resume(returning: Result { () throws(KYCError) -> Reading in try readNow(bytes) })
            }
        }
        return try result.get()
    }

    /// Reads upright, then upside down (a page photographed the wrong way round).
    private func readNow(_ bytes: [UInt8]) throws(KYCError) -> Reading {
        let upright = try VisionImage.decode(bytes, limits: limits)
        var first: Reading?
        for turns in [0, 2] {
            guard let image = turns == 0 ? upright : upright.rotated(turns) else { continue }
            let text = try ocrText(image)
            let reading = Reading(text: text, mrz: Self.parse(text))
            if reading.mrz?.valid == true { return reading }
            if first == nil || (first?.mrz == nil && reading.mrz != nil) { first = reading }
        }
        return first ?? Reading(text: "", mrz: nil)
    }

    private func ocrText(_ image: VisionImage) throws(KYCError) -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        var status = kv_status()
        let length = buffer.withUnsafeMutableBufferPointer {
            kv_read_mrz(ocr, image.pointer, $0.baseAddress, Int32($0.count), &status)
        }
        guard length >= 0 else { throw VisionFailure.error(from: status, fallback: .internalError) }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The best MRZ in OCR text: consecutive long lines, tried as TD3, TD2 and TD1.
    static func parse(_ text: String) -> MRZ? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.filter { !$0.isWhitespace } }.filter { $0.count >= 20 }
        var candidates: [MRZ] = []
        for size in [2, 3] where lines.count >= size {
            for start in 0...(lines.count - size) {
                if let mrz = MRZParser.parse(lines[start..<(start + size)].map { String($0) }) { candidates.append(mrz) }
            }
        }
        return candidates.max { a, b in a.checks.filter(\.valid).count < b.checks.filter(\.valid).count }
    }
}
