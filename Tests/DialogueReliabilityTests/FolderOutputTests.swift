import Foundation
import Testing

/// `dialogue export --format csv --output X` never deletes what the user owns (issue 14, finding 1):
/// X is written only when it does not exist, is empty, or holds a previous output of the same
/// command (its `.dialogue-output` marker lists every file); anything else is exit 73 with a
/// message, and every file that was there is still there, byte for byte.
@Suite("Folder outputs never destroy", .serialized)
struct FolderOutputTests {
  /// A folder holding things a user owns: a README, a notes folder, a dataset.
  private func userFolder() throws -> URL {
    let scratch = try ScratchFolder.make("folder-output")
    let home = scratch.appendingPathComponent("home", isDirectory: true)
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("notes/deep", isDirectory: true), withIntermediateDirectories: true)
    try Data("my readme\n".utf8).write(to: home.appendingPathComponent("README"))
    try Data("my note\n".utf8).write(to: home.appendingPathComponent("notes/deep/n.txt"))
    return home
  }

  /// Every file below `folder` with its bytes (hidden ones included).
  private func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
    for case let relative as String in walker {
      let url = folder.appendingPathComponent(relative)
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
      result[relative] = isFolder.boolValue ? Data("<folder>".utf8) : (try? Data(contentsOf: url)) ?? Data()
    }
    return result
  }

  @Test(
    "an output that is not a previous export is refused with 73 and nothing is deleted",
    arguments: [".", "..", "README", "notes", "notes/deep", "notes/", "./notes/../notes"])
  func refusesWhatTheUserOwns(output: String) throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    let before = snapshot(home.deletingLastPathComponent())
    let outcome = try DialogueProcess.run(["export", "--format", "csv", "--output", output], in: home)
    #expect(outcome.reason == .exit && outcome.status == 73, "\(outcome.summary)")
    #expect(outcome.stderrLines.count == 1, "one line: \(outcome.stderr)")
    #expect(outcome.stderr.contains("cannot write"), "\(outcome.stderr)")
    #expect(snapshot(home.deletingLastPathComponent()) == before, "--output \(output) changed the user's files")
  }

  @Test("a symbolic link as the output folder is refused and neither the link nor its target change")
  func refusesSymbolicLink() throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    try FileManager.default.createSymbolicLink(
      at: home.appendingPathComponent("link"), withDestinationURL: home.appendingPathComponent("notes"))
    let before = snapshot(home)
    let outcome = try DialogueProcess.run(["export", "--format", "csv", "--output", "link"], in: home)
    #expect(outcome.status == 73, "\(outcome.summary)")
    #expect(outcome.stderr.contains("symbolic link"), "\(outcome.stderr)")
    #expect(snapshot(home) == before)
  }

  @Test("a previous export is replaced; one with a file added by the user is refused")
  func replacesOnlyItsOwnOutput() throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    let export = ["export", "--format", "csv", "--output", "out"]
    let first = try DialogueProcess.run(export, in: home)
    #expect(first.status == 0, "\(first.summary)")
    let files = ScratchFolder.contents(of: home.appendingPathComponent("out"))
    #expect(
      files == [".dialogue-output", "datapackage.json", "edges.csv", "nodes.csv", "sources.csv", "unrecorded.csv", "vocabulary.json"])

    let again = try DialogueProcess.run(export + ["--as-of", "2012-06-30"], in: home)
    #expect(again.status == 0, "a previous export is replaceable: \(again.summary)")
    #expect(ScratchFolder.contents(of: home) == ["README", "notes", "out"], "no temporary left")

    try Data("mine".utf8).write(to: home.appendingPathComponent("out/analysis.txt"))
    let before = snapshot(home)
    let refused = try DialogueProcess.run(export, in: home)
    #expect(refused.status == 73, "\(refused.summary)")
    #expect(refused.stderr.contains("analysis.txt"), "the message names the stranger: \(refused.stderr)")
    #expect(snapshot(home) == before)

    // The output of another command (its marker names that command) is not replaced either.
    let other = home.appendingPathComponent("other")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
    try Data("command: dialogue main\nfile: report.html\n".utf8).write(
      to: other.appendingPathComponent(".dialogue-output"))
    try Data("<html>".utf8).write(to: other.appendingPathComponent("report.html"))
    let wrongCommand = try DialogueProcess.run(["export", "--format", "csv", "--output", "other"], in: home)
    #expect(wrongCommand.status == 73, "\(wrongCommand.summary)")
    #expect(ScratchFolder.contents(of: other) == [".dialogue-output", "report.html"])
  }

  @Test("an empty folder is written into; a new folder honours the umask")
  func emptyFolderAndUmask() throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("empty"), withIntermediateDirectories: false)
    let outcome = try DialogueProcess.run(["export", "--format", "csv", "--output", "empty"], in: home)
    #expect(outcome.status == 0, "\(outcome.summary)")
    #expect(ScratchFolder.contents(of: home.appendingPathComponent("empty")).contains("nodes.csv"))

    let shell = try DialogueProcess.binary().path
    let script = "umask 077 && '\(shell)' export --format csv --output private"
    let run = Process()
    run.executableURL = URL(fileURLWithPath: "/bin/sh")
    run.arguments = ["-c", script]
    run.currentDirectoryURL = home
    try run.run()
    run.waitUntilExit()
    #expect(run.terminationStatus == 0)
    for name in ["", "/nodes.csv", "/.dialogue-output"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: home.path + "/private" + name)
      let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
      #expect(mode & 0o077 == 0, "private\(name) has mode \(String(mode, radix: 8)) under umask 077")
    }
  }

  @Test("a bare edge list is not exported as a dataset folder that dialogue itself would reject")
  func bareEdgeListIsNotADatasetFolder() throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    try Data("source,target\na,b\n".utf8).write(to: home.appendingPathComponent("edges.csv"))
    let run = try DialogueProcess.run(
      ["export", "--format", "csv", "--dataset", "edges.csv", "--output", "out"], in: home)
    #expect(run.status == 1, "\(run.summary)")
    #expect(run.stderr.contains("no citation or confidence") && run.stderr.contains("graphml"), "\(run.summary)")
    #expect(!ScratchFolder.contents(of: home).contains("out"))
  }

  @Test("concurrent exports to one folder all succeed and leave one complete output, no temporaries")
  func concurrentExports() throws {
    let home = try userFolder()
    defer { try? FileManager.default.removeItem(at: home.deletingLastPathComponent()) }
    let dates = ["2010-12-31", "2011-12-31", "2012-12-31", "2013-12-31", "2009-12-31", "2008-12-31"]
    let runs = try dates.map {
      try DialogueProcess.Running(["export", "--format", "csv", "--as-of", $0, "--output", "out"], in: home)
    }
    for outcome in runs.map({ $0.wait() }) { #expect(outcome.status == 0, "\(outcome.summary)") }
    #expect(ScratchFolder.contents(of: home) == ["README", "notes", "out"])
    #expect(
      ScratchFolder.contents(of: home.appendingPathComponent("out"))
        == [".dialogue-output", "datapackage.json", "edges.csv", "nodes.csv", "sources.csv", "unrecorded.csv", "vocabulary.json"])
  }
}
