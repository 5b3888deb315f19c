import KYCCore
import Vapor

extension Request {
    /// The caller's IP: the socket peer, or the first X-Forwarded-For hop when the service is
    /// configured to sit behind a proxy that sets it (otherwise the header is ignored, since any
    /// client can send it).
    var clientIP: IPAddress? {
        if application.kyc.config.trustForwardedFor,
           let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first,
           let address = IPAddress(forwarded.trimmingCharacters(in: .whitespaces))
        {
            return address
        }
        return remoteAddress?.ipAddress.flatMap(IPAddress.init)
    }
}
