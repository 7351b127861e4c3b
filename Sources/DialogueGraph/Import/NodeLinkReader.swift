/// Reads node-link JSON as written by this toolkit (``NetworkView/nodeLinkJSON(pretty:)``),
/// networkx (`node_link_data`, before and after 3.4: edges under `"edges"` or `"links"`) and d3.
///
/// - `nodes`: objects with `"id"` (a string or a number; numbers keep their written form) and
///   attributes; `edges` (or `links`): objects with `"source"`, `"target"` (ids; d3's numeric
///   indices into `nodes` are read as ids too, as networkx does), optional `"key"` (the edge id)
///   and attributes. `"graph"`'s `"name"` names the network.
/// - Attribute values: strings as they are, numbers as written, booleans as `true`/`false`;
///   `null` is a missing value. Arrays and objects as values are reported (no field takes them).
enum NodeLinkReader {
  static func read(_ root: LocatedJSON, file: String) -> ImportedGraph {
    var graph = ImportedGraph(file: file)
    guard case .object = root else {
      graph.problem(line: root.line, "the document is not a JSON object", expected: "{\"nodes\": […], \"edges\": […]}")
      return graph
    }
    if case .string(let name, _)? = root["graph"]?["name"] { graph.name = name }

    func scalar(_ value: LocatedJSON, _ context: String) -> String? {
      switch value {
      case .string(let s, _): return s
      case .number(let text, _, _): return text
      case .bool(let b, _): return b ? "true" : "false"
      case .null: return nil
      case .object, .array:
        graph.problem(
          line: value.line, "\(context) is a list or an object", expected: "a string, a number or true/false")
        return nil
      }
    }
    func attributes(_ members: [(key: String, value: LocatedJSON)], skipping: Set<String>) -> [String: String] {
      var result: [String: String] = [:]
      for (key, value) in members where !skipping.contains(key) {
        if let text = scalar(value, "attribute \"\(key)\"") { result[key] = text }
      }
      return result
    }

    guard case .array(let nodes, _)? = root["nodes"] else {
      graph.problem(line: root.line, "no \"nodes\" list", expected: "\"nodes\": [{\"id\": …}, …]")
      return graph
    }
    for node in nodes {
      guard case .object(let members, let line) = node else {
        graph.problem(line: node.line, "a node that is not an object", expected: "{\"id\": …}")
        continue
      }
      guard let idValue = node["id"], let id = scalar(idValue, "\"id\"") else {
        graph.problem(line: line, "a node without \"id\"", expected: "{\"id\": …}")
        continue
      }
      graph.nodes.append(.init(id: id, attributes: attributes(members, skipping: ["id"]), line: line))
    }
    let edgeList = root["edges"] ?? root["links"]
    guard case .array(let edges, _)? = edgeList else {
      if edgeList != nil {
        graph.problem(line: edgeList!.line, "\"edges\" is not a list", expected: "\"edges\": [{\"source\": …}, …]")
      }
      return graph  // a graph without edges
    }
    for edge in edges {
      guard case .object(let members, let line) = edge else {
        graph.problem(line: edge.line, "an edge that is not an object", expected: "{\"source\": …, \"target\": …}")
        continue
      }
      guard let source = edge["source"].flatMap({ scalar($0, "\"source\"") }),
        let target = edge["target"].flatMap({ scalar($0, "\"target\"") })
      else {
        graph.problem(
          line: line, "an edge without \"source\" or \"target\"", expected: "{\"source\": …, \"target\": …}")
        continue
      }
      graph.edges.append(
        .init(
          id: edge["key"].flatMap { scalar($0, "\"key\"") } ?? edge["id"].flatMap { scalar($0, "\"id\"") },
          source: source, target: target,
          attributes: attributes(members, skipping: ["source", "target", "key", "id"]), line: line))
    }
    return graph
  }
}
