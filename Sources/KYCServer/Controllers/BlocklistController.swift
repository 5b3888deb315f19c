import KYCCore
import Vapor

/// `/blocklist`: the calling business's blocked users, addresses and networks.
enum BlocklistController {
    @Sendable static func list(req: Request) async throws -> JSONBody<BlockListResponse> {
        let tenant = try await req.requireTenant()
        let entries = try await BlocklistService.list(tenantID: tenant.tenantID, on: req.db)
        return JSONBody(BlockListResponse(entries: entries.map(\.response)))
    }

    @Sendable static func add(req: Request) async throws -> JSONBody<BlockEntryResponse> {
        let tenant = try await req.requireTenant()
        let body = try req.decodeJSON(CreateBlockEntryRequest.self)
        guard let rawType = body.type else { throw KYCError.missing("type") }
        guard let kind = BlockRule.Kind(rawValue: rawType) else {
            throw KYCError.invalid("type", "must be one of telegram_id, ip, cidr")
        }
        guard let value = body.value else { throw KYCError.missing("value") }
        let rule = try BlockRule(kind: kind, value: value)
        let reason = try FieldRules.text(body.reason, field: "reason", maxLength: 500)
        let entry = try await BlocklistService.add(tenantID: tenant.tenantID, rule: rule, reason: reason,
                                                   source: "api", now: req.now, on: req.db)
        return JSONBody(entry.response, status: .created)
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let tenant = try await req.requireTenant()
        guard let id = req.parameters.get("entry_id").flatMap(UUID.init(uuidString:)),
              try await BlocklistService.remove(tenantID: tenant.tenantID, id: id, on: req.db)
        else { throw KYCError(.notFound, "Blocklist entry not found") }
        return Response(status: .noContent)
    }
}
