import Foundation
import Testing

/// Folder outputs are replaced as a whole (issue 14, findings 1 and 6): `dialogue export --format
/// csv` and `dialogue main` interrupted at many points of their run leave the previous complete
/// output or the new complete one — never a mix, never nothing.
///
/// - SIGINT, SIGTERM, SIGHUP: the signal handler removes the temporary folder before the process
///   dies, so nothing but the output is left.
/// - SIGKILL cannot be caught: a temporary it leaves (named `.NAME.dialogue-tmp-…`) is removed by
///   the next run, which the test checks.
@Suite("Interrupted folder writes", .serialized)
struct InterruptedFolderWriteTests {
  @Test(
    "dialogue export --format csv interrupted leaves the old folder or the new one",
    arguments: [
      SIGKILL, SIGTERM, SIGINT, SIGHUP,
    ])
  func killedFolderExport(signal: Int32) throws {
    let scratch = try ScratchFolder.make("kill-export-csv")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let dataset = try SyntheticDataset.write(countries: 12_000, frameworks: 400, perCountry: 6, into: scratch)
    try checkInterruptions(
      previous: [
        "export", "--format", "csv", "--dataset", dataset.path, "--kinds", "member-state,mobility-partnership",
        "--output", "out",
      ],
      arguments: ["export", "--format", "csv", "--dataset", dataset.path, "--output", "out"],
      output: "out", scratch: scratch, signal: signal)
  }

  @Test("dialogue main interrupted leaves the old set of files or the new one", arguments: [SIGKILL, SIGTERM])
  func killedMain(signal: Int32) throws {
    let scratch = try ScratchFolder.make("kill-main")
    defer { try? FileManager.default.removeItem(at: scratch) }
    try checkInterruptions(
      previous: ["main", "--quiet", "--as-of", "2012-12-31", "--output", "out"],
      arguments: ["main", "--quiet", "--output", "out"], output: "out", scratch: scratch, signal: signal,
      // main takes ~12 s in a debug build (report, explorer, small multiples): fewer moments, weighted
      // towards the end, where its files are swapped in.
      fractions: [0.2, 0.5, 0.8, 0.9, 0.96, 0.99, 1.0])
  }

  /// Every file of a folder with its bytes.
  private func files(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    for name in ScratchFolder.contents(of: folder) {
      result[name] = try? Data(contentsOf: folder.appendingPathComponent(name))
    }
    return result
  }

  /// Writes the previous output, times a complete run, then interrupts runs at spread-out moments.
  private func checkInterruptions(
    previous: [String], arguments: [String], output: String, scratch: URL, signal: Int32,
    fractions: [Double] = [0.1, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 0.99, 1.0]
  ) throws {
    let work = scratch.appendingPathComponent("work", isDirectory: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let target = work.appendingPathComponent(output)

    let duration = try DialogueProcess.shorterOfTwoCompleteRuns(arguments, in: work)
    let new = files(target)
    let old = try { () throws -> [String: Data] in
      let run = try DialogueProcess.run(previous, in: work)
      try #require(run.status == 0, "\(run.summary)")
      return files(target)
    }()
    try #require(old != new, "the previous output must differ from the new one")
    #expect(ScratchFolder.contents(of: work) == [output])

    var interrupted = 0
    for fraction in fractions {
      let restore = try DialogueProcess.run(previous, in: work)
      try #require(restore.status == 0, "\(restore.summary)")
      let running = try DialogueProcess.Running(arguments, in: work)
      Thread.sleep(forTimeInterval: duration * fraction)
      Foundation.kill(running.process.processIdentifier, signal)
      let outcome = running.wait()
      let now = files(target)
      let moment = "signal \(signal) at \(Int(fraction * 100)) % of \(String(format: "%.2f", duration)) s"
      if outcome.reason == .uncaughtSignal {
        interrupted += 1
        #expect(
          now == old || now == new, "\(moment): \(output) is neither the old nor the new output (\(now.keys.sorted()))")
      } else {
        #expect(outcome.status == 0, "\(outcome.summary)")
        #expect(now == new, "\(moment): a completed run wrote something else")
      }
      var debris = ScratchFolder.contents(of: work).filter { $0 != output }
      if signal == SIGKILL {
        #expect(debris.allSatisfy { $0.hasPrefix(".\(output).dialogue-tmp-") }, "\(moment): left \(debris)")
        // The next run removes a temporary a SIGKILL left.
        let next = try DialogueProcess.run(previous, in: work)
        #expect(next.status == 0, "\(next.summary)")
        debris = ScratchFolder.contents(of: work).filter { $0 != output }
        #expect(debris.isEmpty, "\(moment): the next run left \(debris)")
      } else {
        #expect(debris.isEmpty, "\(moment): left \(debris)")
      }
      for name in debris { try? FileManager.default.removeItem(at: work.appendingPathComponent(name)) }
    }
    #expect(interrupted >= 3, "only \(interrupted) interruptions landed while the command ran")
  }
}
