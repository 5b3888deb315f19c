import KYCCore
import Vapor

/// `/webhooks` and `/session/{id}/webhooks`: the calling business's delivery log, redelivery,
/// replay, default endpoint and secret rotation (API key only).
enum WebhookController {
    @Sendable static func log(req: Request) async throws -> JSONBody<WebhookLogResponse> {
        let tenant = try await req.requireTenant()
        let id = try SessionRepository.parseID(req.parameters.get("session_id"))
        _ = try await SessionRepository.find(id, tenant: tenant, on: req.db)
        return JSONBody(try await WebhookService.log(sessionID: id, tenantID: tenant.tenantID, on: req.db))
    }

    @Sendable static func redeliver(req: Request) async throws -> JSONBody<WebhookRequeueResponse> {
        let tenant = try await req.requireTenant()
        let response = try await WebhookService.redeliver(publicID: req.parameters.get("event_id") ?? "", tenantID: tenant.tenantID,
                                                          now: req.now, queue: req.kyc.webhookQueue, on: req.db)
        req.kyc.webhookSignal.notify()
        return JSONBody(response, status: .accepted)
    }

    @Sendable static func replay(req: Request) async throws -> JSONBody<WebhookRequeueResponse> {
        let tenant = try await req.requireTenant()
        let response = try await WebhookService.replay(try req.decodeJSON(WebhookReplayRequest.self), tenantID: tenant.tenantID,
                                                       now: req.now, queue: req.kyc.webhookQueue, on: req.db)
        req.kyc.webhookSignal.notify()
        return JSONBody(response, status: .accepted)
    }

    @Sendable static func settings(req: Request) async throws -> JSONBody<WebhookSettingsResponse> {
        JSONBody(WebhookService.settings(try await tenantModel(req), now: req.now))
    }

    @Sendable static func updateSettings(req: Request) async throws -> JSONBody<WebhookSettingsResponse> {
        let tenant = try await tenantModel(req)
        let body = try req.decodeJSON(WebhookSettingsRequest.self)
        return JSONBody(try await WebhookService.setDefaultURL(body.webhookURL, tenant: tenant, targets: req.kyc.webhookTargets,
                                                               now: req.now, on: req.db))
    }

    @Sendable static func rotateSecret(req: Request) async throws -> JSONBody<WebhookRotateResponse> {
        let tenant = try await tenantModel(req)
        let body = req.body.data == nil ? WebhookRotateRequest(overlapSeconds: nil) : try req.decodeJSON(WebhookRotateRequest.self)
        return JSONBody(try await WebhookService.rotateSecret(tenant, overlapSeconds: body.overlapSeconds, cipher: req.kyc.cipher,
                                                              now: req.now, on: req.db))
    }

    private static func tenantModel(_ req: Request) async throws -> Tenant {
        let context = try await req.requireTenant()
        guard let tenant = try await Tenant.find(context.tenantID, on: req.db) else {
            throw KYCError(.invalidAPIKey, "The API key's tenant no longer exists")
        }
        return tenant
    }
}
