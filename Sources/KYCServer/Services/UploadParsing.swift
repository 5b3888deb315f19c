import Foundation
import KYCCore
import NIOCore

/// What an upload request carried, whichever encoding it came in.
struct UploadPayload {
    var sessionID: String?
    var files: [[UInt8]] = []
    /// Liveness frames' capture times in milliseconds, one per file, when sent.
    var timestamps: [Double]?
}

/// Reads the two upload encodings: JSON with base64 (or data: URL) images, and
/// multipart/form-data with a `session_id` field and one or more `file` parts.
enum UploadParsing {
    /// Field names accepted for file parts; `file` is the documented one.
    static let filePartNames: Set<String> = ["file", "file[]", "files", "files[]", "frames", "frames[]"]

    static func json(_ body: ByteBuffer) throws -> UploadPayload {
        let request = try JSONDecoder().decode(JSONUploadRequest.self, from: body)
        let images = request.images ?? []
        var payload = UploadPayload(sessionID: request.sessionID, timestamps: request.timestamps)
        for (index, image) in images.enumerated() {
            let field = images.count == 1 ? "image" : "image.\(index)"
            payload.files.append(try decodeBase64(image, field: field))
        }
        return payload
    }

    static func multipart(_ body: ByteBuffer, boundary: String) throws -> UploadPayload {
        var payload = UploadPayload()
        let parts: [MultipartSplitter.Part]
        do {
            parts = try MultipartSplitter.parts(of: Array(body.readableBytesView), boundary: boundary)
        } catch {
            throw KYCError(.invalidRequest, "The multipart body could not be read")
        }
        for part in parts {
            let name = dispositionName(part.headers["content-disposition"])
            if name == "session_id" {
                payload.sessionID = String(decoding: part.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            } else if name == "timestamps" {
                payload.timestamps = try timestamps(String(decoding: part.body, as: UTF8.self))
            } else if let name, filePartNames.contains(name) {
                payload.files.append(part.body)
            }
        }
        return payload
    }

    /// "0,120,250" or "[0, 120, 250]": milliseconds, one per frame.
    static func timestamps(_ text: String) throws(KYCError) -> [Double] {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] \n\r\t"))
        var values: [Double] = []
        for item in trimmed.split(separator: ",") {
            guard let value = Double(item.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw .invalid("timestamps", "must be numbers (milliseconds), comma-separated or a JSON array")
            }
            values.append(value)
        }
        return values
    }

    /// The `name` parameter of a Content-Disposition header.
    private static func dispositionName(_ header: String?) -> String? {
        guard let header else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "name" else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Standard or URL-safe base64, optionally inside a `data:` URL, line breaks allowed.
    static func decodeBase64(_ text: String, field: String) throws(KYCError) -> [UInt8] {
        var payload = Substring(text)
        if payload.hasPrefix("data:") {
            guard let comma = payload.firstIndex(of: ","), payload[..<comma].hasSuffix(";base64") else {
                throw .invalid(field, "must be base64 or a base64 data: URL")
            }
            payload = payload[payload.index(after: comma)...]
        }
        if payload.isEmpty { throw .missing(field) }
        // The common case, plain padded base64, decodes directly; only other spellings are rewritten.
        if let data = Data(base64Encoded: String(payload)) { return Array(data) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(payload.utf8.count + 3)
        for byte in payload.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "-"): bytes.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"): bytes.append(UInt8(ascii: "/"))
            default: bytes.append(byte)
            }
        }
        while bytes.count % 4 != 0 { bytes.append(UInt8(ascii: "=")) }
        guard !bytes.isEmpty, let data = Data(base64Encoded: Data(bytes)) else {
            throw .invalid(field, "is not valid base64")
        }
        return Array(data)
    }
}

/// The JSON upload body: `image` is one base64 string or an array of them (liveness frames).
private struct JSONUploadRequest: Decodable {
    let sessionID: String?
    let images: [String]?
    let timestamps: [Double]?

    enum CodingKeys: String, CodingKey { case sessionID = "session_id", image, images, timestamps }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessionID = try c.decodeIfPresent(String.self, forKey: .sessionID)
        if let single = try? c.decodeIfPresent(String.self, forKey: .image) {
            images = [single]
        } else if let many = try c.decodeIfPresent([String].self, forKey: .image) {
            images = many
        } else {
            images = try c.decodeIfPresent([String].self, forKey: .images)
        }
        timestamps = try c.decodeIfPresent([Double].self, forKey: .timestamps)
    }
}
