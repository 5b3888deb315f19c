import KYCCore
import Vapor

/// `/session/...`: create, status, and the Mini App's personal details step.
enum SessionController {
    @Sendable static func create(req: Request) async throws -> JSONBody<CreateSessionResponse> {
        let tenant = try await req.requireTenant()
        let input = try SessionService.NewSession(try req.decodeJSON(CreateSessionRequest.self), today: Timestamps.isoDate(req.now))
        // https only, and never to our own network (SSRF); checked again at every delivery.
        try await req.kyc.webhookTargets.validateSession(webhookURL: input.webhookURL, callbackURL: input.callbackURL)
        let (session, reused) = try await SessionService.createOrReuse(
            input, tenant: tenant, clientIP: req.clientIP, config: req.kyc.config, now: req.now, on: req.db)
        return JSONBody(try SessionService.createResponse(session, reused: reused, config: req.kyc.config))
    }

    /// Works without an API key (by session id alone) and then returns no personal data; a key,
    /// if sent, must be valid and belong to the session's business.
    @Sendable static func status(req: Request) async throws -> JSONBody<SessionStatusResponse> {
        let id = try SessionRepository.parseID(req.parameters.get("session_id"))
        let tenant = try await req.optionalTenant()
        let session = try await SessionRepository.find(id, tenant: tenant, on: req.db)
        if tenant == nil { try await req.enforceTelegramAccess(to: session) }
        try await SessionRepository.refreshExpiry(session, now: req.now, on: req.db)
        return JSONBody(try await SessionService.statusResponse(session, includeOwnerView: tenant != nil, on: req.db))
    }

    @Sendable static func personalInfo(req: Request) async throws -> JSONBody<SessionStatusResponse> {
        let (session, tenant) = try await req.userSession()
        try await SessionService.recordPersonalInfo(try req.decodeJSON(PersonalInfoRequest.self),
                                                    session: session, now: req.now, on: req.db)
        return JSONBody(try await SessionService.statusResponse(session, includeOwnerView: tenant != nil, on: req.db))
    }
}

extension Request {
    /// Decodes a JSON body; a missing or non-JSON body is a 400 naming the problem.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard let body = body.data, body.readableBytes > 0 else {
            throw KYCError(.invalidRequest, "A JSON request body is required")
        }
        if let contentType = headers.contentType, contentType != .json {
            throw KYCError(.invalidRequest, "Send the body as application/json")
        }
        return try JSONDecoder().decode(T.self, from: body)
    }
}
