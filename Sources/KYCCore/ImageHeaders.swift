/// JPEG: walks the marker segments to the frame header and requires an end-of-image marker
/// after the scan, which a truncated upload lacks.
enum JPEGHeader {
    static func size(_ bytes: [UInt8]) throws(KYCError) -> (width: Int, height: Int) {
        let r = ByteReader(bytes: bytes)
        var offset = 2
        var frameSize: (Int, Int)?
        while true {
            guard try r.u8(offset) == 0xFF else { throw r.truncated }
            let marker = try r.u8(offset + 1)
            if marker == 0xFF { offset += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { offset += 2; continue }
            if marker == 0xD9 { throw r.truncated }  // end before any scan
            let length = try r.u16be(offset + 2)
            guard length >= 2 else { throw r.truncated }
            let isFrameHeader = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrameHeader {
                frameSize = (try r.u16be(offset + 7), try r.u16be(offset + 5))
            }
            if marker == 0xDA {  // start of scan: entropy-coded data follows
                guard let frameSize else { throw r.truncated }
                guard hasEndMarker(bytes, after: offset + 2 + length) else { throw r.truncated }
                return frameSize
            }
            offset += 2 + length
        }
    }

    /// Phones sometimes append data after the image, so search backwards for the marker.
    private static func hasEndMarker(_ bytes: [UInt8], after start: Int) -> Bool {
        var i = bytes.count - 2
        while i >= start {
            if bytes[i] == 0xFF && bytes[i + 1] == 0xD9 { return true }
            i -= 1
        }
        return false
    }
}

/// PNG: every chunk's length must fit and its CRC must match, the first chunk is the header
/// and the last is IEND.
enum PNGHeader {
    static func size(_ bytes: [UInt8]) throws(KYCError) -> (width: Int, height: Int) {
        let r = ByteReader(bytes: bytes)
        var offset = 8
        var size: (Int, Int)?
        var sawEnd = false
        while offset < bytes.count {
            let length = try r.u32be(offset)
            let typeStart = offset + 4
            let crcStart = typeStart + 4 + length
            guard length <= bytes.count, crcStart + 4 <= bytes.count else { throw r.truncated }
            let type = String(decoding: bytes[typeStart..<typeStart + 4], as: UTF8.self)
            if size == nil && type != "IHDR" { throw r.truncated }
            guard CRC32.checksum(bytes[typeStart..<crcStart]) == UInt32(try r.u32be(crcStart)) else {
                throw r.truncated
            }
            if type == "IHDR" { size = (try r.u32be(typeStart + 4), try r.u32be(typeStart + 8)) }
            offset = crcStart + 4
            if type == "IEND" { sawEnd = true; break }
        }
        guard sawEnd, let size else { throw r.truncated }
        return size
    }
}

/// WebP: the RIFF length must fit the file, and the size comes from the VP8, VP8L or VP8X chunk.
enum WebPHeader {
    static func size(_ bytes: [UInt8]) throws(KYCError) -> (width: Int, height: Int) {
        let r = ByteReader(bytes: bytes)
        let riffLength = try r.u32le(4)
        guard riffLength + 8 <= bytes.count, riffLength >= 4 + 8 + 10 else { throw r.truncated }
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        let payload = 20
        switch chunk {
        case "VP8 ":
            guard try r.u8(payload + 3) == 0x9D, try r.u8(payload + 4) == 0x01, try r.u8(payload + 5) == 0x2A else {
                throw r.truncated
            }
            return (try r.u16le(payload + 6) & 0x3FFF, try r.u16le(payload + 8) & 0x3FFF)
        case "VP8L":
            guard try r.u8(payload) == 0x2F else { throw r.truncated }
            let bits = try r.u32le(payload + 1)
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return (try r.u24le(payload + 4) + 1, try r.u24le(payload + 7) + 1)
        default:
            throw r.truncated
        }
    }
}

/// PDF: a header and an end-of-file marker near the end; content is not interpreted.
enum PDFHeader {
    static func check(_ bytes: [UInt8]) throws(KYCError) {
        let tail = bytes.suffix(1024)
        let marker = Array("%%EOF".utf8)
        let found = tail.indices.contains { i in
            i + marker.count <= tail.endIndex && Array(tail[i..<i + marker.count]) == marker
        }
        guard found else { throw KYCError(.corruptFile, "The PDF is truncated or corrupt") }
    }
}

/// CRC-32 (IEEE), as PNG chunks use.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
