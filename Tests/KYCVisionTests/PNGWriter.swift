import KYCCore
import KYCVision

/// Writes real PNG files (RGBA, 8 bits, uncompressed deflate blocks) so tests can build
/// rotated and alpha-channel images from fixture photos without an image library.
enum PNGWriter {
    static func rgba(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8, UInt8)) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for y in 0..<height {
            raw.append(0)  // filter: none
            for x in 0..<width {
                let (r, g, b, a) = pixel(x, y)
                raw += [r, g, b, a]
            }
        }
        return encode(width: width, height: height, raw: raw)
    }

    /// An 8-bit grayscale PNG (colour type 0) of `image`'s luminance.
    static func gray(_ image: RGBImage) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(image.height * (image.width + 1))
        for y in 0..<image.height {
            raw.append(0)
            for x in 0..<image.width {
                let i = (y * image.width + x) * 3
                let r = 299 * Int(image.rgb[i]), g = 587 * Int(image.rgb[i + 1]), b = 114 * Int(image.rgb[i + 2])
                raw.append(UInt8((r + g + b) / 1000))
            }
        }
        return encode(width: image.width, height: image.height, raw: raw, colourType: 0)
    }

    /// `image` turned clockwise by `quarterTurns`, as an RGBA PNG with an opaque alpha channel.
    static func rotated(_ image: RGBImage, quarterTurns: Int) -> [UInt8] {
        let turns = ((quarterTurns % 4) + 4) % 4
        let (w, h) = (image.width, image.height)
        let (outWidth, outHeight) = turns % 2 == 0 ? (w, h) : (h, w)
        return rgba(width: outWidth, height: outHeight) { x, y in
            let (sx, sy): (Int, Int)
            switch turns {
            case 0: (sx, sy) = (x, y)
            case 1: (sx, sy) = (y, h - 1 - x)
            case 2: (sx, sy) = (w - 1 - x, h - 1 - y)
            default: (sx, sy) = (w - 1 - y, x)
            }
            let i = (sy * w + sx) * 3
            return (image.rgb[i], image.rgb[i + 1], image.rgb[i + 2], 255)
        }
    }

    private static func encode(width: Int, height: Int, raw: [UInt8], colourType: UInt8 = 6) -> [UInt8] {
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, raw.count - offset)
            let final: UInt8 = offset + length == raw.count ? 1 : 0
            zlib += [final, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            zlib += raw[offset..<offset + length]
            offset += length
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        let header = bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, colourType, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// `jpeg` with an EXIF APP1 segment saying "rotate 90° clockwise to display" (orientation 6)
    /// inserted first, as phones write it instead of turning the pixels.
    static func withEXIFOrientation6(_ jpeg: [UInt8]) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8,  // big-endian TIFF, IFD at 8
                             0, 1,                                // one entry
                             0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,  // Orientation, SHORT, 1, value 6
                             0, 0, 0, 0]                          // no next IFD
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        return [0xFF, 0xD8, 0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload + jpeg.dropFirst(2)
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(CRC32.checksum(body[...]))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }
}
