import Synchronization

/// Wakes idle workers of this process when a job is queued, so a verification starts at once
/// instead of at the next poll. Workers in other processes find the job by polling.
final class WorkSignal: Sendable {
    private struct State {
        var pending = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func notify() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            defer { state.waiters = [] }
            if state.waiters.isEmpty { state.pending = true }
            return state.waiters
        }
        waiters.forEach { $0.resume() }
    }

    /// Returns when notified, or after `timeout`.
    func wait(upTo timeout: Duration) async {
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            self?.notify()
        }
        defer { timer.cancel() }
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> Bool in
                if state.pending {
                    state.pending = false
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }
}
