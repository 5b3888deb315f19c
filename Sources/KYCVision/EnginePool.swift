import CKYCVision
import Dispatch
import KYCCore
import Synchronization

/// A fixed set of face-engine copies, one per worker thread.
///
/// dlib's detectors and networks keep scratch state, so one copy serves one call at a time.
/// Each copy has its own serial queue: the blocking C++ work runs there, never on Swift's
/// cooperative threads (which serve the HTTP requests). Callers beyond the pool size wait in
/// line, so memory stays bounded at `size` copies whatever the load.
final class EnginePool: Sendable {
    private struct Worker: @unchecked Sendable {
        // Used only on `queue`, by one caller at a time (guaranteed by `free`).
        let engine: OpaquePointer
        let queue: DispatchQueue
    }

    private struct State {
        var free: [Int]
        var waiting: [CheckedContinuation<Int, Never>] = []
    }

    private let workers: [Worker]
    private let state: Mutex<State>

    init(modelsDirectory: String, size: Int) throws(KYCError) {
        var status = kv_status()
        guard let first = kv_face_engine_load(modelsDirectory, &status) else {
            throw VisionFailure.error(from: status, fallback: .modelUnavailable)
        }
        var engines = [first]
        for _ in 1..<max(1, size) {
            guard let copy = kv_face_engine_clone(first, &status) else {
                engines.forEach { kv_face_engine_free($0) }
                throw VisionFailure.error(from: status, fallback: .internalError)
            }
            engines.append(copy)
        }
        workers = engines.enumerated().map { index, engine in
            Worker(engine: engine, queue: DispatchQueue(label: "openkyc.face-engine.\(index)"))
        }
        state = Mutex(State(free: Array(workers.indices)))
    }

    deinit {
        for worker in workers { kv_face_engine_free(worker.engine) }
    }

    var size: Int { workers.count }

    /// Runs `body` with an engine of its own, on that engine's thread.
    func run<T: Sendable>(_ body: @escaping @Sendable (OpaquePointer) throws(KYCError) -> T) async throws(KYCError) -> T {
        let index = await acquire()
        defer { release(index) }
        let worker = workers[index]
        let result: Result<T, KYCError> = await withCheckedContinuation { continuation in
            worker.queue.async {
                continuation.resume(returning: Result { () throws(KYCError) -> T in try body(worker.engine) })
            }
        }
        return try result.get()
    }

    private func acquire() async -> Int {
        if let index = state.withLock({ $0.free.popLast() }) { return index }
        return await withCheckedContinuation { continuation in
            let ready: Int? = state.withLock { state in
                if let index = state.free.popLast() { return index }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func release(_ index: Int) {
        let next = state.withLock { state -> CheckedContinuation<Int, Never>? in
            if state.waiting.isEmpty {
                state.free.append(index)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: index)
    }
}
