import Fluent
import Foundation
import KYCCore

/// Creating sessions and reporting on them.
enum SessionService {
    /// Validated fields of a new session.
    struct NewSession {
        let telegramID: String
        let username, firstName, lastName, email, phone, countryCode: String?
        let webhookURL, callbackURL, externalUserID: String?
        let metadataJSON: String?
        let dateOfBirth: String?
        let documentKind: IdentityDocumentKind?

        init(_ request: CreateSessionRequest, today: String) throws(KYCError) {
            telegramID = try FieldRules.telegramID(request.telegramID)
            username = try FieldRules.username(request.username)
            firstName = try FieldRules.text(request.firstName, field: "first_name")
            lastName = try FieldRules.text(request.lastName, field: "last_name")
            email = try FieldRules.email(request.email)
            phone = try FieldRules.phone(request.phone)
            countryCode = try FieldRules.countryCode(request.countryCode)
            webhookURL = try FieldRules.url(request.webhookURL, field: "webhook_url")
            callbackURL = try FieldRules.url(request.callbackURL, field: "callback_url")
            externalUserID = try FieldRules.text(request.externalUserID, field: "external_user_id", maxLength: 128)
            let encoded = request.metadata.flatMap { try? JSONEncoder().encode($0) }
            let metadata = try FieldRules.metadata(request.metadata, encodedSize: encoded?.count ?? 0)
            metadataJSON = metadata == nil ? nil : encoded.map { String(decoding: $0, as: UTF8.self) }
            dateOfBirth = try FieldRules.dateOfBirth(request.dateOfBirth, today: today)
            documentKind = try FieldRules.documentKind(request.documentType)
        }
    }

    /// Returns the user's active session if there is one, otherwise a new one; `reused` says which.
    static func createOrReuse(_ input: NewSession, tenant: TenantContext, clientIP: IPAddress?,
                              config: AppConfig, now: Date, on db: any Database) async throws
        -> (session: VerificationSession, reused: Bool)
    {
        try await BlocklistService.enforce(tenantID: tenant.tenantID, telegramID: input.telegramID,
                                           clientIP: clientIP, on: db)
        if let active = try await activeSession(of: input.telegramID, tenant: tenant, now: now, on: db) {
            return (active, true)
        }
        let session = makeSession(input, tenant: tenant, config: config, now: now)
        session.clientIPHash = clientIP.map { Secrets.sha256Hex(Array($0.description.utf8)) }
        do {
            try await session.create(on: db)
            return (session, false)
        } catch {
            // Another request created this user's session at the same moment: return that one.
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  let winner = try await activeSession(of: input.telegramID, tenant: tenant, now: now, on: db)
            else { throw error }
            return (winner, true)
        }
    }

    private static func activeSession(of telegramID: String, tenant: TenantContext, now: Date,
                                      on db: any Database) async throws -> VerificationSession? {
        let key = VerificationSession.activeUserKey(tenantID: tenant.tenantID, telegramID: telegramID)
        guard let session = try await VerificationSession.query(on: db)
            .filter(\.$tenantID == tenant.tenantID).filter(\.$activeUserKey == key).first()
        else { return nil }
        try await SessionRepository.refreshExpiry(session, now: now, on: db)
        return try session.progress.status.isActive ? session : nil
    }

    private static func makeSession(_ input: NewSession, tenant: TenantContext, config: AppConfig,
                                    now: Date) -> VerificationSession {
        let session = VerificationSession()
        session.id = UUID()
        session.tenantID = tenant.tenantID
        session.telegramID = input.telegramID
        session.username = input.username
        session.firstName = input.firstName
        session.lastName = input.lastName
        session.email = input.email
        session.phone = input.phone
        session.countryCode = input.countryCode
        session.webhookURL = input.webhookURL
        session.callbackURL = input.callbackURL
        session.externalUserID = input.externalUserID
        session.metadataJSON = input.metadataJSON
        session.dateOfBirth = input.dateOfBirth
        session.documentKind = input.documentKind?.rawValue
        session.requiresAddress = tenant.requiresAddress
        session.createdAt = now
        let progress = SessionProgress.new(
            createdAt: now,
            requiresAddress: tenant.requiresAddress,
            timeToLive: config.sessionTimeToLive)
        session.expiresAt = progress.expiresAt
        session.apply(progress, at: now)
        return session
    }

    static func createResponse(_ session: VerificationSession, reused: Bool, config: AppConfig) throws -> CreateSessionResponse {
        let id = try session.requireID()
        let url = config.miniAppURL(sessionID: id)
        let progress = try session.progress
        return CreateSessionResponse(
            sessionID: id.uuidString.lowercased(),
            status: progress.status.rawValue,
            currentStep: progress.currentStep.rawValue,
            expiresAt: Timestamps.format(session.expiresAt),
            miniAppURL: url,
            verificationURL: url,
            message: reused ? "Active session already exists" : "Session created successfully")
    }

    /// The status view; the owner's extra fields only for the owning business. The
    /// verification object comes from the decision record once there is one, before that from
    /// the liveness verdict; stored JSON that cannot be read is an error, never an empty value.
    static func statusResponse(_ session: VerificationSession, includeOwnerView: Bool,
                               on db: any Database) async throws -> SessionStatusResponse {
        let progress = try session.progress
        let sessionID = try session.requireID()
        let verification: VerificationSummary?
        if let decided = try await Verification.query(on: db).filter(\.$sessionID == sessionID).first() {
            verification = VerificationSummary(decided)
        } else {
            verification = try session.verificationJSON.map { try StoredJSON.decode(VerificationSummary.self, $0) }
        }
        let owner = includeOwnerView ? SessionStatusResponse.OwnerView(
            telegramID: session.telegramID,
            externalUserID: session.externalUserID,
            metadata: try session.metadataJSON.map { try StoredJSON.decode(JSONValue.self, $0) },
            expiresAt: Timestamps.format(session.expiresAt),
            updatedAt: Timestamps.format(session.updatedAt)) : nil
        return SessionStatusResponse(
            id: sessionID.uuidString.lowercased(),
            status: progress.status.rawValue,
            currentStep: progress.currentStep.rawValue,
            createdAt: Timestamps.format(session.createdAt),
            completedAt: session.completedAt.map(Timestamps.format),
            verification: verification,
            owner: owner)
    }

    /// The Mini App's first step: the user's own details.
    static func recordPersonalInfo(_ request: PersonalInfoRequest, session: VerificationSession, now: Date,
                                   on db: any Database) async throws {
        let firstName = try FieldRules.text(request.firstName, field: "first_name")
        let lastName = try FieldRules.text(request.lastName, field: "last_name")
        guard let firstName else { throw KYCError.missing("first_name") }
        guard let lastName else { throw KYCError.missing("last_name") }
        let email = try FieldRules.email(request.email)
        let phone = try FieldRules.phone(request.phone)
        let country = try FieldRules.countryCode(request.countryCode)
        let dateOfBirth = try FieldRules.dateOfBirth(request.dateOfBirth, today: Timestamps.isoDate(now))
        let documentKind = try FieldRules.documentKind(request.documentType)
        var progress = try session.progress
        try progress.complete(.personalInfo, at: now)
        session.firstName = firstName
        session.lastName = lastName
        session.email = email ?? session.email
        session.phone = phone ?? session.phone
        session.countryCode = country ?? session.countryCode
        session.dateOfBirth = dateOfBirth ?? session.dateOfBirth
        session.documentKind = documentKind?.rawValue ?? session.documentKind
        session.apply(progress, at: now)
        try await session.save(on: db)
    }
}
