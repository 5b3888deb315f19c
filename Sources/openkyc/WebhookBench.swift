import ArgumentParser
import Foundation
import KYCServer

/// `openkyc webhook-bench`: drains a backlog of webhook events to a local receiver and prints
/// the dispatcher's throughput (bench/webhooks.sh).
struct WebhookBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook-bench", abstract: "Benchmark webhook delivery by draining a backlog of events.", shouldDisplay: false)

    @Option(help: "Approvals to write (two events each).") var decisions = 5_000
    @Option(help: "The receiver's URL.") var url: String

    func run() async throws {
        try printJSON(try await WebhookBacklogBench.run(config: loadConfig(), decisions: decisions, url: url))
    }
}
