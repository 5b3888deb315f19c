import Vapor

/// Every route of the public API, grouped by area.
func routes(_ app: Application) {
    let uploadBodyLimit = ByteCount(value: app.kyc.config.maxRequestBytes)

    do {  // Sessions
        app.post("session", "create", use: SessionController.create)
        app.get("session", ":session_id", "status", use: SessionController.status)
        app.post("session", ":session_id", "personal-info", use: SessionController.personalInfo)
    }
    do {  // Uploads: bodies are large, so collect up to the configured limit
        app.on(.POST, "upload", ":doc_type", body: .collect(maxSize: uploadBodyLimit), use: UploadController.upload)
        app.post("session", ":session_id", "liveness", "challenge", use: UploadController.livenessChallenge)
    }
    do {  // Verification and review
        app.post("verify", ":session_id", use: VerifyController.verify)
        app.post("session", ":session_id", "review", use: VerifyController.review)
    }
    do {  // Webhooks (API key only)
        app.get("session", ":session_id", "webhooks", use: WebhookController.log)
        app.post("webhooks", "events", ":event_id", "redeliver", use: WebhookController.redeliver)
        app.post("webhooks", "replay", use: WebhookController.replay)
        app.get("webhooks", "settings", use: WebhookController.settings)
        app.put("webhooks", "settings", use: WebhookController.updateSettings)
        app.post("webhooks", "secret", "rotate", use: WebhookController.rotateSecret)
    }
    do {  // Users and the blocklist (API key only)
        app.get("user", ":telegram_id", use: UserController.show)
        app.get("blocklist", use: BlocklistController.list)
        app.post("blocklist", use: BlocklistController.add)
        app.delete("blocklist", ":entry_id", use: BlocklistController.remove)
    }
    do {  // Operations and pages
        app.get("health", use: OperationsController.health)
        app.get("livez", use: OperationsController.live)
        app.get("metrics", use: OperationsController.metrics)
        app.get("openapi.json", use: OperationsController.openAPI)
    }
    do {  // The Mini App: its page, its files, and its view of the user's session
        app.get("app", use: MiniAppController.page)
        app.get("app", ":file", use: MiniAppController.asset)
        app.get("session", ":session_id", "app", use: MiniAppController.session)
    }
}
