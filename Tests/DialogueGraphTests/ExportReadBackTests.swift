import Foundation
import Testing

@testable import DialogueGraph

/// Each export of the hostile fixture, read back by an independent reader (networkx, igraph,
/// Graphviz's own parser), carries the same nodes, edges, kinds, labels, dates and attributes.
@Suite struct ExportReadBackTests {
  let network: DialogueNetwork
  init() throws { network = try ExportFixture.network() }

  /// Expected nodes and edges with `clean` applied to all text (ids included).
  func expected(_ clean: (String) -> String) -> (
    nodes: [String: [String: ExpectedValue]],
    edges: [String: (source: String, target: String, fields: [String: ExpectedValue])]
  ) {
    var nodes: [String: [String: ExpectedValue]] = [:]
    for node in network.nodes {
      nodes[clean(node.id)] = ExpectedFields.cleaned(ExpectedFields.of(node), clean)
    }
    var edges: [String: (String, String, [String: ExpectedValue])] = [:]
    for edge in network.edges {
      edges[clean(edge.id)] = (
        clean(edge.source), clean(edge.target), ExpectedFields.cleaned(ExpectedFields.of(edge), clean)
      )
    }
    return (nodes, edges)
  }

  @Test func graphMLReadsBackInNetworkxAndIgraph() throws {
    let summary = try ExportReadBack.read(
      "graphml", text: try network.wholeView.graphML(), extension: "graphml")
    #expect(summary["directed"] as? Bool == true)
    #expect(summary["multigraph"] as? Bool == true)
    let (nodes, edges) = expected(xmlReadBack)
    expectSummary(summary, nodes: nodes, edges: edges, "GraphML")
    #expect((summary["graph"] as? [String: Any])?["name"] as? String == network.name)
    let igraph = try #require(
      summary["igraph"] as? [String: Any], "igraph is not installed (pip install igraph)")
    #expect(igraph["vertices"] as? Int == network.nodes.count)
    #expect(igraph["edges"] as? Int == network.edges.count)
    #expect(igraph["directed"] as? Bool == true)
    #expect(igraph["labels"] as? [String] == network.nodes.map { xmlReadBack($0.label) })
  }

  @Test func gexfReadsBackInNetworkxWithSpells() throws {
    let text = try network.wholeView.gexf()
    #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
    #expect(text.contains("mode=\"dynamic\""))
    #expect(text.contains("timeformat=\"date\""))
    let summary = try ExportReadBack.read("gexf", text: text, extension: "gexf")
    #expect(summary["directed"] as? Bool == true)
    #expect(summary["multigraph"] as? Bool == true)
    #expect((summary["graph"] as? [String: Any])?["mode"] as? String == "dynamic")
    let (nodes, edges) = expected(xmlReadBack)
    expectSummary(
      summary, nodes: nodes, edges: edges, ignoringNodeKeys: ["spells"], ignoringEdgeKeys: ["spells", "id"],
      "GEXF")

    let readNodes = summary["nodes"] as? [String: [String: Any]] ?? [:]
    for node in network.nodes {
      let spells = readNodes[xmlReadBack(node.id)]?["spells"] as? [[String]]
      let expectedSpell = ExportFixture.nodeSpells[node.id]
      #expect(spells == expectedSpell.map { [$0] }, "spells of node \(node.id.debugDescription)")
    }
    for edge in summary["edges"] as? [[String: Any]] ?? [] {
      let key = edge["key"] as? String ?? ""
      let data = edge["data"] as? [String: Any] ?? [:]
      #expect(data["id"] as? String == key, "GEXF edge id attribute")
      let original = network.edges.first { xmlReadBack($0.id) == key }
      let expectedSpell = original.flatMap { ExportFixture.edgeSpells[$0.id] }
      #expect(
        data["spells"] as? [[String]] == expectedSpell.map { [$0] }, "spells of edge \(key.debugDescription)")
    }
  }

  @Test func nodeLinkJSONReadsBackInNetworkxUnchanged() throws {
    let summary = try ExportReadBack.read(
      "json", text: try network.wholeView.nodeLinkJSON(), extension: "json")
    #expect(summary["directed"] as? Bool == true)
    #expect(summary["multigraph"] as? Bool == true)
    let (nodes, edges) = expected { $0 }  // JSON carries every character
    expectSummary(summary, nodes: nodes, edges: edges, "node-link JSON")
    #expect((summary["graph"] as? [String: Any])?["name"] as? String == network.name)
  }

  @Test func dotParsesWithGraphvizOwnParser() throws {
    let summary = try ExportReadBack.read("dot", text: try network.wholeView.dot(), extension: "dot")
    #expect(summary["directed"] as? Bool == true)
    #expect(summary["multigraph"] as? Bool == true, "not strict: parallel edges kept")
    #expect((summary["graph"] as? [String: Any])?["name"] as? String == dotEscapedForm(network.name))
    // cgraph keeps the string as written between the quotes (only \" is undone): undo \\ and \n here.
    var unescaped = summary
    var nodes: [String: [String: Any]] = [:]
    for (id, attrs) in summary["nodes"] as? [String: [String: Any]] ?? [:] {
      nodes[dotUnescape(id)] = attrs.reduce(into: [:]) {
        // Labels carry `&` as `&amp;`, which Graphviz decodes when it draws them: decode it here too.
        let value = dotUnescape($1.value as? String ?? "")
        $0[dotUnescape($1.key)] = $1.key == "label" ? value.replacingOccurrences(of: "&amp;", with: "&") : value
      }
    }
    unescaped["nodes"] = nodes
    unescaped["edges"] = (summary["edges"] as? [[String: Any]] ?? []).map { edge -> [String: Any] in
      let data = (edge["data"] as? [String: Any] ?? [:]).filter { $0.key != "key" }
      return [
        "source": dotUnescape(edge["source"] as? String ?? ""),
        "target": dotUnescape(edge["target"] as? String ?? ""),
        "key": dotUnescape(edge["key"] as? String ?? ""),
        "data": data.reduce(into: [String: Any]()) {
          $0[dotUnescape($1.key)] = dotUnescape($1.value as? String ?? "")
        },
      ]
    }
    func dotText(_ value: ExpectedValue) -> ExpectedValue {
      if case .number(let d) = value { return .text(ExportFixture.numberTexts[d] ?? "?\(d)") }
      return value
    }
    var (nodesExpected, edgesExpected) = expected(dotReadBack)
    nodesExpected = nodesExpected.mapValues { $0.mapValues(dotText) }
    edgesExpected = edgesExpected.mapValues { ($0.source, $0.target, $0.fields.mapValues(dotText)) }
    expectSummary(unescaped, nodes: nodesExpected, edges: edgesExpected, "DOT")
  }

  @Test func aViewExportsOnlyItsNodesAndEdges() throws {
    let view = try network.view(asOf: Day("2010-01-01")!)
    let summary = try ExportReadBack.read("graphml", text: try view.graphML(), extension: "graphml")
    let ids = Set((summary["nodes"] as? [String: Any] ?? [:]).keys)
    #expect(ids == Set(view.nodes.map { xmlReadBack($0.id) }))
    #expect(ids.contains("mp-md") && !ids.contains("event-2013-11-13"))
    let keys = Set((summary["edges"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String })
    #expect(keys == Set(view.edges.map { xmlReadBack($0.id) }))
    #expect(keys.contains("e2 \"parallel\"") && !keys.contains("edges.csv:7"))
  }
}

/// What DOT text means once escapes are undone: line breaks are `\n`; C0 controls (tab and LF
/// aside), U+007F, U+FFFE and U+FFFF are U+FFFD. Written by hand, not with the exporter's code.
func dotReadBack(_ text: String) -> String {
  let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  var out = String.UnicodeScalarView()
  for s in unified.unicodeScalars {
    let replaced = (s.value < 0x20 && s != "\t" && s != "\n") || [0x7F, 0xFFFE, 0xFFFF].contains(s.value)
    out.append(replaced ? "\u{FFFD}" : s)
  }
  return String(out)
}

/// The raw content cgraph keeps for a quoted string: `\\` stays two characters, line breaks `\n`.
func dotEscapedForm(_ text: String) -> String {
  dotReadBack(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
}

/// Undoes the escapes a DOT reader interprets in labels: `\\` → `\`, `\n` → line feed.
func dotUnescape(_ text: String) -> String {
  var out = ""
  var escaping = false
  for c in text {
    if escaping {
      out.append(c == "n" ? "\n" : c)
      escaping = false
    } else if c == "\\" {
      escaping = true
    } else {
      out.append(c)
    }
  }
  return out
}
