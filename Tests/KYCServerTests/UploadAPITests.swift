import Foundation
import Testing
import VaporTesting
@testable import KYCServer

@Suite("Uploads API")
struct UploadAPITests {
    @Test("multipart and base64 JSON uploads are stored and advance the session", arguments: TestDatabase.available)
    func bothEncodings(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key, extra: ["first_name": "Tendai", "last_name": "Moyo"])
            // The user confirms the prefilled names first (the Mini App's first step).
            #expect(try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "Tendai", "last_name": "Moyo"]).status == .ok)
            let front = try TestImages.jpeg("img1.jpg")
            let multipart = try await t.uploadMultipart("id_front", sessionID: id, files: [front])
            #expect(multipart.status == .ok, "\(multipart.text)")
            #expect(multipart.object["status"] as? String == "in_progress")
            #expect(multipart.object["current_step"] as? String == "id_back")
            #expect(multipart.object["file_count"] as? Int == 1)

            let back = try TestImages.png()
            let json = try await t.uploadJSON("id_back", sessionID: id, files: [back], key: key)
            #expect(json.status == .ok, "\(json.text)")
            #expect(json.object["current_step"] as? String == "selfie")

            // A data: URL works too, with WebP.
            let selfie = try TestImages.webp()
            let dataURL = "data:image/webp;base64," + Data(selfie).base64EncodedString()
            let webp = try await t.request(.POST, "upload/selfie", json: ["session_id": id, "image": dataURL])
            #expect(webp.status == .ok, "\(webp.text)")
            #expect(webp.object["current_step"] as? String == "liveness")

            let stored = try await t.documents(sessionID: id)
            #expect(stored.map(\.format).sorted() == ["jpeg", "png", "webp"])
            let frontDocument = try #require(stored.first { $0.docType == "id_front" })
            #expect(try await t.app.kyc.documents.get(key: frontDocument.storageKey) == front)
            #expect(frontDocument.width ?? 0 > 0 && frontDocument.height ?? 0 > 0)
        }
    }

    @Test("liveness takes several frames, as repeated parts or a JSON array, one burst per challenge",
          arguments: TestDatabase.available)
    func livenessFrames(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            let frames = try ["img1.jpg", "img2.jpg", "img3.jpg"].map(TestImages.jpeg)
            let withoutChallenge = try await t.uploadMultipart("liveness", sessionID: id, files: frames)
            #expect(withoutChallenge.status == .conflict && withoutChallenge.errorCode == "LIVENESS_CHALLENGE_REQUIRED")

            #expect(try await t.livenessChallenge(id).status == .ok)
            let multipart = try await t.uploadMultipart("liveness", sessionID: id, files: frames,
                                                        fields: [("timestamps", "0,150,300")])
            #expect(multipart.object["file_count"] as? Int == 3, "\(multipart.text)")
            // Three different people cannot pass: the verdict comes back with the reasons.
            #expect(multipart.object["liveness_passed"] as? Bool == false)
            let failed = (multipart.object["liveness"] as? [String: Any])?["failed"] as? [String] ?? []
            #expect(failed.contains("same_person") && failed.contains("frames"), "\(failed)")

            // The challenge was spent: the same burst again needs a new one.
            let again = try await t.uploadJSON("liveness", sessionID: id, files: Array(frames.prefix(2)))
            #expect(again.errorCode == "LIVENESS_CHALLENGE_REQUIRED")
            #expect(try await t.livenessChallenge(id).status == .ok)
            let json = try await t.uploadJSON("liveness", sessionID: id, files: Array(frames.prefix(2)))
            #expect(json.object["file_count"] as? Int == 2, "\(json.text)")
            // A new burst replaces the previous one.
            let stored = try await t.documents(sessionID: id, docType: "liveness")
            #expect(stored.map(\.frameIndex) == [0, 1])
            for (document, frame) in zip(stored, frames) {
                #expect(try await t.app.kyc.documents.get(key: document.storageKey) == frame)
            }
            let tooMany = try await t.uploadMultipart("selfie", sessionID: id, files: Array(frames.prefix(2)))
            #expect(tooMany.errorCode == "TOO_MANY_FILES")
        }
    }

    @Test("bad uploads are refused with a clear code and earlier uploads stay intact",
          arguments: TestDatabase.available)
    func rejectedUploads(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.uploadLimits.maxBytes = 3 * 1024 * 1024; $0.uploadLimits.maxPixels = 4_000_000 }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            let good = try TestImages.jpeg("img1.jpg")
            #expect(try await t.uploadMultipart("id_front", sessionID: id, files: [good]).status == .ok)
            let before = try await t.documents(sessionID: id)

            var truncated = good
            truncated.removeLast(good.count / 3)
            var garbled = good
            for i in 4..<64 { garbled[i] = 0 }
            let pdf = Array("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".utf8)
            let cases: [(String, [UInt8], String)] = [
                ("truncated JPEG", truncated, "CORRUPT_FILE"),
                ("JPEG with a broken header", garbled, "CORRUPT_FILE"),
                ("text file", Array("hello, I am not an image".utf8), "UNSUPPORTED_FILE_TYPE"),
                ("PDF as an ID photo", pdf, "UNSUPPORTED_FILE_TYPE"),
                ("empty file", [], "CORRUPT_FILE"),
                ("oversized file", good + [UInt8](repeating: 0, count: 3 * 1024 * 1024), "FILE_TOO_LARGE"),
                ("pixel bomb", TestImages.pngClaiming(width: 30_000, height: 30_000), "IMAGE_TOO_LARGE"),
            ]
            for (name, bytes, code) in cases {
                let response = try await t.uploadMultipart("id_front", sessionID: id, files: [bytes])
                #expect(response.status == .badRequest, "\(name)")
                #expect(response.errorCode == code, "\(name): \(response.text)")
                let json = try await t.uploadJSON("id_front", sessionID: id, files: [bytes])
                #expect(json.errorCode == code || (bytes.isEmpty && json.errorCode == "MISSING_PARAMETER"), "\(name) as JSON: \(json.text)")
            }
            let badBase64 = try await t.request(.POST, "upload/id_front", json: ["session_id": id, "image": "###"])
            #expect(badBase64.errorCode == "INVALID_PARAMETER")
            #expect(badBase64.errorField == "image")

            let after = try await t.documents(sessionID: id)
            #expect(after.map(\.id) == before.map(\.id))
            #expect(try await t.app.kyc.documents.get(key: try #require(after.first).storageKey) == good)
            let status = try await t.request(.GET, "session/\(id)/status").object
            #expect(status["current_step"] as? String == "personal_info")

            // PDF is accepted where a document can be one: proof of address, if asked for.
            #expect(try await t.uploadMultipart("address", sessionID: id, files: [pdf]).errorCode == "INVALID_PARAMETER")
        }
    }

    @Test("request problems: unknown doc_type, missing session or file, bodies over the limit",
          arguments: TestDatabase.available)
    func requestProblems(database: TestDatabase) async throws {
        try await withTestApp(database, adjust: { $0.uploadLimits.maxBytes = 256 * 1024 }) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            let image = try TestImages.jpeg("img1.jpg")
            #expect(image.count > 256 * 1024)
            #expect(try await t.uploadMultipart("passport", sessionID: id, files: [image]).errorCode == "INVALID_DOC_TYPE")
            let noSession = try await t.uploadMultipart("selfie", sessionID: nil, files: [image])
            #expect(noSession.errorCode == "MISSING_PARAMETER")
            #expect(noSession.errorField == "session_id")
            let noFile = try await t.uploadMultipart("selfie", sessionID: id, files: [])
            #expect(noFile.errorCode == "MISSING_PARAMETER")
            let small = try TestImages.png()
            #expect(try await t.uploadMultipart("selfie", sessionID: "nope", files: [small]).status == .notFound)
            #expect(try await t.uploadMultipart("selfie", sessionID: UUID().uuidString, files: [small]).status == .notFound)
            let big = try await t.uploadMultipart("selfie", sessionID: id, files: [image])
            #expect(big.status == .badRequest)
            #expect(big.errorCode == "FILE_TOO_LARGE")
            #expect(try await t.documents(sessionID: id).isEmpty)
            let text = try await t.request(.POST, "upload/selfie", body: (ByteBuffer(string: "x"), .plainText))
            #expect(text.errorCode == "INVALID_REQUEST")
        }
    }

    @Test("captures the user must retake are refused at upload with the reason, and nothing is stored")
    func captureQuality() async throws {
        try await withTestApp(.sqlite) { t in
            let (key, _) = try await t.createTenant()
            let id = try await t.createSession(key: key)
            let face = TestImages.fixtures.appendingPathComponent("faces/img1.jpg").path
            let cases: [(String, [UInt8], String, String?)] = [
                ("selfie", try TestImages.ffmpegJPEG(["-f", "lavfi", "-i", "color=c=0x808890:s=640x480"]), "NO_FACE_DETECTED", nil),
                ("selfie", try TestImages.jpeg("couple.jpg"), "MULTIPLE_FACES", nil),
                ("selfie", try TestImages.ffmpegJPEG(["-i", face, "-vf", "eq=brightness=-0.55"]), "POOR_IMAGE_QUALITY", "too_dark"),
                ("id_front", try TestImages.ffmpegJPEG(["-f", "lavfi", "-i", "color=c=0x101010:s=1200x800"]), "POOR_IMAGE_QUALITY", "too_dark"),
            ]
            for (docType, image, code, check) in cases {
                let refused = try await t.uploadMultipart(docType, sessionID: id, files: [image])
                #expect(refused.status == .badRequest && refused.errorCode == code, "\(docType) \(code): \(refused.text)")
                #expect((refused.object["details"] as? [String: Any])?["check"] as? String == check)
            }
            #expect(try await t.documents(sessionID: id).isEmpty)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [try TestImages.jpeg("img1.jpg")]).status == .ok)
        }
    }

    @Test("proof of address: images and PDF for a business that asks for it", arguments: TestDatabase.available)
    func addressStep(database: TestDatabase) async throws {
        // One liveness attempt: the single-frame burst below fails, and with no attempt left
        // the step is done (with attempts left a failed burst keeps the user on liveness).
        try await withTestApp(database, adjust: { $0.livenessAttempts = 1 }) { t in
            let (key, _) = try await t.createTenant(requiresAddress: true)
            let id = try await t.createSession(key: key, extra: ["first_name": "A", "last_name": "B"])
            #expect(try await t.request(.POST, "session/\(id)/personal-info", json: ["first_name": "A", "last_name": "B"]).status == .ok)
            for (type, image) in [("id_front", "img1.jpg"), ("id_back", "img2.jpg"), ("selfie", "img3.jpg"), ("liveness", "img4.jpg")] {
                if type == "liveness" { #expect(try await t.livenessChallenge(id).status == .ok) }
                #expect(try await t.uploadMultipart(type, sessionID: id, files: [try TestImages.jpeg(image)]).status == .ok)
            }
            #expect(try await t.request(.GET, "session/\(id)/status").object["current_step"] as? String == "address")
            let pdf = Array("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF".utf8)
            let upload = try await t.uploadMultipart("address", sessionID: id, files: [pdf])
            #expect(upload.status == .ok, "\(upload.text)")
            #expect(upload.object["current_step"] as? String == "review")
        }
    }

    @Test("stored images are encrypted at rest, on disk and in the database", arguments: TestDatabase.available)
    func encryptedAtRest(database: TestDatabase) async throws {
        for backend in [AppConfig.StorageBackend.local, .database] {
            try await withTestApp(database, adjust: { $0.storage = backend }) { t in
                let (key, _) = try await t.createTenant()
                let id = try await t.createSession(key: key)
                let image = try TestImages.jpeg("img5.jpg")
                #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [image]).status == .ok)
                let document = try #require(try await t.documents(sessionID: id).first)
                let raw: [UInt8]
                switch backend {
                case .local:
                    let path = t.config.dataDirectory + "/documents/" + document.storageKey + ".bin"
                    raw = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                case .database:
                    raw = Array(try #require(try await StoredBlob.find(document.storageKey, on: t.app.db)).data)
                }
                #expect(raw != image)
                #expect(raw.count == image.count + 28, "nonce and tag around the ciphertext")
                #expect(!raw.starts(with: [0xFF, 0xD8, 0xFF]))
                #expect(raw.count > 1000 && !containsRun(of: Array(image[100..<132]), in: raw))
                // It opens with the key, and a blob moved under another key does not.
                #expect(try await t.app.kyc.documents.get(key: document.storageKey) == image)
                let cipher = t.app.kyc.cipher
                #expect(throws: (any Error).self) { try cipher.open(raw, context: "document:another/key") }
            }
        }
    }

    @Test("a business can only upload to its own sessions; the session alone authorises the Mini App",
          arguments: TestDatabase.available)
    func uploadAuthorisation(database: TestDatabase) async throws {
        try await withTestApp(database) { t in
            let (keyA, _) = try await t.createTenant(name: "A")
            let (keyB, _) = try await t.createTenant(name: "B")
            let id = try await t.createSession(key: keyA)
            let image = try TestImages.jpeg()
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [image], key: keyB).status == .notFound)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [image], key: "okyc_bad").status == .unauthorized)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [image], key: keyA).status == .ok)
            #expect(try await t.uploadMultipart("selfie", sessionID: id, files: [image]).status == .ok)
            #expect(try await t.documents(sessionID: id).count == 1)
        }
    }
}

private func containsRun(of needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
}
