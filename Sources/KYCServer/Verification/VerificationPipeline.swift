import Fluent
import Foundation
import KYCCore
import KYCVision

/// Runs a submitted session through the engines: reads the document, matches the selfie to
/// the ID portrait, takes the liveness verdict (re-checking the frames against a selfie that
/// came later), compares what the user said with the document, and looks for fraud. Handed its
/// engines, document store and clock, so tests and workers build it the same way.
struct VerificationPipeline: Sendable {
    let engines: VisionEngines
    let documents: any DocumentStore
    let faceIndex: FaceIndex
    let fraudLimits: FraudChecks.Limits

    /// Everything measured, ready to be judged and stored.
    struct Result: Sendable {
        let evidence: VerificationEvidence
        let scores: VerificationDecider.ComponentScores
        let ocr: OCRData?
        let documentNumberHash: String?
        /// The selfie's descriptor, kept as a template for later duplicate searches.
        let selfieDescriptor: [Float]?
    }

    func run(session: VerificationSession, now: Date, on db: any Database) async throws -> Result {
        let sessionID = try session.requireID()
        let stored = try await StoredDocument.query(on: db)
            .filter(\.$tenantID == session.tenantID).filter(\.$sessionID == sessionID)
            .sort(\.$frameIndex).all()
        func files(_ type: DocumentType) -> [StoredDocument] { stored.filter { $0.docType == type.rawValue } }
        func bytes(_ document: StoredDocument?) async throws -> [UInt8]? {
            guard let document else { return nil }
            return try await documents.get(key: document.storageKey)
        }
        let face = try await engines.face()
        let today = Timestamps.isoDate(now)

        // The selfie's face, found while the document is read (they use different engines).
        let selfieBytes = try await bytes(files(.selfie).first)
        async let selfieOutcome = Self.analyzeSelfie(selfieBytes, face: face)

        // The document.
        let front = try await bytes(files(.idFront).first)
        let back = try await bytes(files(.idBack).first)
        var reading: DocumentReading?
        let document: Swift.Result<DocumentAssessment, VerificationEvidence.Unavailable>
        if let front {
            let reader = try await engines.documentReader()
            let declaredType = try session.declaredDocumentKind.map { $0 == .passport ? "passport" : "national_id" }
            switch try await Self.attempt({ () async throws(KYCError) in
                try await reader.read(front: front, back: back, declaredCountry: session.countryCode, declaredType: declaredType, today: now)
            }) {
            case .success(let read):
                reading = read
                document = .success(read.assessment)
            case .failure(let error):
                document = .failure(.init("DOCUMENT_UNREADABLE", "No identity document could be read in the photos (\(error.code))."))
            }
        } else {
            document = .failure(.init("DOCUMENT_MISSING", "No document was uploaded."))
        }

        // The selfie against the ID portrait.
        let selfieResult = try await selfieOutcome
        let selfie = try? selfieResult.get()
        let selfieProblem: VerificationEvidence.Unavailable? = if case .failure(let why) = selfieResult { why } else { nil }
        var faceMeasure: Swift.Result<VerificationEvidence.FaceMeasure, VerificationEvidence.Unavailable>
        var portraitDistance: Double?
        if let selfieProblem {
            faceMeasure = .failure(selfieProblem)
        } else if let selfie, let portrait = reading?.portrait {
            switch try await Self.attempt({ () async throws(KYCError) in try await face.analyze(portrait, policy: .largest) }) {
            case .success(let id):
                let distance = FaceDescriptorDistance.between(selfie.descriptor, id.descriptor)
                portraitDistance = distance
                faceMeasure = .success(.init(distance: distance, score: FaceMatchPolicy.standard.score(distance: distance)))
            case .failure(let error):
                faceMeasure = .failure(.init("NO_FACE_ON_DOCUMENT", "The ID portrait could not be used: \(error.message)."))
            }
        } else {
            faceMeasure = .failure(.init("NO_FACE_ON_DOCUMENT", "No portrait was found on the document."))
        }

        // Liveness, as judged at upload; the frames against a selfie that came after them.
        let livenessFiles = files(.liveness)
        let liveness = try Self.storedLiveness(session)
        var livenessToSelfie: Swift.Result<Double, VerificationEvidence.Unavailable>?
        if case .success(let verdict) = liveness, !verdict.judgedAgainstSelfie, let selfie {
            livenessToSelfie = try await recheck(livenessFiles, against: selfie.descriptor, face: face, bytes: bytes)
        }

        var evidence = VerificationEvidence(document: document, face: faceMeasure,
                                            liveness: liveness.map(\.measure), today: today)
        evidence.livenessToSelfie = livenessToSelfie
        evidence.declared.firstName = session.firstName
        evidence.declared.lastName = session.lastName
        evidence.declared.dateOfBirth = session.dateOfBirth
        evidence.declared.country = session.countryCode
        evidence.declared.documentKind = try session.declaredDocumentKind

        let documentNumber = reading.flatMap { $0.assessment.fields[.idNumber]?.value ?? $0.assessment.fields[.documentNumber]?.value }
        let numberHash = documentNumber.map { FraudChecks.documentNumberHash($0, tenantID: session.tenantID) }
        let fraud = FraudChecks(limits: fraudLimits, faceIndex: faceIndex)
        evidence.fraud = try await fraud.signals(
            session: session, selfieDescriptor: selfie?.descriptor, selfiePortraitDistance: portraitDistance,
            documentNumberHash: numberHash, uploads: stored,
            images: [front, back, selfieBytes].compactMap { $0 }, now: now, on: db)

        let documentScore: Double? = reading.map { read in
            guard read.assessment.documentValid else { return 0 }
            let key: [DocumentField] = [.surname, .givenNames, .dateOfBirth, .idNumber, .documentNumber]
            let confidences = key.compactMap { read.assessment.fields[$0]?.confidence }
            let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
            // Nothing against it, but nothing vouches for it either: at most even odds.
            return read.assessment.confidence == .low ? min(mean, 0.5) : mean
        }
        let livenessScore: Double? = if case .success(let verdict) = liveness { verdict.measure.score } else { nil }
        let faceScore: Double? = if case .success(let measure) = faceMeasure { measure.score } else { nil }
        return Result(evidence: evidence,
                      scores: .init(face: faceScore, liveness: livenessScore, document: documentScore),
                      ocr: reading.map { OCRData($0.assessment) }, documentNumberHash: numberHash,
                      selfieDescriptor: selfie?.descriptor)
    }

    /// The selfie's single face, or why it cannot be used.
    static func analyzeSelfie(_ bytes: [UInt8]?, face: FaceEngine) async throws
        -> Swift.Result<FaceAnalysis, VerificationEvidence.Unavailable>
    {
        guard let bytes else { return .failure(.init("SELFIE_MISSING", "No selfie was uploaded.")) }
        switch try await attempt({ () async throws(KYCError) in try await face.analyze(bytes, policy: .single) }) {
        case .success(let analysis): return .success(analysis)
        case .failure(let error):
            return .failure(.init(error.code == .multipleFaces ? "MULTIPLE_FACES_IN_SELFIE" : "NO_FACE_IN_SELFIE",
                                  "The selfie could not be used: \(error.message)."))
        }
    }

    /// Runs an engine call. Errors that say something about the user's images (no face,
    /// unreadable, too large) come back as the failure: the check could not run. Anything else
    /// is the service's failure and is thrown, and the job retries.
    static func attempt<T: Sendable>(_ work: () async throws(KYCError) -> T) async throws(KYCError) -> Swift.Result<T, KYCError> {
        do {
            return .success(try await work())
        } catch {
            guard ![.internalError, .serviceUnavailable, .modelUnavailable].contains(error.code) else { throw error }
            return .failure(error)
        }
    }

    // MARK: - Liveness

    struct StoredLiveness: Sendable {
        let measure: VerificationEvidence.LivenessMeasure
        /// The burst was judged against a selfie already uploaded (`matches_selfie` ran).
        let judgedAgainstSelfie: Bool
    }

    /// The verdict stored at upload; an unreadable one is an error, not a missing one.
    static func storedLiveness(_ session: VerificationSession) throws -> Swift.Result<StoredLiveness, VerificationEvidence.Unavailable> {
        guard let json = session.livenessJSON else {
            return .failure(.init("LIVENESS_MISSING", "No liveness burst was judged."))
        }
        struct Stored: Decodable {
            struct Signal: Decodable {
                let name: String
                let measured: Bool?
            }
            let liveness_passed: Bool
            let liveness_score: Double
            let failed: [String]
            let signals: [Signal]
        }
        let stored = try StoredJSON.decode(Stored.self, json)
        return .success(StoredLiveness(
            measure: .init(passed: stored.liveness_passed, score: stored.liveness_score, failed: stored.failed,
                           unmeasured: stored.signals.filter { $0.measured == false }.map(\.name)),
            judgedAgainstSelfie: stored.signals.contains { $0.name == "matches_selfie" }))
    }

    /// The largest distance from the selfie to the burst's first frames (the user looks
    /// straight at the camera there). A video burst cannot be re-read frame by frame here.
    private func recheck(_ frames: [StoredDocument], against selfie: [Float], face: FaceEngine,
                         bytes: (StoredDocument?) async throws -> [UInt8]?) async throws
        -> Swift.Result<Double, VerificationEvidence.Unavailable>
    {
        let images = frames.filter { !(FileFormat(rawValue: $0.format)?.isVideo ?? true) }.prefix(3)
        guard !images.isEmpty else {
            return .failure(.init("LIVENESS_SELFIE_UNCHECKED", "The selfie came after a liveness video, which could not be compared with it."))
        }
        var largest = 0.0
        for frame in images {
            guard let data = try await bytes(frame) else { continue }
            switch try await Self.attempt({ () async throws(KYCError) in try await face.analyze(data, policy: .largest) }) {
            case .success(let analysis): largest = max(largest, FaceDescriptorDistance.between(selfie, analysis.descriptor))
            case .failure(let error):
                return .failure(.init("LIVENESS_SELFIE_UNCHECKED", "A liveness frame could not be compared with the selfie (\(error.code))."))
            }
        }
        return .success(largest)
    }
}
