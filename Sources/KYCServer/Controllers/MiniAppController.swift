import Fluent
import Foundation
import KYCCore
import Vapor

/// The Mini App: its files, and its view of the user's session.
enum MiniAppController {
    /// Every file the app is made of, by the name it is requested under. Nothing else under
    /// `/app/` is served.
    static let assets: [String: (path: String, type: String)] = [
        "app.js": ("Public/app/app.js", "text/javascript; charset=utf-8"),
        "app.css": ("Public/app/app.css", "text/css; charset=utf-8"),
        "strings.js": ("Public/app/strings.js", "text/javascript; charset=utf-8"),
        "telegram.js": ("Public/app/telegram.js", "text/javascript; charset=utf-8"),
    ]

    @Sendable static func page(req: Request) async throws -> Response {
        try BundledResource.response("Public/app/index.html", contentType: "text/html; charset=utf-8")
    }

    @Sendable static func asset(req: Request) async throws -> Response {
        guard let name = req.parameters.get("file"), let asset = assets[name] else { throw Abort(.notFound) }
        return try BundledResource.response(asset.path, contentType: asset.type)
    }

    /// `GET /session/{session_id}/app`, under the same rules as the user's other calls.
    @Sendable static func session(req: Request) async throws -> JSONBody<MiniAppSessionView> {
        let (session, _) = try await req.userSession()
        let progress = try session.progress
        let kind = try session.declaredDocumentKind
        var result: MiniAppSessionView.Result?
        if [.approved, .rejected, .pendingReview].contains(progress.status) {
            let sessionID = try session.requireID()
            let decided = try await Verification.query(on: req.db)
                .filter(\.$sessionID == sessionID).filter(\.$tenantID == session.tenantID).first()
            result = .init(status: progress.status.rawValue,
                           reasons: decided?.reasonCodeList ?? [])
        }
        let steps = VerificationStep.required(includeAddress: progress.requiresAddress, includeBack: kind?.hasBack ?? true)
        return JSONBody(MiniAppSessionView(
            sessionID: try session.requireID().uuidString.lowercased(),
            status: progress.effectiveStatus(at: req.now).rawValue,
            currentStep: progress.currentStep.rawValue,
            submitted: progress.submitted,
            steps: steps.map(\.rawValue),
            personalInfo: .init(firstName: session.firstName, lastName: session.lastName, dateOfBirth: session.dateOfBirth,
                                countryCode: session.countryCode, documentType: kind?.rawValue),
            callbackURL: session.callbackURL,
            livenessAttemptsLeft: max(0, req.kyc.config.livenessAttempts - (session.livenessChallengesIssued ?? 0)),
            result: result))
    }
}
