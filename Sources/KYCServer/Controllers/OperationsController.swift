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
        try resource("openapi.json", contentType: "application/json")
    }

    @Sendable static func miniApp(req: Request) async throws -> Response {
        try resource("Public/app/index.html", contentType: "text/html; charset=utf-8")
    }

    @Sendable static func miniAppScript(req: Request) async throws -> Response {
        try resource("Public/app/app.js", contentType: "text/javascript; charset=utf-8")
    }

    private static func resource(_ path: String, contentType: String) throws -> Response {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(path),
              let data = try? Data(contentsOf: url)
        else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
