import Foundation
import GraphvizRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Graphs and readers shared by the GraphvizRender tests.
enum TestGraphs {
  /// Four nodes, four edges, one cluster nested in another: exercises every construct.
  static func small(kind: GraphvizGraph.Kind = .directed) -> GraphvizGraph {
    var graph = GraphvizGraph(name: "small", kind: kind)
    graph.nodeDefaults["shape"] = "box"
    graph.nodes = ["alpha", "beta", "gamma", "delta"].map { GraphvizNode(id: $0) }
    graph.edges = [
      GraphvizEdge(from: "alpha", to: "beta"), GraphvizEdge(from: "beta", to: "gamma"),
      GraphvizEdge(from: "gamma", to: "delta", attributes: ["label": "g→d"]),
      GraphvizEdge(from: "delta", to: "alpha"),
    ]
    var inner = GraphvizSubgraph.cluster(id: "inner")
    inner.nodeIDs = ["gamma"]
    var outer = GraphvizSubgraph.cluster(id: "outer")
    outer.attributes["label"] = "Outer"
    outer.nodeIDs = ["beta", "gamma"]
    outer.subgraphs = [inner]
    graph.subgraphs = [outer]
    return graph
  }

  /// A random graph with `nodes` nodes and `edges` distinct edges (no clusters), reproducible
  /// from `seed` (a 64-bit linear congruential generator, Knuth's MMIX constants).
  static func random(nodes: Int, edges: Int, seed: UInt64 = 42) -> GraphvizGraph {
    var graph = GraphvizGraph(name: "random", kind: .directed)
    graph.nodes = (0..<nodes).map { GraphvizNode(id: "n\($0)") }
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var seen = Set<[Int]>()
    while seen.count < edges {
      let tail = next() % nodes
      let head = next() % nodes
      guard tail != head, seen.insert([tail, head]).inserted else { continue }
      graph.edges.append(GraphvizEdge(from: "n\(tail)", to: "n\(head)"))
    }
    return graph
  }
}

/// Reads an SVG document: the text content of every element with a given name.
final class SVGTextReader: NSObject, XMLParserDelegate {
  private let elementName: String
  private var depth = 0
  private var current = ""
  private(set) var texts: [String] = []

  /// Parses `data`; returns the text of each `elementName` element, or nil if it is not XML.
  static func texts(of elementName: String, in data: Data) -> [String]? {
    let reader = SVGTextReader(elementName: elementName)
    let parser = XMLParser(data: data)
    parser.delegate = reader
    return parser.parse() ? reader.texts : nil
  }

  private init(elementName: String) {
    self.elementName = elementName
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if name == elementName {
      depth += 1
      current = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if depth > 0 { current += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if depth > 0 { current += String(decoding: block, as: UTF8.self) }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if name == elementName {
      depth -= 1
      texts.append(current)
    }
  }
}

/// The process's resident set size in kilobytes (`VmRSS` in /proc/self/status).
func residentKilobytes() -> Int {
  let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
  for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
  return 0
}
