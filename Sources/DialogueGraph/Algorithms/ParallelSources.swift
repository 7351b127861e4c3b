import Dispatch
import Foundation

/// Runs a per-source computation over all nodes on several threads, with results that do not depend
/// on the thread count.
///
/// The sources `0..<count` are cut into a fixed number of contiguous chunks that depends only on
/// `count` (never on `threads`). Threads take chunks in increasing order; a chunk's sources are always
/// processed in increasing order by one thread, so any floating-point sum formed per chunk — and the
/// final merge of chunks in chunk order — is the same for 1, 2 or 64 threads.
enum ParallelSources {
  /// The number of chunks `count` sources are cut into: at most 16, so that per-chunk accumulators
  /// cost at most 16 doubles per node.
  static func chunkCount(for count: Int) -> Int { min(16, max(count, 1)) }

  /// The sources of chunk `chunk` out of `chunks`.
  static func sources(ofChunk chunk: Int, chunks: Int, count: Int) -> Range<Int> {
    (chunk * count / chunks)..<((chunk + 1) * count / chunks)
  }

  /// Calls `process(chunk, worker)` once for every chunk, on up to `threads` threads.
  ///
  /// `makeWorker` builds one scratch state per thread (BFS queues, distance arrays…), reused for all
  /// the chunks that thread processes.
  static func forEachChunk<Worker>(
    count: Int, threads: Int, makeWorker: () -> Worker, process: (Int, inout Worker) -> Void
  ) {
    let chunks = chunkCount(for: count)
    let threadCount = max(1, min(threads, chunks))
    if threadCount == 1 {
      var worker = makeWorker()
      for chunk in 0..<chunks { process(chunk, &worker) }
      return
    }
    let next = ChunkCounter()
    withoutActuallyEscaping(makeWorker) { makeWorker in
      withoutActuallyEscaping(process) { process in
        let box = UncheckedBox((makeWorker, process))
        DispatchQueue.concurrentPerform(iterations: threadCount) { _ in
          var worker = box.value.0()
          while let chunk = next.take(limit: chunks) { box.value.1(chunk, &worker) }
        }
      }
    }
  }
}

/// Hands out chunk indices 0, 1, 2… to competing threads.
private final class ChunkCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func take(limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// Carries closures into `concurrentPerform`; they only touch disjoint memory or per-thread state.
private struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// A shared output buffer that threads write at disjoint indices.
struct DisjointWrites<Element>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Element>

  /// Writes `value` at `index`; two threads never write the same index.
  @inline(__always) func set(_ index: Int, _ value: Element) { base[index] = value }
}

extension Array {
  /// Builds an array of `count` elements whose slots are filled by `fill`, which may run on several
  /// threads and must write every index exactly once.
  static func filledInParallel(count: Int, initial: Element, _ fill: (DisjointWrites<Element>) -> Void)
    -> [Element]
  {
    var result = [Element](repeating: initial, count: count)
    result.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      fill(DisjointWrites(base: base))
    }
    return result
  }
}
