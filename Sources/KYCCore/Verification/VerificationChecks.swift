/// Turns measurements into judged signals. Every check appears, passed or not, so the reviewer
/// sees the whole picture; a check that could not run is `unavailable`, never a pass.
public enum VerificationChecks {
    /// Distance at or above which a liveness frame is someone other than the selfie's person
    /// (the liveness `matches_selfie` limit: face-match's single threshold).
    public static let livenessSelfieThreshold = LivenessPolicy().selfieDistance

    public static func signals(_ evidence: VerificationEvidence, policy: VerificationPolicy) -> [VerificationSignal] {
        var signals = documentSignals(evidence)
        signals.append(faceSignal(evidence.face, policy: policy))
        signals += livenessSignals(evidence)
        let identity = identitySignals(evidence, policy: policy)
        signals += identity
        signals += (evidence.fraud + identityFraud(identity, policy: policy)).map { hit in
            VerificationSignal(hit.kind.rawValue, group: .fraud, value: hit.contribution, threshold: hit.kind.weight,
                               verdict: hit.kind.rejectsAtHighRisk ? .fail : .review, reason: "FRAUD_" + hit.kind.rawValue.uppercased(),
                               detail: hit.evidence)
        }
        return signals
    }

    // MARK: - Document

    /// Checks whose failure is evidence against the document itself.
    static let decisiveChecks: Set<String> = ["mrz_check_digits", "id_number_rules", "id_number_matches_fields"]
    /// Checks whose failure may be a misread: a human looks.
    static let inconsistencyChecks: Set<String> = ["mrz_matches_visual", "front_matches_back"]

    static func documentSignals(_ evidence: VerificationEvidence) -> [VerificationSignal] {
        let document: DocumentAssessment
        switch evidence.document {
        case .failure(let why):
            return [VerificationSignal("document_valid", group: .document, verdict: .unavailable, reason: why.code, detail: why.detail)]
        case .success(let assessment): document = assessment
        }
        var signals: [VerificationSignal] = []
        let failed = Set(document.checks.filter { !$0.passed }.map(\.name))
        let expiry = document.checks.first { $0.name == "expiry_in_future" }
        let validity: VerificationSignal
        if expiry?.passed == false {
            validity = VerificationSignal("document_valid", group: .document, value: 0, verdict: .fail, reason: "DOCUMENT_EXPIRED",
                                          detail: "The document has expired (\(expiry?.detail ?? "")).")
        } else if !failed.isDisjoint(with: decisiveChecks) {
            validity = VerificationSignal("document_valid", group: .document, value: 0, verdict: .fail, reason: "DOCUMENT_INVALID",
                                          detail: "The document failed: " + failed.intersection(decisiveChecks).sorted().joined(separator: ", ") + ".")
        } else if !failed.isDisjoint(with: inconsistencyChecks) {
            validity = VerificationSignal("document_valid", group: .document, value: 0, verdict: .review, reason: "DOCUMENT_INCONSISTENT",
                                          detail: "Parts of the document disagree: " + failed.intersection(inconsistencyChecks).sorted().joined(separator: ", ") + ".")
        } else if !document.documentValid {
            validity = VerificationSignal("document_valid", group: .document, value: 0, verdict: .review, reason: "DOCUMENT_UNVERIFIED",
                                          detail: document.explanation)
        } else if document.confidence == .low {
            // Nothing speaks against the document (value 1: valid), but nothing could vouch for it.
            validity = VerificationSignal("document_valid", group: .document, value: 1, verdict: .review, reason: "DOCUMENT_UNVERIFIED",
                                          detail: document.explanation)
        } else {
            validity = VerificationSignal("document_valid", group: .document, value: 1, verdict: .pass, detail: document.explanation)
        }
        signals.append(validity)
        if let declared = evidence.declared.country, let wanted = CountryNames.code(declared)?.alpha3 {
            let issuing = document.issuingCountry
            signals.append(VerificationSignal(
                "document_country", group: .document, verdict: issuing == wanted ? .pass : (issuing == nil ? .unavailable : .review),
                reason: issuing == nil ? "COUNTRY_UNKNOWN" : "COUNTRY_MISMATCH",
                detail: "Declared \(wanted); the document was issued by \(issuing ?? "an unknown country")."))
        }
        if let kind = evidence.declared.documentKind {
            let read = document.documentType
            let agrees = read == kind.rawValue || (kind != .passport && read == "national_id")
            signals.append(VerificationSignal(
                "document_type", group: .document, verdict: agrees ? .pass : (read == "unknown" ? .unavailable : .review),
                reason: read == "unknown" ? "DOCUMENT_TYPE_UNKNOWN" : "DOCUMENT_TYPE_MISMATCH",
                detail: "Declared \(kind.rawValue); the document reads as \(read)."))
        }
        return signals
    }

    // MARK: - Face and liveness

    static func faceSignal(_ face: Result<VerificationEvidence.FaceMeasure, VerificationEvidence.Unavailable>,
                           policy: VerificationPolicy) -> VerificationSignal {
        switch face {
        case .failure(let why):
            return VerificationSignal("face_match", group: .face, verdict: .unavailable, reason: why.code, detail: why.detail)
        case .success(let measure):
            let d = measure.distance
            let distance = (d * 1000).rounded() / 1000
            let face = policy.face
            switch face.decision(distance: d) {
            case .noMatch:
                return VerificationSignal("face_match", group: .face, value: d, threshold: face.noMatchFrom, verdict: .fail,
                                          reason: "FACE_MISMATCH",
                                          detail: "The selfie and the ID portrait are different people (distance \(distance) ≥ \(face.noMatchFrom)).")
            case .review:
                return VerificationSignal("face_match", group: .face, value: d, threshold: face.autoMatchBelow, verdict: .review,
                                          reason: "FACE_BORDERLINE",
                                          detail: "The faces may match but not clearly enough to approve alone (distance \(distance), clear below \(face.autoMatchBelow), different people from \(face.noMatchFrom)).")
            case .match:
                return VerificationSignal("face_match", group: .face, value: d, threshold: face.autoMatchBelow, verdict: .pass,
                                          detail: "The selfie matches the ID portrait (distance \(distance)).")
            }
        }
    }

    static func livenessSignals(_ evidence: VerificationEvidence) -> [VerificationSignal] {
        var signals: [VerificationSignal]
        switch evidence.liveness {
        case .failure(let why):
            signals = [VerificationSignal("liveness", group: .liveness, verdict: .unavailable, reason: why.code, detail: why.detail)]
        case .success(let measure):
            signals = [VerificationSignal(
                "liveness", group: .liveness, value: measure.score, threshold: 0.5, verdict: measure.passed ? .pass : .fail,
                reason: "LIVENESS_FAILED",
                detail: measure.passed ? "Every liveness signal passed." : "Liveness failed on: " + measure.failed.joined(separator: ", ") + ".")]
            if measure.passed && !measure.unmeasured.isEmpty {
                // Fail closed: a 3-D measure that could not be taken is not a pass.
                signals.append(VerificationSignal(
                    "liveness_3d", group: .liveness, verdict: .unavailable, reason: "LIVENESS_INCONCLUSIVE",
                    detail: "Could not be measured: " + measure.unmeasured.joined(separator: ", ")
                        + " (too little texture around the head or on the face); a person should look at the burst."))
            }
        }
        switch evidence.livenessToSelfie {
        case nil: break
        case .failure(let why)?:
            signals.append(VerificationSignal("liveness_matches_selfie", group: .liveness, verdict: .unavailable, reason: why.code, detail: why.detail))
        case .success(let distance)?:
            let same = distance < livenessSelfieThreshold
            signals.append(VerificationSignal(
                "liveness_matches_selfie", group: .liveness, value: distance, threshold: livenessSelfieThreshold,
                verdict: same ? .pass : .fail, reason: "LIVENESS_DIFFERENT_PERSON",
                detail: same ? "The person in the liveness frames is the person in the selfie."
                    : "The liveness frames show someone other than the selfie's person."))
        }
        return signals
    }

    // MARK: - The user against the document

    /// A name that is clearly someone else's, or another date of birth, is also a fraud hint.
    static func identityFraud(_ identity: [VerificationSignal], policy: VerificationPolicy) -> [FraudSignal] {
        var hits: [FraudSignal] = []
        if let name = identity.first(where: { $0.name == "name_match" }), let s = name.value, s < policy.nameMismatchThreshold {
            hits.append(FraudSignal(.nameMismatch, evidence: "name similarity \((s * 1000).rounded() / 1000) < \(policy.nameMismatchThreshold)"))
        }
        if identity.contains(where: { $0.name == "dob_match" && $0.verdict == .review }) {
            hits.append(FraudSignal(.dateOfBirthMismatch, evidence: "the date of birth given differs from the document's"))
        }
        return hits
    }

    static func identitySignals(_ evidence: VerificationEvidence, policy: VerificationPolicy) -> [VerificationSignal] {
        guard case .success(let document) = evidence.document else { return [] }
        var signals: [VerificationSignal] = []
        let declaredName = [evidence.declared.firstName, evidence.declared.lastName].compactMap { $0 }.joined(separator: " ")
        let documentName = [document.fields[.givenNames]?.value, document.fields[.surname]?.value].compactMap { $0 }.joined(separator: " ")
        if declaredName.isEmpty || documentName.isEmpty {
            signals.append(VerificationSignal("name_match", group: .identity, verdict: .unavailable, reason: "NAME_UNREAD",
                                              detail: declaredName.isEmpty ? "The user gave no name." : "No name could be read on the document."))
        } else {
            let comparison = NameMatcher.compare(declared: declaredName, document: documentName)
            let s = comparison.similarity
            let shown = (s * 1000).rounded() / 1000
            let verdict: VerificationSignal.Verdict = s >= policy.nameMatchThreshold ? .pass : .review
            signals.append(VerificationSignal(
                "name_match", group: .identity, value: s, threshold: policy.nameMatchThreshold, verdict: verdict,
                reason: s >= policy.nameMismatchThreshold ? "NAME_PARTIAL_MATCH" : "NAME_MISMATCH",
                detail: verdict == .pass ? "The name given matches the document (similarity \(shown))."
                    : "The name given differs from the document's (similarity \(shown))."))
        }
        let documentDOB = document.fields[.dateOfBirth]?.value
        if let declared = evidence.declared.dateOfBirth {
            if let documentDOB {
                signals.append(VerificationSignal("dob_match", group: .identity, verdict: declared == documentDOB ? .pass : .review,
                                                  reason: "DOB_MISMATCH",
                                                  detail: declared == documentDOB ? "The date of birth given matches the document."
                                                      : "The date of birth given differs from the document's."))
            } else {
                signals.append(VerificationSignal("dob_match", group: .identity, verdict: .unavailable, reason: "DOB_UNREAD",
                                                  detail: "No date of birth could be read on the document."))
            }
        }
        if let documentDOB, let age = AgeCalculator.years(born: documentDOB, on: evidence.today) {
            let old = age >= policy.minimumAge
            signals.append(VerificationSignal("minimum_age", group: .identity, value: Double(age), threshold: Double(policy.minimumAge),
                                              verdict: old ? .pass : .fail, reason: "UNDERAGE",
                                              detail: old ? "Old enough (at least \(policy.minimumAge))." : "Younger than \(policy.minimumAge)."))
        } else {
            signals.append(VerificationSignal("minimum_age", group: .identity, threshold: Double(policy.minimumAge), verdict: .unavailable,
                                              reason: "AGE_UNKNOWN", detail: "No date of birth could be read to check the age."))
        }
        let keyFields: [DocumentField] = [.surname, .givenNames, .dateOfBirth, .idNumber, .documentNumber]
        let confidences = keyFields.compactMap { document.fields[$0]?.confidence }
        if let weakest = confidences.min() {
            signals.append(VerificationSignal("field_confidence", group: .document, value: weakest, threshold: policy.minimumFieldConfidence,
                                              verdict: weakest >= policy.minimumFieldConfidence ? .pass : .review,
                                              reason: "LOW_CONFIDENCE_FIELDS",
                                              detail: "The least certain key field was read with confidence \((weakest * 100).rounded() / 100)."))
        }
        return signals
    }
}
