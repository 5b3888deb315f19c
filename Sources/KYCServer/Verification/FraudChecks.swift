import Fluent
import Foundation
import KYCCore

/// Looks through the tenant's other sessions for signs of fraud (README, "Fraud signals").
/// Every query is scoped to the session's tenant.
struct FraudChecks: Sendable {
    struct Limits: Sendable {
        /// 1:N duplicate-face distance: far stricter than 1:1 matching, because a search over
        /// N stored faces returns about N·p false hits at a per-pair false-accept rate p.
        /// Chosen on real photos of Black and African people (bench/face_duplicates.py,
        /// BENCHMARKS.md).
        var duplicateFaceDistance = FaceMatchPolicy.standard.duplicateWithin
        /// Below this the selfie is the ID portrait itself, re-photographed.
        var selfieIsPortraitDistance = 0.10
        /// Sessions from one client address within an hour and a day, and for one Telegram
        /// user within a day, beyond which velocity is a signal.
        var sessionsPerIPHour = 5
        var sessionsPerIPDay = 20
        var sessionsPerUserDay = 3
    }

    let limits: Limits
    let faceIndex: FaceIndex

    /// Sessions whose face counts as already in use: decided for or waiting on a person.
    static let enrolledStatuses = [SessionStatus.approved, .pendingReview].map(\.rawValue)

    func signals(session: VerificationSession, selfieDescriptor: [Float]?, selfiePortraitDistance: Double?,
                 documentNumberHash: String?, uploads: [StoredDocument], images: [[UInt8]], now: Date,
                 on db: any Database) async throws -> [FraudSignal] {
        var hits: [FraudSignal] = []
        let sessionID = try session.requireID()
        let tenantID = session.tenantID

        if let selfieDescriptor {
            let near = try await faceIndex.search(selfieDescriptor, tenantID: tenantID, within: limits.duplicateFaceDistance, on: db)
                .filter { $0.entry.telegramID != session.telegramID && $0.entry.sessionID != sessionID }
            let others = near.isEmpty ? [] : try await VerificationSession.query(on: db)
                .filter(\.$tenantID == tenantID).filter(\.$id ~~ near.map(\.entry.sessionID))
                .filter(\.$status ~~ Self.enrolledStatuses).all()
            if let closest = near.first(where: { hit in others.contains { $0.id == hit.entry.sessionID } }) {
                hits.append(FraudSignal(.duplicateFace, evidence: "the same face as session \(closest.entry.sessionID.uuidString.lowercased()) of another Telegram user (distance \(Self.rounded(closest.distance)))"))
            }
        }
        if let distance = selfiePortraitDistance, distance < limits.selfieIsPortraitDistance {
            hits.append(FraudSignal(.selfieIsIDPortrait, evidence: "the selfie is nearly identical to the ID portrait (distance \(Self.rounded(distance)))"))
        }
        if let documentNumberHash {
            let earlier = try await Verification.query(on: db)
                .filter(\.$tenantID == tenantID).filter(\.$documentNumberHash == documentNumberHash)
                .filter(\.$sessionID != sessionID).all()
            let owners = earlier.isEmpty ? [] : try await VerificationSession.query(on: db)
                .filter(\.$tenantID == tenantID).filter(\.$id ~~ earlier.map(\.sessionID))
                .filter(\.$telegramID != session.telegramID).all()
            if let other = owners.first {
                hits.append(FraudSignal(.duplicateDocumentNumber, evidence: "the same document number as session \(try other.requireID().uuidString.lowercased()) of another Telegram user"))
            }
        }
        let hashes = uploads.filter { $0.docType != DocumentType.liveness.rawValue }.map(\.sha256)
        if !hashes.isEmpty {
            let reused = try await StoredDocument.query(on: db)
                .filter(\.$tenantID == tenantID).filter(\.$sha256 ~~ hashes).filter(\.$sessionID != sessionID).all()
            if let first = reused.first {
                hits.append(FraudSignal(.imageReused, evidence: "\(Set(reused.map(\.sha256)).count) uploaded file(s) already used in session \(first.sessionID.uuidString.lowercased())"))
            }
        }
        hits += try await velocity(session, now: now, on: db)
        let traces = Set(images.flatMap(ImageProvenance.editingTraces)).sorted()
        if !traces.isEmpty {
            let edited = traces.contains { $0.hasPrefix("edited_with_") }
            hits.append(FraudSignal(.editingTraces, strength: edited ? 1 : 0.5, evidence: traces.joined(separator: ", ")))
        }
        return hits
    }

    private func velocity(_ session: VerificationSession, now: Date, on db: any Database) async throws -> [FraudSignal] {
        var hits: [FraudSignal] = []
        if let ip = session.clientIPHash {
            let base = { VerificationSession.query(on: db).filter(\.$tenantID == session.tenantID).filter(\.$clientIPHash == ip) }
            let hour = try await base().filter(\.$createdAt >= now.addingTimeInterval(-3600)).count()
            let day = try await base().filter(\.$createdAt >= now.addingTimeInterval(-86_400)).count()
            if hour > limits.sessionsPerIPHour || day > limits.sessionsPerIPDay {
                let excess = max(Double(hour - limits.sessionsPerIPHour) / Double(limits.sessionsPerIPHour),
                                 Double(day - limits.sessionsPerIPDay) / Double(limits.sessionsPerIPDay))
                hits.append(FraudSignal(.velocityIP, strength: min(1, 0.5 + excess),
                                        evidence: "\(hour) sessions from this address in the last hour, \(day) in the last day"))
            }
        }
        let mine = try await VerificationSession.query(on: db).filter(\.$tenantID == session.tenantID)
            .filter(\.$telegramID == session.telegramID).filter(\.$createdAt >= now.addingTimeInterval(-86_400)).count()
        if mine > limits.sessionsPerUserDay {
            hits.append(FraudSignal(.velocityUser, strength: min(1, 0.5 + Double(mine - limits.sessionsPerUserDay) / Double(limits.sessionsPerUserDay)),
                                    evidence: "\(mine) sessions for this Telegram user in the last day"))
        }
        return hits
    }

    /// A keyed hash of a document number (letters and digits only), so equal numbers can be
    /// found without storing them in the clear.
    static func documentNumberHash(_ number: String, tenantID: UUID) -> String {
        let normalized = number.uppercased().filter { $0.isLetter || $0.isNumber }
        return Secrets.sha256Hex(Array(("document-number:" + tenantID.uuidString.lowercased() + ":" + normalized).utf8))
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
