import Synchronization

/// A background loop's tasks, held so shutdown can stop them and wait.
final class BackgroundTask: Sendable {
    private let tasks = Mutex<[Task<Void, Never>]>([])

    func set(_ newTask: Task<Void, Never>) { tasks.withLock { $0.append(newTask) } }

    func cancelAndWait() async {
        let running = tasks.withLock { current -> [Task<Void, Never>] in
            defer { current = [] }
            return current
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}
