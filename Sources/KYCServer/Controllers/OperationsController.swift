import SQLKit
import Vapor

/// Health, metrics, the API description and the Mini App page.
enum OperationsController {
    /// 200 when the database answers, 503 when it does not.
    @Sendable static func health(req: Request) async throws -> Response {
        do {
            guard let sql = req.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            try await sql.raw("SELECT 1").run()
            return try JSONBody.response(HealthResponse(status: "healthy"))
        } catch {
            req.logger.error("health check: database unreachable", metadata: ["error.type": "\(type(of: error))"])
            return try JSONBody.response(HealthResponse(status: "unhealthy"), status: .serviceUnavailable)
        }
    }

    /// Liveness of the process alone (no database): for orchestrators, and the benchmark's
    /// framework baseline.
    @Sendable static func live(req: Request) async throws -> JSONBody<HealthResponse> {
        JSONBody(HealthResponse(status: "ok"))
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: req.kyc.metrics.exposition()))
    }

    @Sendable static func openAPI(req: Request) async throws -> Response {
        try BundledResource.response("openapi.json", contentType: "application/json")
    }
}
