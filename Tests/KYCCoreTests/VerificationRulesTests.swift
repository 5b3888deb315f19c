import Foundation
import Testing
import KYCCore

@Suite("Verification rules: names, age, fraud score, decision, duplicate search")
struct VerificationRulesTests {
    @Test("names: accents, case, order, hyphens and a left-out middle name still match; another person does not")
    func names() {
        func similarity(_ a: String, _ b: String) -> Double { NameMatcher.compare(declared: a, document: b).similarity }
        #expect(similarity("Gbèhanzin Adébáyọ̀", "GBEHANZIN ADEBAYO") == 1)
        #expect(similarity("Ngozi Okonjo-Iweala", "OKONJO IWEALA NGOZI") == 1)
        #expect(similarity("Tendai Moyo", "TENDAI FARAI MOYO") == 1, "a middle name the user left out costs nothing")
        #expect(similarity("Mohamed Bello", "MOHAMMED BELLO") >= 0.9)
        #expect(similarity("Oluwaseun Adeyemi", "OLUWASEGUN ADEYEMI") >= 0.9)
        #expect(similarity("Tendai Moyo", "NOMVULA DLAMINI") < 0.7)
        #expect(similarity("Thabo Nkosi Okonkwo", "THABO NKOSI") < 0.9, "a name the document does not have counts")
        #expect(similarity("", "THABO NKOSI") == 0)
    }

    @Test("age in whole years, birthdays counted")
    func age() {
        #expect(AgeCalculator.years(born: "2008-12-02", on: "2026-12-02") == 18)
        #expect(AgeCalculator.years(born: "2008-12-03", on: "2026-12-02") == 17)
        #expect(AgeCalculator.years(born: "garbage", on: "2026-12-02") == nil)
    }

    @Test("fraud hits accumulate within 0–1; levels at 0.3 and 0.6")
    func fraudScore() {
        let policy = VerificationPolicy()
        #expect(FraudScoring.score(contributions: []) == 0)
        let two = FraudScoring.score(contributions: [0.25, 0.25])
        #expect(abs(two - 0.4375) < 1e-9)
        #expect(FraudScoring.level(two, policy: policy) == .medium)
        let duplicate = FraudSignal(FraudSignal.Kind.duplicateFace, evidence: "")
        let velocity = FraudSignal(FraudSignal.Kind.velocityIP, evidence: "")
        #expect(FraudScoring.level(duplicate.contribution, policy: policy) == .high)
        #expect(FraudScoring.level(velocity.contribution, policy: policy) == .low)
    }

    func evidence(faceDistance: Double = 0.25, livenessPassed: Bool = true, expired: Bool = false,
                  name: String = "Thabo Nkosi", fraud: [FraudSignal] = []) -> VerificationEvidence {
        let checks = [DocumentCheck(name: "mrz_check_digits", passed: true, detail: ""),
                      DocumentCheck(name: "expiry_in_future", passed: !expired, detail: "")]
        let fields: [DocumentField: FieldReading] = [
            .givenNames: FieldReading(value: "THABO", confidence: 0.99, source: .visualAndMRZ),
            .surname: FieldReading(value: "NKOSI", confidence: 0.99, source: .visualAndMRZ),
            .dateOfBirth: FieldReading(value: "1990-01-15", confidence: 0.99, source: .mrz),
        ]
        var evidence = VerificationEvidence(
            document: .success(DocumentAssessment(documentValid: !expired, confidence: .high, unverified: [],
                                                  documentType: "national_id", issuingCountry: "ZAF",
                                                  fields: fields, checks: checks, hints: [], explanation: "")),
            face: .success(.init(distance: faceDistance, score: 0.9)),
            liveness: .success(.init(passed: livenessPassed, score: livenessPassed ? 0.9 : 0.2, failed: livenessPassed ? [] : ["challenge"])),
            today: "2026-12-02")
        let parts = name.split(separator: " ")
        evidence.declared.firstName = String(parts[0])
        evidence.declared.lastName = parts.dropFirst().joined(separator: " ")
        evidence.declared.dateOfBirth = "1990-01-15"
        evidence.declared.country = "ZA"
        evidence.fraud = fraud
        return evidence
    }

    func decide(_ evidence: VerificationEvidence, policy: VerificationPolicy = VerificationPolicy()) -> VerificationDecider.Outcome {
        VerificationDecider.decide(VerificationChecks.signals(evidence, policy: policy),
                                   scores: .init(face: 0.9, liveness: 0.9, document: 0.99), policy: policy)
    }

    @Test("face decision: three outcomes around the single match threshold, and the score")
    func faceDecision() {
        let policy = FaceMatchPolicy.standard
        #expect(policy.autoMatchBelow < policy.matchBelow && policy.matchBelow < policy.noMatchFrom)
        #expect(policy.duplicateWithin < policy.autoMatchBelow)
        #expect(policy.decision(distance: policy.autoMatchBelow - 0.001) == .match)
        #expect(policy.decision(distance: policy.autoMatchBelow) == .review)
        #expect(policy.decision(distance: policy.noMatchFrom - 0.001) == .review)
        #expect(policy.decision(distance: policy.noMatchFrom) == .noMatch)
        #expect(policy.isMatch(distance: policy.matchBelow - 0.001) && !policy.isMatch(distance: policy.matchBelow))
        #expect(abs(policy.score(distance: policy.matchBelow) - 0.5) < 1e-9)
        #expect(policy.score(distance: policy.autoMatchBelow) > 0.85 && policy.score(distance: policy.noMatchFrom) < 0.05)
        #expect(FaceMatchDecision.noMatch.rawValue == "no_match")
    }

    @Test("decisions: approve, hard rejects, the review band, fraud, unavailable checks, auto-approve off")
    func decisions() {
        #expect(decide(evidence()).status == .approved)
        #expect(decide(evidence(faceDistance: 0.5)).reasons.map(\.code) == ["FACE_MISMATCH"])
        #expect(decide(evidence(faceDistance: 0.4)).status == .pendingReview)
        #expect(decide(evidence(faceDistance: 0.4)).reasons.map(\.code) == ["FACE_BORDERLINE"])
        #expect(decide(evidence(livenessPassed: false)).status == .rejected)
        #expect(decide(evidence(expired: true)).reasons.map(\.code) == ["DOCUMENT_EXPIRED"])
        #expect(decide(evidence(name: "Thabo Dlamini")).status == .pendingReview)
        let duplicate = decide(evidence(fraud: [FraudSignal(.duplicateFace, evidence: "session x")]))
        #expect(duplicate.status == .pendingReview && duplicate.fraudRiskLevel == .high)
        let portrait = decide(evidence(fraud: [FraudSignal(.selfieIsIDPortrait, evidence: "distance 0.05")]))
        #expect(portrait.status == .rejected && portrait.reasons.first?.code == "FRAUD_RISK_HIGH")
        #expect(decide(evidence(fraud: [FraudSignal(.editingTraces, evidence: "png")])).status == .approved, "a weak hint alone")

        // A document nothing speaks against but nothing could verify: valid (value 1), to review.
        var unverified = evidence()
        unverified.document = .success(DocumentAssessment(
            documentValid: true, confidence: .low, unverified: ["no_anchor"], documentType: "national_id", issuingCountry: "ZAF",
            fields: [.givenNames: FieldReading(value: "THABO", confidence: 0.9, source: .visual),
                     .surname: FieldReading(value: "NKOSI", confidence: 0.9, source: .visual),
                     .dateOfBirth: FieldReading(value: "1990-01-15", confidence: 0.9, source: .visual)],
            checks: [DocumentCheck(name: "expiry_in_future", passed: true, detail: "")], hints: [], explanation: "unverified"))
        let unverifiedSignal = VerificationChecks.signals(unverified, policy: VerificationPolicy()).first { $0.name == "document_valid" }
        #expect(unverifiedSignal?.verdict == .review && unverifiedSignal?.value == 1 && unverifiedSignal?.reason == "DOCUMENT_UNVERIFIED")
        #expect(decide(unverified).status == .pendingReview)

        var underage = evidence()
        underage.today = "2000-01-01"
        #expect(decide(underage).reasons.contains { $0.code == "UNDERAGE" })
        var unreadable = evidence()
        unreadable.face = .failure(.init("NO_FACE_ON_DOCUMENT", "none"))
        #expect(decide(unreadable).status == .pendingReview, "a check that could not run never passes")
        var flat = evidence()
        flat.liveness = .success(.init(passed: true, score: 0.9, failed: [], unmeasured: ["surround_motion"]))
        #expect(decide(flat).reasons.map(\.code) == ["LIVENESS_INCONCLUSIVE"], "an unmeasured 3-D signal is not a pass")
        var manual = VerificationPolicy()
        manual.autoApprove = false
        #expect(decide(evidence(), policy: manual).reasons.map(\.code) == ["AUTO_APPROVE_OFF"])
        let outcome = decide(evidence())
        #expect(abs(outcome.overallScore - (0.4 * 0.9 + 0.3 * 0.9 + 0.3 * 0.99)) < 0.001)
    }

    @Test("duplicate search finds stored faces within the distance, nearest first")
    func gallery() {
        var gallery = DescriptorGallery<Int>()
        let base = (0..<128).map { Float($0 % 7) / 10 }
        for index in 0..<100 {
            gallery.add(index, descriptor: base.enumerated().map { $0.offset == 0 ? $0.element + Float(index) / 10 : $0.element })
        }
        let wrongSize = gallery.add(999, descriptor: [1, 2, 3])
        #expect(!wrongSize)
        let hits = gallery.search(base, within: 0.25)
        #expect(hits.map(\.key) == [0, 1, 2])
        #expect(abs(hits[1].distance - 0.1) < 1e-5)
    }
}
