import Fluent
import Foundation
import Testing
import VaporTesting
@testable import KYCServer

/// `POST /verify` end to end: real document photos, selfies and liveness bursts through the
/// real engines, on SQLite and PostgreSQL, with the worker of the test application.
@Suite("Verification API: submit, decide, explain, fraud, review")
struct VerificationAPITests {
    /// Creates a session for `person` with the names and birth date of `variant`'s document and
    /// uploads the document, the selfie and the liveness burst; returns the session id.
    func prepare(_ t: TestApp, key: String, person: VerificationPerson, variant: String = "valid",
                 telegramID: String = "700100", selfie: [UInt8]? = nil, selfieAfterBurst: Bool = false,
                 lastName: String? = nil, webhookURL: String? = nil) async throws -> String {
        let truth = try person.truth(variant)
        var fields: [String: Any] = [
            "first_name": truth.givenNames.capitalized, "last_name": lastName ?? truth.surname.capitalized,
            "date_of_birth": truth.dateOfBirth, "country_code": "ZA", "document_type": "national_id",
        ]
        if let webhookURL { fields["webhook_url"] = webhookURL }
        let id = try await t.createSession(key: key, telegramID: telegramID, extra: fields)
        for side in ["front", "back"] {
            let upload = try await t.uploadMultipart("id_\(side)", sessionID: id, files: [try person.document(variant, side: side)])
            try #require(upload.status == .ok, "\(upload.text)")
        }
        let selfieBytes = try selfie ?? person.selfie
        if !selfieAfterBurst { try #require(try await t.uploadMultipart("selfie", sessionID: id, files: [selfieBytes]).status == .ok) }
        _ = try await t.livenessChallenge(id)
        let session = try #require(try await VerificationSession.find(UUID(uuidString: id), on: t.app.db))
        session.livenessChallenge = person.burst.challenge.joined(separator: ",")
        try await session.save(on: t.app.db)
        let timestamps = person.burst.timestamps.map { String(format: "%.1f", $0) }.joined(separator: ",")
        let burst = try await t.uploadMultipart("liveness", sessionID: id, files: try person.burst.frames.map(person.burst.bytes),
                                                fields: [("timestamps", timestamps)])
        try #require(burst.status == .ok, "\(burst.text)")
        if selfieAfterBurst { try #require(try await t.uploadMultipart("selfie", sessionID: id, files: [selfieBytes]).status == .ok) }
        return id
    }

    func reasons(_ response: TestResponse) -> [String] {
        (response.object["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    func events(_ t: TestApp, session id: String) async throws -> [String] {
        try await VerificationEvent.query(on: t.app.db).filter(\.$sessionID == UUID(uuidString: id)!)
            .sort(\.$createdAt).all().map(\.event)
    }

    @Test("a genuine user is approved with every field; the status, the user and the events agree; a second submit runs no second job",
          arguments: TestDatabase.available)
    func genuineApproved(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        let truth = try person.truth("valid")
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await prepare(t, key: key, person: person)
            let verify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(verify.status == .ok, "\(verify.text)")
            let body = verify.object
            #expect(body["status"] as? String == "approved", "\(verify.text)")
            #expect(body["face_match"] as? Bool == true)
            #expect((body["face_score"] as? Double ?? 0) > 0.5)
            #expect(body["liveness_passed"] as? Bool == true)
            #expect(body["document_valid"] as? Bool == true)
            #expect(body["fraud_risk_level"] as? String == "low")
            #expect((body["fraud_score"] as? Double ?? 1) < 0.3)
            #expect((body["overall_score"] as? Double ?? 0) > 0.5)
            let ocr = body["ocr_data"] as? [String: Any] ?? [:]
            #expect(ocr["date_of_birth"] as? String == truth.dateOfBirth)
            #expect(ocr["nationality"] as? String == "South Africa" && ocr["nationality_code"] as? String == "ZAF")
            #expect((ocr["full_name"] as? String)?.uppercased() == "\(truth.givenNames) \(truth.surname)")
            #expect((ocr["id_number"] as? String)?.filter(\.isNumber) == truth.idNumber?.filter(\.isNumber))
            let signals = body["signals"] as? [[String: Any]] ?? []
            #expect(Set(signals.compactMap { $0["name"] as? String }).isSuperset(of: ["document_valid", "face_match", "liveness", "name_match", "dob_match", "minimum_age"]))

            let status = try await t.request(.GET, "session/\(id)/status", key: key).object
            let verification = status["verification"] as? [String: Any] ?? [:]
            #expect(status["status"] as? String == "approved" && status["completed_at"] is String)
            #expect(verification["face_match_result"] as? Bool == true && verification["liveness_result"] as? Bool == true)
            #expect(verification["overall_score"] as? Double == body["overall_score"] as? Double)
            #expect(verification["fraud_risk_level"] as? String == "low" && verification["document_valid"] as? Bool == true)
            let user = try await t.request(.GET, "user/700100", key: key).object
            #expect(user["is_verified"] as? Bool == true && user["verification_status"] as? String == "approved")
            #expect(try await events(t, session: id) == ["verification.approved", "verification.completed"])

            let again = try await t.request(.POST, "verify/\(id)")
            #expect(again.status == .ok && again.object["status"] as? String == "approved", "\(again.text)")
            #expect(again.object["signals"] == nil, "signals only for the business's key")
            #expect(try await VerificationJob.query(on: t.app.db).count() == 1)
            #expect(try await Verification.query(on: t.app.db).count() == 1)
            let late = try await t.uploadMultipart("selfie", sessionID: id, files: [try person.selfie])
            #expect(late.status == .badRequest && late.errorCode == "SESSION_NOT_ACTIVE", "\(late.text)")
        }
    }

    @Test("another person's selfie is rejected as a face mismatch, also against the liveness frames",
          arguments: TestDatabase.available)
    func differentPersonRejected(database: TestDatabase) async throws {
        let people = try VerificationPerson.all()
        try #require(people.count >= 2)
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await prepare(t, key: key, person: people[0], selfie: try people[1].selfie, selfieAfterBurst: true)
            let verify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(verify.object["status"] as? String == "rejected", "\(verify.text)")
            #expect(verify.object["face_match"] as? Bool == false)
            #expect(reasons(verify).contains("FACE_MISMATCH"), "\(reasons(verify))")
            #expect(reasons(verify).contains("LIVENESS_DIFFERENT_PERSON"), "\(reasons(verify))")
            #expect(try await events(t, session: id) == ["verification.rejected", "verification.completed"])
        }
    }

    @Test("an expired document is rejected", arguments: TestDatabase.available)
    func expiredRejected(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await prepare(t, key: key, person: person, variant: "expired")
            let verify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(verify.object["status"] as? String == "rejected", "\(verify.text)")
            #expect(verify.object["document_valid"] as? Bool == false)
            #expect(reasons(verify) == ["DOCUMENT_EXPIRED"], "\(reasons(verify))")
        }
    }

    @Test("a name that only partly matches goes to review; a reviewer approves it once",
          arguments: TestDatabase.available)
    func borderlineReviewed(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        let truth = try person.truth("valid")
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let id = try await prepare(t, key: key, person: person, lastName: truth.surname.capitalized + " Okonkwo")
            let verify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(verify.object["status"] as? String == "pending_review", "\(verify.text)")
            #expect(reasons(verify).contains { $0.hasPrefix("NAME_") }, "\(reasons(verify))")
            #expect(verify.object["face_match"] as? Bool == true && verify.object["document_valid"] as? Bool == true)
            #expect(try await events(t, session: id) == ["verification.completed"])

            let bad = try await t.request(.POST, "session/\(id)/review", key: key, json: ["decision": "maybe", "reason": "X"])
            #expect(bad.status == .badRequest && bad.errorField == "decision")
            let review = try await t.request(.POST, "session/\(id)/review", key: key,
                                             json: ["decision": "approved", "reason": "NAME_VARIANT_CONFIRMED", "note": "double-barrelled surname"])
            #expect(review.status == .ok && review.object["status"] as? String == "approved", "\(review.text)")
            let status = try await t.request(.GET, "session/\(id)/status", key: key).object
            #expect(status["status"] as? String == "approved")
            #expect(try await events(t, session: id) == ["verification.completed", "verification.approved", "verification.completed"])
            let twice = try await t.request(.POST, "session/\(id)/review", key: key, json: ["decision": "rejected", "reason": "X"])
            #expect(twice.status == .conflict && twice.errorCode == "SESSION_NOT_IN_REVIEW", "\(twice.text)")
            let reverify = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(reverify.status == .ok && reverify.object["status"] as? String == "approved", "\(reverify.text)")
        }
    }

    @Test("the first user's face under a second Telegram user is flagged, sent to review, and fraud.detected is emitted",
          arguments: TestDatabase.available)
    func duplicateFace(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let first = try await prepare(t, key: key, person: person)
            #expect(try await t.request(.POST, "verify/\(first)", key: key).object["status"] as? String == "approved")

            // The same person as another Telegram user, with another card. The burst would be
            // caught as a replay of the first session's: its stored verdict is copied instead
            // (liveness itself is tested in LivenessAPITests).
            let truth = try person.truth("second")
            let second = try await t.createSession(key: key, telegramID: "700200", extra: [
                "first_name": truth.givenNames.capitalized, "last_name": truth.surname.capitalized,
                "date_of_birth": truth.dateOfBirth, "country_code": "ZA", "document_type": "national_id",
            ])
            for side in ["front", "back"] {
                #expect(try await t.uploadMultipart("id_\(side)", sessionID: second, files: [try person.document("second", side: side)]).status == .ok)
            }
            #expect(try await t.uploadMultipart("selfie", sessionID: second, files: [try person.selfie]).status == .ok)
            let original = try #require(try await VerificationSession.find(UUID(uuidString: first), on: t.app.db))
            let copy = try #require(try await VerificationSession.find(UUID(uuidString: second), on: t.app.db))
            copy.livenessJSON = original.livenessJSON
            copy.completedSteps += ",liveness"
            try await copy.save(on: t.app.db)

            let verify = try await t.request(.POST, "verify/\(second)", key: key)
            #expect(verify.object["status"] as? String == "pending_review", "\(verify.text)")
            #expect(verify.object["fraud_risk_level"] as? String == "high")
            let fraud = (verify.object["signals"] as? [[String: Any]] ?? []).filter { $0["group"] as? String == "fraud" }
            #expect(fraud.contains { $0["name"] as? String == "duplicate_face" }, "\(fraud)")
            #expect(try await events(t, session: second) == ["verification.completed", "fraud.detected"])
        }
    }

    @Test("missing documents are listed; concurrent submits share one job", arguments: TestDatabase.available)
    func missingAndConcurrent(database: TestDatabase) async throws {
        let person = try #require(try VerificationPerson.all().first)
        try await withTestApp(database) { t in
            let (key, _) = try await t.createTenant()
            let empty = try await t.createSession(key: key, telegramID: "700300", extra: ["document_type": "national_id"])
            let missing = try await t.request(.POST, "verify/\(empty)", key: key)
            #expect(missing.status == .badRequest && missing.errorCode == "MISSING_DOCUMENTS", "\(missing.text)")
            let listed = (missing.object["details"] as? [String: Any])?["missing"] as? String
            #expect(listed == "id_front,id_back,selfie,liveness", "\(listed ?? "")")
            #expect(try await t.request(.POST, "verify/\(UUID().uuidString)", key: key).status == .notFound)

            let id = try await prepare(t, key: key, person: person)
            async let a = t.request(.POST, "verify/\(id)?async=true")
            async let b = t.request(.POST, "verify/\(id)?async=true", key: key)
            let (first, second) = try await (a, b)
            #expect([first.status, second.status].allSatisfy { $0 == .accepted || $0 == .ok }, "\(first.text) \(second.text)")
            let decided = try await t.request(.POST, "verify/\(id)", key: key)
            #expect(decided.object["status"] as? String == "approved", "\(decided.text)")
            #expect(try await VerificationJob.query(on: t.app.db).count() == 1)
            #expect(try await Verification.query(on: t.app.db).count() == 1)
        }
    }
}
