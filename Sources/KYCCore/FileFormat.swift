/// File formats accepted as uploads, identified by their bytes, never by a declared type.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, webp, pdf
    /// Liveness videos: WebM (what Chromium's and Android's MediaRecorder write) and MP4 /
    /// QuickTime (what iOS writes).
    case webm, mp4

    public var mimeType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        case .pdf: "application/pdf"
        case .webm: "video/webm"
        case .mp4: "video/mp4"
        }
    }

    public var isVideo: Bool { self == .webm || self == .mp4 }

    /// The format whose signature starts `bytes`, if any.
    public static func sniff(_ bytes: [UInt8]) -> FileFormat? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        // An EBML header whose DocType (within its first bytes) is "webm"; other Matroska files are not taken.
        if starts([0x1A, 0x45, 0xDF, 0xA3]), bytes.prefix(64).firstRange(of: Array("webm".utf8)) != nil { return .webm }
        if starts(Array("ftyp".utf8), at: 4) { return .mp4 }
        return nil
    }
}
