import Foundation
import Vapor

/// Files shipped inside the server's bundle (the Mini App, the OpenAPI document).
enum BundledResource {
    static func response(_ path: String, contentType: String) throws -> Response {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(path),
              let data = try? Data(contentsOf: url)
        else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
