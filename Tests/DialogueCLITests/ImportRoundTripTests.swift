import Foundation
import Testing

/// `--dataset` reads GraphML, GEXF and node-link JSON: what the toolkit writes comes back
/// identical, what networkx, Gephi and yEd write loads, and hostile files are refused with a line.
/// Everything runs through the real `dialogue` binary.
@Suite(.serialized) struct ImportRoundTripTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/import")
  static let circular = Repository.root.appendingPathComponent("Datasets/circular-migration-2007")

  /// The outputs compared before and after a round trip: every one must be byte-identical.
  static let probes: [[String]] = [
    ["summary", "--format", "json"],
    ["gaps", "--format", "json"],
    ["gaps", "--format", "json", "--as-of", "2013-12-31"],
    ["centrality", "--measure", "betweenness", "--format", "json"],
    ["centrality", "--measure", "closeness", "--weighted", "--format", "json"],
    ["centrality", "--measure", "pagerank", "--weighted", "--format", "json"],
    ["centrality", "--measure", "eigenvector", "--format", "json"],
    ["structure", "--format", "json"],
    ["list", "edges", "--as-of", "2013-06-30", "--format", "csv"],
  ]

  func output(_ arguments: [String], dataset: String) throws -> String {
    let result = try CLIRunner.run(arguments + ["--dataset", dataset])
    #expect(result.status == 0, "\(arguments) on \(dataset): \(result.stderr)")
    return result.stdout
  }

  @Test(arguments: ["graphml", "gexf", "json"])
  func toolkitExportsReadBackIdentically(format: String) throws {
    let folder = try TemporaryFolder.make()
    for dataset in [Repository.gamm, Self.circular] {
      let file = folder.appendingPathComponent("\(dataset.lastPathComponent).\(format)").path
      let converted = try CLIRunner.run(["convert", dataset.path, file])
      #expect(converted.status == 0, "convert: \(converted.stderr)")
      for probe in Self.probes {
        // Origins (file:line) differ by nature: compare everything else.
        let original = try output(probe, dataset: dataset.path)
        let roundTrip = try output(probe, dataset: file)
        #expect(!original.isEmpty)
        if probe.first == "list" {
          #expect(
            Self.droppingLastColumn(original) == Self.droppingLastColumn(roundTrip),
            "\(probe) differs after \(format)")
        } else {
          #expect(original == roundTrip, "\(probe) on \(dataset.lastPathComponent) differs after \(format)")
        }
      }
    }
  }

  /// GraphML → GEXF → JSON → dataset folder → GraphML: the last file equals the first.
  @Test func convertingThroughEveryFormatChangesNothing() throws {
    let folder = try TemporaryFolder.make()
    let first = folder.appendingPathComponent("a.graphml").path
    var previous = Self.circular.path
    // The folder is named like the dataset, since a folder's name is its dataset's name.
    for step in ["a.graphml", "b.gexf", "c.json", "circular-migration-2007", "e.graphml"] {
      let next = folder.appendingPathComponent(step).path
      let result = try CLIRunner.run(["convert", previous, next])
      #expect(result.status == 0, "convert \(previous) \(next): \(result.stderr)")
      previous = next
    }
    let a = try String(contentsOfFile: first, encoding: .utf8)
    let e = try String(contentsOfFile: previous, encoding: .utf8)
    #expect(a == e)
  }

  /// Files networkx writes (write_graphml, write_gexf, node_link_data) of networkx's karate club and
  /// of the GAMM network networkx read from our GraphML: they load, and give networkx's values.
  @Test func networkxFilesLoad() throws {
    let folder = try TemporaryFolder.make()
    let ours = folder.appendingPathComponent("gamm.graphml").path
    #expect(try CLIRunner.run(["convert", Repository.gamm.path, ours]).status == 0)
    let script = """
      import json, sys, networkx as nx
      folder = sys.argv[1]
      k = nx.karate_club_graph()
      nx.write_graphml(k, folder + "/karate.graphml")
      nx.write_gexf(k, folder + "/karate.gexf")
      json.dump(nx.node_link_data(k), open(folder + "/karate.json", "w"))
      m = nx.read_graphml(folder + "/gamm.graphml", force_multigraph=True)
      nx.write_graphml(m, folder + "/nx-gamm.graphml")
      nx.write_gexf(m, folder + "/nx-gamm.gexf")
      json.dump(nx.node_link_data(m), open(folder + "/nx-gamm.json", "w"))
      b = nx.betweenness_centrality(k)
      json.dump({str(v): x for v, x in b.items()}, open(folder + "/karate-betweenness.json", "w"))
      """
    try Python.run(script, arguments: [folder.path])
    let expected = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("karate-betweenness.json"))) as? [String: Double])
    for format in ["graphml", "gexf", "json"] {
      let file = folder.appendingPathComponent("karate.\(format)").path
      let rows = try #require(
        try CLIRunner.json(["centrality", "--measure", "betweenness", "--format", "json", "--dataset", file])
          as? [[String: Any]])
      #expect(rows.count == 34, "karate.\(format)")
      for row in rows {
        let id = row["id"] as! String
        #expect(abs((row["value"] as! Double) - (expected[id] ?? .nan)) <= 1e-9, "karate.\(format) node \(id)")
      }
      let gamm = folder.appendingPathComponent("nx-gamm.\(format)").path
      for probe in Self.probes where probe.first != "list" {
        #expect(
          try output(probe, dataset: gamm) == output(probe, dataset: Repository.gamm.path),
          "\(probe) on networkx's \(format)")
      }
    }
  }

  /// A GEXF as Gephi 0.10 saves it (numeric-style attribute ids, viz elements, meta) and a GraphML as
  /// yEd saves it (labels inside yEd's graphics).
  @Test func gephiAndYEdFilesLoad() throws {
    let gephi = Self.fixtures.appendingPathComponent("gephi-0.10.gexf").path
    let nodes = try #require(
      try CLIRunner.json(["list", "nodes", "--format", "json", "--dataset", gephi]) as? [[String: Any]])
    #expect(nodes.map { $0["id"] as! String } == ["DE", "MD", "mp-moldova", "lonely"])
    #expect(nodes.map { $0["kind"] as! String }.contains("international-organisation"))
    #expect(nodes[3]["label"] as? String == "An isolated actor & friends")
    #expect(nodes[2]["start"] as? String == "2008-06-05")
    let edges = try #require(
      try CLIRunner.json(["list", "edges", "--format", "json", "--dataset", gephi]) as? [[String: Any]])
    #expect(edges.map { $0["weight"] as! Double } == [1, 2.5])
    #expect(edges.map { $0["kind"] as! String } == ["participates-in", "participates-in"])
    let json = try String(
      decoding: CLIRunner.run(["convert", gephi, "-", "--to", "json"]).stdout.utf8, as: UTF8.self)
    #expect(json.contains("\"Modularity Class\": \"1\""), "Gephi's own attributes are kept")
    #expect(json.contains("\"label\": \"partner\""), "an edge label is kept as an attribute")

    let yEd = Self.fixtures.appendingPathComponent("yed.graphml").path
    let yNodes = try #require(
      try CLIRunner.json(["list", "nodes", "--format", "json", "--dataset", yEd]) as? [[String: Any]])
    #expect(yNodes.map { $0["label"] as! String } == ["France", "Rabat Process", "Drawn but untyped"])
    #expect(yNodes.map { $0["kind"] as! String } == ["member-state", "regional-process", "node"])
  }

  /// An edge list keeps kinds and isolated nodes with a nodes table beside it or named by --nodes.
  @Test func nodesTableGivesKindsAndIsolatedNodes() throws {
    let folder = try TemporaryFolder.make()
    try "source,target\nDE,mp-x\nFR,mp-x\n".write(
      to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
    let nodes =
      "id,kind,label\nDE,member-state,Germany\nFR,member-state,France\nMT,member-state,\nmp-x,mobility-partnership,MP X\n"
    try nodes.write(to: folder.appendingPathComponent("actors.csv"), atomically: true, encoding: .utf8)
    let links = folder.appendingPathComponent("links.csv").path
    let without = try #require(
      try CLIRunner.json(["summary", "--format", "json", "--dataset", links]) as? [String: Any])
    #expect(without["nodes"] as? Int == 3)
    let with = try #require(
      try CLIRunner.json([
        "summary", "--format", "json", "--dataset", links, "--nodes", folder.appendingPathComponent("actors.csv").path,
      ]) as? [String: Any])
    #expect(with["nodes"] as? Int == 4, "the isolated MT exists")
    // The same table named nodes.csv beside the edge list is found without --nodes.
    try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    let listed = try #require(
      try CLIRunner.json(["list", "nodes", "--format", "json", "--dataset", links]) as? [[String: Any]])
    #expect(listed.map { $0["kind"] as! String }.filter { $0 == "member-state" }.count == 3)
    #expect(listed.first { $0["id"] as? String == "MT" }?["label"] as? String == "MT", "no label: the id")
    let projection = try CLIRunner.run([
      "projection", "--onto", "member-state", "--via", "mobility-partnership", "--dataset", links,
    ])
    #expect(projection.status == 0, "projection works once nodes have kinds: \(projection.stderr)")
    // An edge naming a node the table lacks is an error with file and line.
    try "source,target\nDE,XX\n".write(
      to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
    let bad = try CLIRunner.run(["validate", "--dataset", links])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("links.csv:2:2: unknown node \"XX\""), "\(bad.stderr)")
  }

  /// Hostile and broken files: refused with one line naming the file and line, exit 1, no crash.
  @Test func hostileAndBrokenFilesAreRefusedWithTheirLine() throws {
    let folder = try TemporaryFolder.make()
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml [
       <!ENTITY a "aaaaaaaaaa">
       <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
       <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
      ]>
      <graphml><graph><node id="&c;"/></graph></graphml>
      """
    let xxe = """
      <?xml version="1.0"?>
      <!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <gexf><graph><nodes><node id="n" label="&secret;"/></nodes></graph></gexf>
      """
    let cases: [(name: String, text: String, message: String)] = [
      ("laughs.graphml", laughs, "laughs.graphml:3: XML entity declarations are refused"),
      ("xxe.gexf", xxe, "xxe.gexf:2: XML entity declarations are refused"),
      (
        "mismatch.graphml", "<graphml>\n<graph>\n<node id=\"a\"></edge>\n</graph></graphml>",
        "mismatch.graphml:3:"
      ),
      (
        "unknown-entity.graphml", "<graphml><graph>\n<node id=\"a&nbsp;\"/></graph></graphml>",
        "unknown-entity.graphml:2:"
      ),
      (
        "kind.graphml",
        "<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><graph>\n<node id=\"a\"><data key=\"k\">spaceship</data></node>\n</graph></graphml>",
        "kind.graphml:2: unknown node kind \"spaceship\""
      ),
      (
        "dangling.gexf",
        "<gexf><graph><nodes><node id=\"a\"/></nodes><edges>\n\n<edge source=\"a\" target=\"zz\"/></edges></graph></gexf>",
        "dangling.gexf:3: unknown node \"zz\""
      ),
      (
        "date.json", "{\"nodes\": [\n {\"id\": \"a\", \"start\": \"31/12/2013\"}]}",
        "date.json:2: bad date \"31/12/2013\""
      ),
      ("syntax.json", "{\"nodes\": [\n {\"id\": \"a\",}]}", "syntax.json:2:13: not valid JSON"),
      ("deep.json", String(repeating: "[", count: 100_000), "deep.json:1:129: not valid JSON: nested deeper than 128"),
      ("noid.json", "{\"nodes\": [{}], \"edges\": []}", "noid.json:1: a node without \"id\""),
      ("root.graphml", "<svg></svg>", "root.graphml:1: the root element is <svg>"),
    ]
    for (name, text, message) in cases {
      let file = folder.appendingPathComponent(name)
      try text.write(to: file, atomically: true, encoding: .utf8)
      let result = try CLIRunner.run(["validate", "--dataset", file.path])
      #expect(result.status == 1, "\(name): \(result.stdout)")
      #expect(result.stderrLines.count == 1, "\(name): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
    }
  }

  /// `list edges --format csv` without its last column (the origin, file:line, which differs by nature).
  static func droppingLastColumn(_ csv: String) -> [String] {
    csv.split(whereSeparator: \.isNewline).map { line in
      line.lastIndex(of: ",").map { String(line[..<$0]) } ?? String(line)
    }
  }
}

/// Runs a Python script; fails clearly when python3 or networkx is missing.
enum Python {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static func run(_ script: String, arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let err = Pipe()
    process.standardError = err
    do { try process.run() } catch {
      throw Failure(description: "python3 could not be started (\(error)); run scripts/setup.sh test")
    }
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      throw Failure(description: "python failed (\(process.terminationStatus)): \(errors) — is networkx installed?")
    }
  }
}
