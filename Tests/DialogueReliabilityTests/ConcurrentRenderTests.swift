import Foundation
import GraphvizRender
import Testing

/// Rendering under load, across processes and inside one process.
@Suite("Rendering under load")
struct ConcurrentRenderTests {
  /// How many `dialogue render` processes run at once.
  static let processCount = 8

  @Test("8 dialogue render processes at once: no crash, identical outputs")
  func parallelProcesses() throws {
    let scratch = try ScratchFolder.make("parallel")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let dataset = try SyntheticDataset.write(countries: 150, frameworks: 20, perCountry: 3, into: scratch)
    let work = scratch.appendingPathComponent("work", isDirectory: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

    let serial = try DialogueProcess.run(
      ["render", "--dataset", dataset.path, "--output", "serial.svg"], in: work)
    try #require(serial.reason == .exit && serial.status == 0, "\(serial.summary)")
    let expected = try Data(contentsOf: work.appendingPathComponent("serial.svg"))
    _ = try XMLText(expected)

    // Each to its own file, then all to the same file.
    var running: [DialogueProcess.Running] = []
    for i in 0..<ConcurrentRenderTests.processCount {
      running.append(
        try DialogueProcess.Running(
          ["render", "--dataset", dataset.path, "--output", "out-\(i).svg"], in: work))
    }
    for _ in 0..<ConcurrentRenderTests.processCount {
      running.append(
        try DialogueProcess.Running(
          ["render", "--dataset", dataset.path, "--output", "shared.svg"], in: work))
    }
    for outcome in running.map({ $0.wait() }) {
      #expect(
        outcome.crashSigns.isEmpty && outcome.reason == .exit && outcome.status == 0, "\(outcome.summary)")
    }
    for i in 0..<ConcurrentRenderTests.processCount {
      #expect(
        try Data(contentsOf: work.appendingPathComponent("out-\(i).svg")) == expected, "out-\(i).svg differs")
    }
    #expect(try Data(contentsOf: work.appendingPathComponent("shared.svg")) == expected, "shared.svg differs")
    let names = Set(ScratchFolder.contents(of: work))
    let wanted = Set(
      ["serial.svg", "shared.svg"] + (0..<ConcurrentRenderTests.processCount).map { "out-\($0).svg" })
    #expect(names == wanted, "unexpected files: \(names.subtracting(wanted).sorted())")
  }

  @Test("16 concurrent renders in one process equal their serial renderings")
  func concurrentInProcess() async throws {
    let graphs = (0..<16).map(ConcurrentRenderTests.graph(number:))
    // fdp and sfdp are left out: their output already differs between two serial renders of the
    // same graph (see `repeatedForceDirectedRenders`), so they cannot show a concurrency fault.
    let engines: [LayoutEngine] = [.dot, .neato, .circo, .twopi, .dot, .neato, .dot, .circo]
    var serial: [Data] = []
    for (i, graph) in graphs.enumerated() {
      serial.append(
        try GraphvizRenderer.shared.render(graph, engine: engines[i % engines.count], format: .svg))
    }
    let concurrent = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
      for round in 0..<3 {
        for (i, graph) in graphs.enumerated() {
          group.addTask {
            let data = try GraphvizRenderer.shared.render(
              graph, engine: engines[i % engines.count], format: .svg)
            return (i + 16 * round, data)
          }
        }
      }
      var results: [Int: Data] = [:]
      for try await (key, data) in group { results[key] = data }
      return results
    }
    #expect(concurrent.count == 48)
    for (key, data) in concurrent {
      #expect(
        data == serial[key % 16], "render \(key % 16) (round \(key / 16)) differs from its serial rendering")
    }
    for (i, data) in serial.enumerated() {
      let text = try XMLText(data)
      #expect(XMLText.shows("node \(i)-0 <&>", in: text.svgTexts), "graph \(i) lost its labels")
    }
  }

  @Test(
    "the same graph rendered twice in a row with fdp or sfdp gives the same bytes",
    arguments: [LayoutEngine.fdp, .sfdp])
  func repeatedForceDirectedRenders(_ engine: LayoutEngine) throws {
    let graph = ConcurrentRenderTests.graph(number: 2)
    let first = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    let second = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    // Compared as one Boolean: a failing `==` on Data would print both documents byte by byte.
    let identical = first.elementsEqual(second)
    if engine == .fdp {
      withKnownIssue(
        "fdp layouts depend on what was laid out before in the process, despite the srand/srand48 reset (Graphviz 2.42)",
        isIntermittent: true
      ) {
        #expect(identical, "\(engine): \(first.count) bytes, then \(second.count) bytes")
      }
    } else {
      #expect(identical, "\(engine): \(first.count) bytes, then \(second.count) bytes")
    }
  }

  /// Graph `number`: a ring of 10 + 3·number nodes with chords, hostile labels, and a cluster.
  ///
  /// Edge texts are `xlabel`s: with `label`, some of these graphs (number 15) hit a heap
  /// corruption in Graphviz 2.42's `dot` cleanup — see `GraphvizCrashRegressionTests`.
  static func graph(number: Int) -> GraphvizGraph {
    var graph = GraphvizGraph(name: "g\(number)", kind: number % 2 == 0 ? .directed : .undirected)
    let count = 10 + 3 * number
    graph.attributes["label"] = .text("graph \(number) \\N & <b>")
    graph.nodes = (0..<count).map { k in
      GraphvizNode(
        id: "n\(k)", attributes: ["label": .text("node \(number)-\(k) <&> \\l \"q\""), "shape": "box"])
    }
    graph.edges = (0..<count).flatMap { k in
      [
        GraphvizEdge(from: "n\(k)", to: "n\((k + 1) % count)", attributes: ["xlabel": .text("e\(k)")]),
        GraphvizEdge(from: "n\(k)", to: "n\((k * 7 + number) % count)"),
      ]
    }
    var cluster = GraphvizSubgraph.cluster(id: "c\(number)")
    cluster.attributes["label"] = .text("cluster & \(number)")
    cluster.nodeIDs = (0..<min(4, count)).map { "n\($0)" }
    graph.subgraphs = [cluster]
    return graph
  }
}
