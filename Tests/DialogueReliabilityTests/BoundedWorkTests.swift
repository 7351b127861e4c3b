import Foundation
import Testing

/// Issue 14, findings 4 and 5: no input makes the tool hang, exhaust memory or crash — special
/// files and oversized files are refused before reading, the descriptor check is linear, parallel
/// links reach Graphviz once, and a layout larger than its engine's budget is refused with advice.
/// (Timeouts here only stop a hung run; no test asserts a speed.)
@Suite("Bounded work", .serialized)
struct BoundedWorkTests {
  @Test("a FIFO as the dataset or as nodes.csv is refused at once; --allow-stream reads it")
  func fifos() throws {
    let scratch = try ShellRun.sharedScratch("fifo-dataset")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      mkfifo edges.csv
      timeout 60 "$DIALOGUE" summary --dataset edges.csv; echo "edge list $?"
      mkdir folder && printf 'id,kind,label,citation,confidence\\n' > folder/edges.csv && mkfifo folder/nodes.csv
      timeout 60 "$DIALOGUE" summary --dataset folder; echo "folder $?"
      mkdir described && printf 'id,kind,label,citation,confidence\na,member-state,A,x,high\n' > described/nodes.csv
      printf 'source,target,kind,citation,confidence\n' > described/edges.csv && mkfifo described/datapackage.json
      timeout 60 "$DIALOGUE" summary --dataset described; echo "descriptor $?"
      (printf 'source,target\\na,b\\n' > edges.csv) &
      timeout 60 "$DIALOGUE" summary --dataset edges.csv --allow-stream --format csv | grep -c '^overview,nodes,2'; echo "allowed $?"
      """
    let run = try ShellRun.run(script, in: scratch)
    #expect(run.stdout == "edge list 1\nfolder 1\ndescriptor 1\n1\nallowed 0\n", "\(run.summary)")
    #expect(run.stderr.contains("FIFO") && run.stderr.contains("--allow-stream"), "\(run.summary)")
  }

  @Test("GraphML through a FIFO streams with --allow-stream, with or without an extension")
  func graphFileFifos() throws {
    let scratch = try ShellRun.sharedScratch("fifo-graphml")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let graphml =
      #"<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"b\"/><node id=\"b\"/></graph></graphml>\n"#
    let script = """
      mkfifo network.gexf
      timeout 60 "$DIALOGUE" summary --dataset network.gexf; echo "refused $?"
      mkfifo network.graphml network
      (printf '\(graphml)' > network.graphml) &
      timeout 60 "$DIALOGUE" summary --dataset network.graphml --allow-stream --format csv | grep -c '^overview,edges,1'; echo "by extension $?"
      (printf '\(graphml)' > network) &
      timeout 60 "$DIALOGUE" summary --dataset network --allow-stream --format csv | grep -c '^overview,edges,1'; echo "by content $?"
      """
    let run = try ShellRun.run(script, in: scratch)
    #expect(run.stdout == "refused 1\n1\nby extension 0\n1\nby content 0\n", "\(run.summary)")
    #expect(run.stderr.contains("FIFO") && run.stderr.contains("--allow-stream"), "\(run.summary)")
  }

  @Test("/dev/zero and a 100 GB sparse file are refused before reading")
  func endlessAndHugeFiles() throws {
    let scratch = try ShellRun.sharedScratch("huge-dataset")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      timeout 60 "$DIALOGUE" summary --dataset /dev/zero; echo "zero $?"
      truncate -s 100G sparse.csv
      timeout 60 "$DIALOGUE" summary --dataset sparse.csv; echo "sparse $?"
      """
    let run = try ShellRun.run(script, in: scratch)
    #expect(run.stdout == "zero 1\nsparse 1\n", "\(run.summary)")
    #expect(run.stderr.contains("device") && run.stderr.contains("more than the 1 GiB"), "\(run.summary)")
  }

  @Test("a 300 MB node-link JSON and a 2 GB GraphML are refused by their size before reading")
  func hugeGraphFiles() throws {
    let scratch = try ShellRun.sharedScratch("huge-graph-files")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      truncate -s 300M sparse.json
      timeout 60 "$DIALOGUE" summary --dataset sparse.json; echo "json $?"
      truncate -s 2G sparse.graphml
      timeout 60 "$DIALOGUE" summary --dataset sparse.graphml; echo "graphml $?"
      """
    let run = try ShellRun.run(script, in: scratch)
    #expect(run.stdout == "json 1\ngraphml 1\n", "\(run.summary)")
    #expect(run.stderr.contains("more than the 256 MiB a node-link JSON file may hold"), "\(run.summary)")
    #expect(run.stderr.contains("write the graph as GraphML"), "\(run.summary)")
    #expect(run.stderr.contains("more than the 1 GiB"), "\(run.summary)")
  }

  @Test("a 400 KB datapackage.json with 20,000 fields is checked (linear, not minutes)")
  func largeDescriptor() throws {
    let scratch = try ScratchFolder.make("large-descriptor")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appendingPathComponent("dataset")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("id,kind,label,citation,confidence\na,member-state,A,x,high\n".utf8).write(
      to: folder.appendingPathComponent("nodes.csv"))
    try Data("source,target,kind,citation,confidence\n".utf8).write(to: folder.appendingPathComponent("edges.csv"))
    let fields = (0..<20_000).map { "{\"name\": \"extra_field_\($0)\", \"type\": \"string\"}" }
    let standard = ["id", "kind", "label", "citation", "confidence"].map { "{\"name\": \"\($0)\"}, " }.joined()
    let descriptor =
      "{\"name\": \"big\", \"resources\": [{\"path\": \"nodes.csv\", \"schema\": {\"fields\": [" + standard + "\n"
      + fields.joined(separator: ",\n") + "\n]}}]}\n"
    try Data(descriptor.utf8).write(to: folder.appendingPathComponent("datapackage.json"))
    let run = try DialogueProcess.run(["validate", "--dataset", folder.path], in: scratch, timeout: 120)
    #expect(run.reason == .exit && run.status == 1, "\(run.summary)")
    #expect(run.stderr.contains("datapackage.json:2:2:"), "the first extra field is located: \(run.summary)")
    #expect(run.stderr.contains("and 19999 more problems"), "\(run.summary)")
  }

  @Test("1,000,000 identical a,b rows: render and report draw one link labelled ×1000000")
  func millionParallelLinks() throws {
    let scratch = try ScratchFolder.make("million-links")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var text = "source,target\n"
    text.reserveCapacity(4_000_020)
    for _ in 0..<1_000_000 { text += "a,b\n" }
    try Data(text.utf8).write(to: scratch.appendingPathComponent("million.csv"))
    let render = try DialogueProcess.run(
      ["render", "--dataset", "million.csv", "--output", "million.svg"], in: scratch, timeout: 600)
    #expect(render.crashSigns.isEmpty && render.status == 0, "\(render.summary)")
    let svg = (try? String(contentsOf: scratch.appendingPathComponent("million.svg"), encoding: .utf8)) ?? ""
    #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 1, "one drawn link")
    #expect(svg.contains("×1000000"))
    let report = try DialogueProcess.run(
      ["report", "--dataset", "million.csv", "--output", "million.html"], in: scratch, timeout: 600)
    #expect(report.crashSigns.isEmpty && report.status == 0, "\(report.summary)")
  }

  @Test("a layout over its engine's budget is refused with the engines and views that can draw it")
  func layoutBudget() throws {
    let scratch = try ScratchFolder.make("layout-budget")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let circo = try DialogueProcess.run(
      ["render", "--engine", "circo", "--output", "x.svg"], in: scratch, timeout: 120)
    #expect(circo.status == 1, "\(circo.summary)")
    #expect(circo.stderr.contains("circo") && circo.stderr.contains("sfdp"), "\(circo.summary)")
    #expect(circo.stderr.contains("--view ego"), "\(circo.summary)")
    #expect(ScratchFolder.contents(of: scratch).isEmpty, "nothing written")

    // 2,000 nodes and 20,000 links: no engine's budget holds it; the message says to draw less.
    var text = "source,target\n"
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += "n\((state >> 33) % 2000),n\((state >> 13) % 2000)\n"
    }
    try Data(text.utf8).write(to: scratch.appendingPathComponent("dense.csv"))
    let dot = try DialogueProcess.run(
      ["render", "--dataset", "dense.csv", "--engine", "dot", "--output", "x.svg"], in: scratch, timeout: 120)
    #expect(dot.status == 1, "\(dot.summary)")
    #expect(
      dot.stderr.contains("draw less") && !dot.stderr.contains(" engine (dialogue render --engine)"), "\(dot.summary)")
  }

  @Test("a layout past its time limit is stopped in its child process; the tool reports it and writes nothing")
  func layoutTimeLimit() throws {
    let scratch = try ScratchFolder.make("layout-time")
    defer { try? FileManager.default.removeItem(at: scratch) }
    // 60 nodes, 180 links (and the legend): inside circo's size budget, far longer than 0.05 s to lay out.
    var text = "source,target\n"
    var state: UInt64 = 7
    for _ in 0..<180 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += "n\((state >> 33) % 60),n\((state >> 13) % 60)\n"
    }
    try Data(text.utf8).write(to: scratch.appendingPathComponent("c75.csv"))
    let run = try DialogueProcess.run(
      ["render", "--dataset", "c75.csv", "--engine", "circo", "--layout-time-limit", "0.05", "--output", "x.svg"],
      in: scratch, timeout: 120)
    #expect(run.status == 1 && run.crashSigns.isEmpty, "\(run.summary)")
    #expect(run.stderr.contains("took longer than 0.05 s") && run.stderr.contains("sfdp"), "\(run.summary)")
    #expect(ScratchFolder.contents(of: scratch) == ["c75.csv"], "nothing written")
    let within = try DialogueProcess.run(
      ["render", "--dataset", "c75.csv", "--engine", "sfdp", "--output", "x.svg"], in: scratch, timeout: 300)
    #expect(within.status == 0, "the same diagram with sfdp, inside the default limit: \(within.summary)")
  }
}

/// Issue 14, finding 9: messages name only options the command has.
@Suite("Messages name real options")
struct MessageOptionTests {
  @Test("render, report and main, which have no --verbose, point to dialogue validate --verbose")
  func noVerboseHintWithoutVerbose() throws {
    let scratch = try ScratchFolder.make("verbose-hint")
    defer { try? FileManager.default.removeItem(at: scratch) }
    try Data("source,target,weight\na,b,-1\nb,c,-2\n".utf8).write(to: scratch.appendingPathComponent("bad.csv"))
    for command in [["render", "--output", "x.svg"], ["report", "--output", "x.html"], ["main", "--output", "out"]] {
      let run = try DialogueProcess.run(command + ["--dataset", "bad.csv"], in: scratch)
      #expect(run.status == 1, "\(run.summary)")
      #expect(
        !run.stderr.contains("use --verbose") && run.stderr.contains("dialogue validate --verbose"), "\(run.summary)")
    }
    let validate = try DialogueProcess.run(["validate", "--dataset", "bad.csv"], in: scratch)
    #expect(validate.stderr.contains("use --verbose"), "\(validate.summary)")
  }
}
