import Dispatch
import Foundation
import GraphvizRender
import Testing

/// Graphviz crashes when two layouts run at once; the renderer's lock must make any number of
/// concurrent renders safe and leave their bytes unchanged.
@Suite("Concurrent renders are safe and identical")
struct ConcurrencyTests {
  /// The reference rendering, made once per process before any comparison.
  static let reference: Data = {
    (try? GraphvizRenderer.shared.render(TestGraphs.small(), engine: .dot, format: .svg)) ?? Data()
  }()

  /// Eight test cases that Swift Testing runs in parallel, each rendering repeatedly, mixing
  /// engines so that different layout code runs side by side.
  @Test(arguments: 0..<8)
  func parallelTestCasesRenderTheSameBytes(worker: Int) throws {
    let other = LayoutEngine.allCases[worker % LayoutEngine.allCases.count]
    for _ in 0..<10 {
      _ = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: other, format: .png)
      let svg = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: .dot, format: .svg)
      #expect(svg == Self.reference ? true : false, "bytes differ from the reference")
    }
  }

  @Test func taskGroupOfSixteenRendersTheSameBytes() async throws {
    let results = try await withThrowingTaskGroup(of: Data.self) { group in
      for _ in 0..<16 {
        group.addTask {
          try GraphvizRenderer.shared.render(TestGraphs.small(), engine: .dot, format: .svg)
        }
      }
      return try await group.reduce(into: [Data]()) { $0.append($1) }
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0 == Self.reference })
  }

  @Test func concurrentPerformRendersTheSameBytes() {
    let count = 24
    let slots = ResultSlots(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let engine = LayoutEngine.allCases[index % LayoutEngine.allCases.count]
      let result = Result { () throws(RenderError) -> Data in
        _ = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: engine, format: .svg)
        return try GraphvizRenderer.shared.render(TestGraphs.small(), engine: .dot, format: .svg)
      }
      slots.store(result, at: index)
    }
    let results = slots.values
    #expect(results.count == count)
    for result in results {
      #expect((try? result.get()) == Self.reference ? true : false, "bytes differ or render failed")
    }
  }
}

/// Results written from `concurrentPerform` workers, one slot each.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<Data, RenderError>?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func store(_ result: Result<Data, RenderError>, at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
  }

  var values: [Result<Data, RenderError>] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
