import Foundation
import Testing

/// GraphML and GEXF are read as streams: a file far beyond the size the tree-building reader
/// accepted (about 10 MB: libxml2 stopped with "error 1" past it) loads through the real binary,
/// and its summary matches what networkx reads from the same file. The file is generated here,
/// never committed. (Memory and time are measured, not asserted: docs/RELIABILITY.md.)
@Suite(.serialized) struct LargeGraphFileTests {
  static let nodes = 30_000
  static let edges = 150_000

  /// A random multigraph in the format, with a `label` and a `weight` attribute and some isolated
  /// nodes (the last 100 ids are never drawn as endpoints).
  static func write(format: String, to url: URL) throws {
    var generator = SplitMix64(seed: 18)
    var text = ""
    text.reserveCapacity(edges * 80)
    let drawn = nodes - 100
    func endpoint() -> Int { Int(generator.next() % UInt64(drawn)) }
    if format == "graphml" {
      text += """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="label" attr.type="string"/>
        <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
        <graph edgedefault="undirected">

        """
      for i in 0..<nodes { text += "<node id=\"n\(i)\"><data key=\"d0\">Node é \(i)</data></node>\n" }
      for k in 0..<edges {
        text +=
          "<edge source=\"n\(endpoint())\" target=\"n\(endpoint())\"><data key=\"d1\">\(1 + k % 5)</data></edge>\n"
      }
      text += "</graph>\n</graphml>\n"
    } else {
      text += """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
        <graph defaultedgetype="undirected" mode="static">
        <nodes>

        """
      for i in 0..<nodes { text += "<node id=\"n\(i)\" label=\"Node é \(i)\"/>\n" }
      text += "</nodes>\n<edges>\n"
      for k in 0..<edges {
        text += "<edge id=\"e\(k)\" source=\"n\(endpoint())\" target=\"n\(endpoint())\" weight=\"\(1 + k % 5)\"/>\n"
      }
      text += "</edges>\n</graph>\n</gexf>\n"
    }
    try text.write(to: url, atomically: false, encoding: .utf8)
  }

  @Test(arguments: ["graphml", "gexf"])
  func largeFileLoadsAndMatchesNetworkx(format: String) throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("large.\(format)")
    try Self.write(format: format, to: file)
    let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    #expect(size > 10_000_000, "the file must exceed what the tree-building reader accepted (\(size) bytes)")

    let result = try CLIRunner.run(["summary", "--format", "json", "--dataset", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let ours = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]

    let expected = folder.appendingPathComponent("networkx.json")
    try Python.run(
      """
      import json, sys, networkx as nx
      path, out = sys.argv[1], sys.argv[2]
      g = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
      simple = nx.Graph(g)
      parts = list(nx.connected_components(simple))
      json.dump({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                 "components": len(parts), "largestComponent": max(map(len, parts))}, open(out, "w"))
      """, arguments: [file.path, expected.path])
    let theirs = try JSONSerialization.jsonObject(with: Data(contentsOf: expected)) as? [String: Int] ?? [:]
    #expect(theirs["nodes"] == Self.nodes)
    for key in ["nodes", "edges", "components", "largestComponent"] {
      #expect(ours[key] as? Int == theirs[key], "\(key): ours \(ours[key] ?? "none"), networkx \(theirs[key] ?? -1)")
    }
  }
}

/// A small deterministic generator (SplitMix64), so the generated file is the same on every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
