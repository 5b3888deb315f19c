/// What an upload turned out to be after its structure was checked.
public struct InspectedFile: Sendable, Equatable {
    public let format: FileFormat
    /// Pixel size for images; nil for PDF and video.
    public let width: Int?
    public let height: Int?
    public let byteCount: Int
}

/// Limits an upload must respect.
public struct UploadLimits: Sendable, Equatable {
    public var maxBytes: Int
    public var maxPixels: Int
    public var maxFrames: Int

    public init(maxBytes: Int = 10 * 1024 * 1024, maxPixels: Int = 40_000_000, maxFrames: Int = 30) {
        self.maxBytes = maxBytes
        self.maxPixels = maxPixels
        self.maxFrames = maxFrames
    }
}

/// Checks an uploaded file's bytes before anything is stored: its real format, that its
/// container is whole (not truncated or garbled), and that its pixel size is within limits.
///
/// Pixel size is read from the header, so a decompression bomb (a tiny file claiming a huge
/// canvas) is refused without decoding it.
public enum UploadInspector {
    public static func inspect(
        _ bytes: [UInt8],
        accepted: Set<FileFormat>,
        limits: UploadLimits
    ) throws(KYCError) -> InspectedFile {
        if bytes.isEmpty { throw KYCError(.corruptFile, "The file is empty") }
        if bytes.count > limits.maxBytes {
            throw KYCError(.fileTooLarge, "The file is larger than the \(limits.maxBytes)-byte limit",
                           details: ["max_bytes": String(limits.maxBytes)])
        }
        guard let format = FileFormat.sniff(bytes) else {
            throw KYCError(.unsupportedFileType, "The file's format is not recognised",
                           details: ["accepted": accepted.map(\.rawValue).sorted().joined(separator: ",")])
        }
        guard accepted.contains(format) else {
            throw KYCError(.unsupportedFileType, "A \(format.rawValue) file is not accepted here",
                           details: ["accepted": accepted.map(\.rawValue).sorted().joined(separator: ",")])
        }
        let size: (width: Int, height: Int)?
        switch format {
        case .jpeg: size = try JPEGHeader.size(bytes)
        case .png: size = try PNGHeader.size(bytes)
        case .webp: size = try WebPHeader.size(bytes)
        case .pdf:
            try PDFHeader.check(bytes)
            size = nil
        case .webm, .mp4:
            // A video's frames are checked where it is decoded (size and length limits
            // included), before anything of it is stored.
            size = nil
        }
        if let size {
            guard size.width > 0, size.height > 0 else {
                throw KYCError(.corruptFile, "The image has no pixels")
            }
            if size.width.multipliedReportingOverflow(by: size.height).partialValue > limits.maxPixels
                || size.width > 50_000 || size.height > 50_000
            {
                throw KYCError(.imageTooLarge, "The image is \(size.width)×\(size.height) pixels, over the limit",
                               details: ["max_pixels": String(limits.maxPixels)])
            }
        }
        return InspectedFile(format: format, width: size?.width, height: size?.height, byteCount: bytes.count)
    }
}

/// Big-endian reads that fail as a corrupt file instead of trapping.
struct ByteReader {
    let bytes: [UInt8]

    func u8(_ at: Int) throws(KYCError) -> Int {
        guard at >= 0, at < bytes.count else { throw truncated }
        return Int(bytes[at])
    }
    func u16be(_ at: Int) throws(KYCError) -> Int { try u8(at) << 8 | u8(at + 1) }
    func u16le(_ at: Int) throws(KYCError) -> Int { try u8(at) | u8(at + 1) << 8 }
    func u24le(_ at: Int) throws(KYCError) -> Int { try u16le(at) | u8(at + 2) << 16 }
    func u32be(_ at: Int) throws(KYCError) -> Int { try u16be(at) << 16 | u16be(at + 2) }
    func u32le(_ at: Int) throws(KYCError) -> Int { try u16le(at) | u16le(at + 2) << 16 }

    var truncated: KYCError { KYCError(.corruptFile, "The file is truncated or corrupt") }
}
