import Foundation
import GraphvizRender
import Testing

/// The same graph and options must give the same bytes, whatever was rendered before.
@Suite("Rendering is deterministic")
struct DeterminismTests {
  @Test(arguments: [LayoutEngine.sfdp, .dot, .neato, .circo, .twopi])
  func sameGraphTwiceAndAfterOtherRendersGivesIdenticalBytes(engine: LayoutEngine) throws {
    let graph = TestGraphs.random(nodes: 60, edges: 150, seed: 7)
    let first = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    let second = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    #expect(first == second ? true : false, "second render differs")
    for other in LayoutEngine.allCases {
      _ = try GraphvizRenderer.shared.render(
        TestGraphs.random(nodes: 30, edges: 45, seed: 3), engine: other, format: .svg)
    }
    let third = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    #expect(first == third ? true : false, "render after other engines differs")
  }

  /// Graphviz 2.42's fdp gives a different layout on every call in a process, even with the C
  /// random generators reseeded and `start` set (its state is not reachable through the API).
  /// Recorded as a known issue so the day it becomes reproducible shows up.
  @Test func fdpIsNotReproducibleInGraphviz242() throws {
    let graph = TestGraphs.random(nodes: 60, edges: 150, seed: 7)
    let first = try GraphvizRenderer.shared.render(graph, engine: .fdp, format: .svg)
    let second = try GraphvizRenderer.shared.render(graph, engine: .fdp, format: .svg)
    withKnownIssue("fdp layouts differ between calls in Graphviz 2.42", isIntermittent: true) {
      #expect(first == second ? true : false)
    }
  }

  /// sfdp's first layout of a graph in a process used to differ from later ones (Graphviz keeps
  /// state between calls); a large graph shows it reliably.
  @Test func sfdpOnALargeGraphIsStableFromTheFirstRender() throws {
    let graph = TestGraphs.random(nodes: 200, edges: 1_000, seed: 11)
    let renders = try (0..<3).map { _ in
      try GraphvizRenderer.shared.render(graph, engine: .sfdp, format: .svg)
    }
    #expect(renders[0] == renders[1] ? true : false, "first sfdp render differs")
    #expect(renders[1] == renders[2] ? true : false)
  }

  @Test func attributeInsertionOrderDoesNotMatter() throws {
    var forward = GraphvizGraph()
    forward.nodes = [GraphvizNode(id: "a")]
    forward.nodes[0].attributes["shape"] = "box"
    forward.nodes[0].attributes["color"] = "red"
    forward.nodes[0].attributes["label"] = "A"
    var backward = GraphvizGraph()
    backward.nodes = [GraphvizNode(id: "a")]
    backward.nodes[0].attributes["label"] = "A"
    backward.nodes[0].attributes["color"] = "red"
    backward.nodes[0].attributes["shape"] = "box"
    let one = try GraphvizRenderer.shared.render(forward, engine: .dot, format: .dot)
    let two = try GraphvizRenderer.shared.render(backward, engine: .dot, format: .dot)
    #expect(one == two ? true : false, "DOT output depends on insertion order")
  }

  /// cgraph lists subgraphs by ID, by default the address of the subgraph's interned name: a name
  /// interned earlier (here as a label) came first, and what malloc reuses between renders in one
  /// process decided the order. Subgraphs are now written in the order they are given.
  @Test func subgraphsAreWrittenInTheOrderTheyAreGiven() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a"), GraphvizNode(id: "b"), GraphvizNode(id: "c")]
    graph.nodes[0].attributes["label"] = "cluster_second"  // interns the later name first
    var first = GraphvizSubgraph.cluster(id: "first")
    first.nodeIDs = ["b"]
    var second = GraphvizSubgraph.cluster(id: "second")
    second.nodeIDs = ["c"]
    var inner = GraphvizSubgraph.group(id: "inner")
    inner.nodeIDs = ["c"]
    second.subgraphs = [inner]
    graph.subgraphs = [first, second]
    let dot = String(decoding: try GraphvizRenderer.shared.render(graph, engine: .dot, format: .dot), as: UTF8.self)
    let firstAt = try #require(dot.range(of: "subgraph cluster_first")).lowerBound
    let secondAt = try #require(dot.range(of: "subgraph cluster_second")).lowerBound
    let innerAt = try #require(dot.range(of: "subgraph group_inner")).lowerBound
    #expect(firstAt < secondAt && secondAt < innerAt, "subgraphs out of order:\n\(dot)")
    #expect(dot.contains("label=cluster_second"), "the label is kept")
    // Same bytes when rendered again, after other graphs with other subgraphs.
    for seed in 0..<5 {
      var other = TestGraphs.random(nodes: 20, edges: 30, seed: UInt64(seed))
      other.subgraphs = [GraphvizSubgraph.cluster(id: "z\(seed)"), GraphvizSubgraph.cluster(id: "second")]
      _ = try GraphvizRenderer.shared.render(other, engine: .dot, format: .dot)
    }
    let again = String(decoding: try GraphvizRenderer.shared.render(graph, engine: .dot, format: .dot), as: UTF8.self)
    #expect(again == dot ? true : false)
  }
}
