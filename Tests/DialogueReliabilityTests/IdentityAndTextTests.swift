import Foundation
import Testing

/// Issue 14, findings 7 and 8 through the real binary: look-alike ids are named (a warning, an
/// error under `--strict`), ids equal under Unicode normalisation are one id, bad weights are usage
/// errors, and no control or bidirectional character from the data reaches standard error raw.
@Suite("Identity, text and numbers")
struct IdentityAndTextTests {
  /// A copy of the shipped GAMM dataset with extra node rows (and edge rows) appended.
  private func gammCopy(extraNodes: String, extraEdges: String = "", in scratch: URL) throws -> URL {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let shipped = repository.appendingPathComponent("Datasets/gamm-2012-2013")
    let folder = scratch.appendingPathComponent("spoofed")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, extra) in [("nodes.csv", extraNodes), ("edges.csv", extraEdges)] {
      var text = try String(contentsOf: shipped.appendingPathComponent(name), encoding: .utf8)
      if !text.hasSuffix("\n") { text += "\n" }
      try Data((text + extra).utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test("D+ZWJ+E beside DE and Cyrillic АT beside AT are named; --strict refuses them")
  func lookAlikes() throws {
    let scratch = try ScratchFolder.make("look-alikes")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = try gammCopy(
      extraNodes:
        "D\u{200D}E,member-state,Germany,,1958-01-01,,,,,x,high,\n\u{0410}T,member-state,Austria,,1995-01-01,,,,,x,high,\n",
      in: scratch)
    let warned = try DialogueProcess.run(["gaps", "--dataset", folder.path, "--format", "csv"], in: scratch)
    #expect(warned.status == 0, "\(warned.summary)")
    #expect(warned.stderrLines.count == 2, "\(warned.summary)")
    #expect(warned.stderr.contains("U+200D") && warned.stderr.contains("looks like the id \"DE\""), "\(warned.summary)")
    #expect(warned.stderr.contains("Cyrillic and Latin") && warned.stderr.contains("\"AT\""), "\(warned.summary)")
    let strict = try DialogueProcess.run(["gaps", "--dataset", folder.path, "--strict"], in: scratch)
    #expect(strict.status == 1 && strict.stdout.isEmpty, "\(strict.summary)")
    #expect(strict.stderr.hasPrefix("dialogue: error: nodes.csv: node id"), "\(strict.summary)")
    let clean = try DialogueProcess.run(["gaps", "--strict", "--format", "csv"], in: scratch)
    #expect(clean.status == 0 && clean.stderr.isEmpty, "the shipped dataset has no look-alikes: \(clean.summary)")
  }

  @Test("an id written decomposed (e + U+0301) and precomposed (é) is one id")
  func nfcIds() throws {
    let scratch = try ScratchFolder.make("nfc-ids")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = try gammCopy(
      extraNodes: "Cafe\u{0301},third-country,Café,,,,,,,x,high,\n",
      extraEdges: "nfc-1,Caf\u{00E9},prague-process,participates-in,,,,,,,x,high,\n", in: scratch)
    let run = try DialogueProcess.run(
      ["neighbors", "Caf\u{00E9}", "--dataset", folder.path, "--format", "csv"], in: scratch)
    #expect(run.status == 0, "\(run.summary)")
    #expect(run.stdout.contains("prague-process"), "\(run.summary)")
  }

  @Test("--weights of 1e308 or all 0 are usage errors (64), not scores of 0")
  func weights() throws {
    let scratch = try ScratchFolder.make("weights")
    defer { try? FileManager.default.removeItem(at: scratch) }
    for weights in [
      "participation=1e308,leadership=1e308", "participation=0,leadership=0,hosting=0,funding=0,commitments=0",
      "funding=inf",
    ] {
      let run = try DialogueProcess.run(["gaps", "--weights", weights], in: scratch)
      #expect(run.status == 64, "\(weights): \(run.summary)")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("two amounts of 1.7e308 are refused at load, naming the cell")
  func hugeAmounts() throws {
    let scratch = try ScratchFolder.make("amounts")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = try gammCopy(
      extraNodes: "",
      extraEdges: "big-1,DE,mp-moldova,funds,,,,,1.7e308,,x,high,\nbig-2,DE,mp-georgia,funds,,,,,1.7e308,,x,high,\n",
      in: scratch)
    let run = try DialogueProcess.run(["gaps", "--dataset", folder.path, "--funding-measure", "euros"], in: scratch)
    #expect(run.status == 1, "\(run.summary)")
    #expect(run.stderr.contains("amount_eur") || run.stderr.contains("amount beyond"), "\(run.summary)")
  }

  @Test("a right-to-left override and an escape sequence in an id reach stderr escaped")
  func hostileIdInError() throws {
    let scratch = try ScratchFolder.make("hostile-id")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try DialogueProcess.run(["neighbors", "X\u{202E}Y\u{1B}[2J"], in: scratch)
    #expect(run.status == 1, "\(run.summary)")
    #expect(!run.stderr.contains("\u{202E}") && !run.stderr.contains("\u{1B}"), "\(run.summary)")
    #expect(run.stderrLines.count == 1)
  }

  @Test(
    "on a terminal, a right-to-left override in a value is shown as <U+202E>; through a pipe the bytes are kept",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func terminalOutputIsSanitised() throws {
    let scratch = try ShellRun.sharedScratch("terminal-text")
    defer { try? FileManager.default.removeItem(at: scratch) }
    try Data("source,target\n\"X\u{202E}Y\u{1B}[2J\",b\n".utf8).write(to: scratch.appendingPathComponent("bidi.csv"))
    let terminal = try ShellRun.run(
      "script -qec '\"$DIALOGUE\" list nodes --dataset bidi.csv --format csv' /dev/null", in: scratch)
    #expect(terminal.stdout.contains("X<U+202E>Y<U+001B>[2J"), "\(terminal.summary)")
    #expect(!terminal.stdout.contains("\u{202E}") && !terminal.stdout.contains("\u{1B}"), "\(terminal.summary)")
    let piped = try ShellRun.run("\"$DIALOGUE\" list nodes --dataset bidi.csv --format csv 2>/dev/null", in: scratch)
    #expect(piped.stdout.contains("X\u{202E}Y\u{1B}[2J"), "data sent to a program is unchanged: \(piped.summary)")
  }
}
