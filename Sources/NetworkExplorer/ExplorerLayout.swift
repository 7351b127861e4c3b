import DialogueGraph
import Foundation
import GraphvizRender
import NetworkDiagrams

/// The explorer's one drawing: the whole network for the union of all dates (`asOf: nil`), styled
/// exactly as `dialogue render` styles it (``NetworkDiagram``: shapes and colours per kind, node size
/// by degree, legend), laid out once by Graphviz in this process. The page only shows and hides
/// parts of it, so nothing moves when the date changes.
///
/// Before rendering, every node and link is renamed after its position in the dataset (`n12`,
/// `e40`) and given that name as its SVG `id`, and tooltips and the graph title are dropped. The
/// page finds the SVG element of a dataset row by that id; the only dataset text left in the SVG
/// is the labels, which Graphviz writes as escaped XML text. Parallel links (same source, target and
/// kind) are one line, as in every diagram, named after their first row
/// (``NetworkDiagram/drawnLinks(in:)`` tells the page which rows each line stands for).
enum ExplorerLayout {
  /// The SVG element id of node `index`.
  static func nodeElementId(_ index: Int) -> String { "n\(index)" }
  /// The SVG element id of edge `index`.
  static func edgeElementId(_ index: Int) -> String { "e\(index)" }

  /// The inline `<svg>` element (no XML prolog, DOCTYPE or comments).
  /// - Throws: ``ExplorerError/layout(_:)`` when Graphviz cannot lay the network out.
  /// - Complexity: that of the `sfdp` layout, O(n log n + m) per iteration in practice.
  static func svg(for network: DialogueNetwork) throws(ExplorerError) -> String {
    let options = DiagramOptions(subject: .network, asOf: nil, sizing: .degree)
    let graph: GraphvizGraph
    do {
      graph = try NetworkDiagram.graph(for: network, options: options)
    } catch {
      throw .layout(error.description)
    }
    let data: Data
    do {
      data = try GraphvizRenderer.shared.render(
        renamed(graph, in: network), engine: options.subject.defaultEngine, format: .svg)
    } catch {
      throw .layout(error.description)
    }
    return inline(String(decoding: data, as: UTF8.self))
  }

  /// `graph` with nodes and links named by index, without tooltips or title.
  static func renamed(_ graph: GraphvizGraph, in network: DialogueNetwork) -> GraphvizGraph {
    var result = graph
    result.attributes["label"] = nil
    var names: [String: String] = [:]
    result.nodes = graph.nodes.map { node in
      var renamed = node
      if let v = network.index(of: node.id), network.nodes[v].id == node.id {
        renamed.id = nodeElementId(v)
      } else {
        renamed.id = "legend"  // the one node that is not a dataset row
      }
      names[node.id] = renamed.id
      renamed.attributes["id"] = .text(renamed.id)
      renamed.attributes["tooltip"] = nil
      return renamed
    }
    result.edges = graph.edges.compactMap { edge in
      guard let key = edge.key, let e = network.edgeIndex(of: key), let tail = names[edge.tail],
        let head = names[edge.head]
      else { return nil }
      var renamed = GraphvizEdge(from: tail, to: head, key: edgeElementId(e), attributes: edge.attributes)
      renamed.attributes["id"] = .text(edgeElementId(e))
      renamed.attributes["tooltip"] = nil
      return renamed
    }
    return result
  }

  /// The `<svg>` element of a Graphviz SVG document: what precedes it (prolog, DOCTYPE) and every
  /// comment removed (Graphviz writes one per node and link).
  /// - Complexity: O(length of `document`): one pass over its UTF-8 bytes.
  static func inline(_ document: String) -> String {
    let bytes = Array(document.utf8)
    let svgOpen = Array("<svg".utf8)
    let commentOpen = Array("<!--".utf8)
    let commentClose = Array("-->".utf8)
    func matches(_ pattern: [UInt8], at i: Int) -> Bool {
      i + pattern.count <= bytes.count && bytes[i..<i + pattern.count].elementsEqual(pattern)
    }
    guard var i = bytes.indices.first(where: { matches(svgOpen, at: $0) }) else { return "" }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count - i)
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "<") && matches(commentOpen, at: i) {
        i += commentOpen.count
        while i < bytes.count && !matches(commentClose, at: i) { i += 1 }
        i += commentClose.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
