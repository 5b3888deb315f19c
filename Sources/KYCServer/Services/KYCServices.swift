import Foundation
import KYCCore
import Prometheus
import Vapor

/// The service's shared dependencies, built once in `configure` and reached through
/// `app.kyc` / `req.kyc`. Tests replace the clock to move time.
struct KYCServices: Sendable {
    let config: AppConfig
    let cipher: AtRestCipher
    let documents: any DocumentStore
    let keyLimiter: RateLimiter
    let ipLimiter: RateLimiter
    let metrics: HTTPMetrics
    let clock: @Sendable () -> Date
    /// The face engine and document reader, loaded on first use.
    let engines: VisionEngines
    /// This process's copy of the tenants' face templates, for duplicate searches.
    let faceIndex: FaceIndex
    let verificationQueue: VerificationQueue
    /// Wakes this process's idle workers when a job is queued.
    let workSignal: WorkSignal
    let fraudLimits: FraudChecks.Limits
    /// Where webhook and callback URLs may point.
    let webhookTargets: WebhookTargets
    let webhookQueue: WebhookQueue
    /// Wakes this process's webhook dispatcher when events are written.
    let webhookSignal: WorkSignal
}

extension Application {
    private struct KYCServicesKey: StorageKey {
        typealias Value = KYCServices
    }

    var kyc: KYCServices {
        get {
            guard let services = storage[KYCServicesKey.self] else {
                fatalError("configure(_:config:) has not run on this application")
            }
            return services
        }
        set { storage[KYCServicesKey.self] = newValue }
    }
}

extension Request {
    var kyc: KYCServices { application.kyc }
    /// Now, by the service's clock.
    var now: Date { application.kyc.clock() }
}
