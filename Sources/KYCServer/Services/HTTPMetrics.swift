import Prometheus

/// Request counts and latencies in Prometheus form. Each application has its own registry
/// (no process-wide bootstrap), so tests can run many applications side by side.
struct HTTPMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
    ]

    /// `route` is the route pattern (":session_id"), never the concrete path, which would carry
    /// identifiers and explode the label set.
    func record(method: String, route: String, status: UInt, duration: Duration) {
        registry.makeCounter(
            name: "openkyc_http_requests_total",
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            name: "openkyc_http_request_duration_seconds",
            labels: [("method", method), ("route", route)],
            buckets: Self.buckets
        ).record(duration)
    }

    func exposition() -> String { registry.emitToString() }
}
