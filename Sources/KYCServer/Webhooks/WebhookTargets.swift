import KYCCore

/// Where webhooks may go (and where users may be sent back to): checked when a session or a
/// tenant names a URL, and again before every delivery, because a name that resolved to a
/// public address yesterday can resolve to 127.0.0.1 today (DNS rebinding).
struct WebhookTargets: Sendable {
    let resolver: HostResolver
    /// Development only: http and private addresses allowed.
    let allowPrivate: Bool

    /// A URL's host and the address to connect to.
    struct Pinned: Sendable {
        let url: WebhookURL
        let address: IPAddress
    }

    /// Checks a URL a business gives us; throws `INVALID_PARAMETER` naming `field`. In
    /// development (private targets allowed) only its form is checked: no lookup.
    ///
    /// Not inlined (nor is `pin`): the Swift 6.3.1 optimiser crashes (signal 11, "while splitting
    /// coroutine") on request handlers that have these inlined.
    @inline(never)
    func validate(_ text: String?, field: String) async throws -> String? {
        guard let text else { return nil }
        if allowPrivate {
            _ = try WebhookURL(text, field: field, allowPrivate: true)
            return text
        }
        switch await pin(text, field: field) {
        case .success: return text
        case .failure(let error): throw error
        }
    }

    /// Checks a new session's `webhook_url` and `callback_url`.
    func validateSession(webhookURL: String?, callbackURL: String?) async throws {
        _ = try await validate(webhookURL, field: "webhook_url")
        _ = try await validate(callbackURL, field: "callback_url")
    }

    /// Resolves the URL's host and picks the address to connect to, refusing non-public
    /// addresses unless private targets are allowed. Every address of the name is checked, so
    /// a name cannot smuggle a private address in beside a public one.
    @inline(never)
    func pin(_ text: String, field: String = "webhook_url") async -> Result<Pinned, KYCError> {
        let url: WebhookURL
        do { url = try WebhookURL(text, field: field, allowPrivate: allowPrivate) } catch { return .failure(error) }
        let addresses: [IPAddress]
        do { addresses = try await resolver.addresses(of: url.host) } catch {
            return .failure(KYCError(.serviceUnavailable, "The host name could not be looked up now"))
        }
        guard let first = addresses.first else {
            return .failure(.invalid(field, "its host name does not resolve"))
        }
        if !allowPrivate {
            for address in addresses {
                if let why = WebhookAddressPolicy.refusal(for: address) {
                    return .failure(.invalid(field, "must not point to a \(why) address"))
                }
            }
        }
        return .success(Pinned(url: url, address: first))
    }
}
