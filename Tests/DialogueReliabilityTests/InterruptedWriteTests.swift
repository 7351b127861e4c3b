import Foundation
import Testing

/// Outputs are never half-written: `dialogue render` and `dialogue export` killed with `SIGKILL` at
/// many points of their run leave an existing output file byte-for-byte intact (or, if the kill
/// came after the rename, the complete new file) and no temporary file (`.NAME.tmp-…`) beside it.
///
/// The kill delays are spread over the uninterrupted run time measured first, so some land during
/// loading, some during layout or serialisation, and the last ones close to the final write.
@Suite("Interrupted writes", .serialized)
struct InterruptedWriteTests {
  /// The previous content of the output file, which a killed run must not damage.
  static let previous = Data(String(repeating: "previous output — must survive\n", count: 2000).utf8)

  @Test("dialogue export killed mid-way leaves the existing file intact")
  func killedExport() throws {
    let scratch = try ScratchFolder.make("kill-export")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let dataset = try SyntheticDataset.write(countries: 12_000, frameworks: 400, perCountry: 6, into: scratch)
    try checkKills(
      arguments: ["export", "--format", "graphml", "--dataset", dataset.path, "--output", "network.graphml"],
      output: "network.graphml", scratch: scratch)
  }

  @Test("dialogue render killed mid-way leaves the existing file intact")
  func killedRender() throws {
    let scratch = try ScratchFolder.make("kill-render")
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Inside sfdp's layout budget (1,000 nodes, 3,000 links; README "Reliability").
    let dataset = try SyntheticDataset.write(countries: 800, frameworks: 120, perCountry: 3, into: scratch)
    try checkKills(
      arguments: ["render", "--dataset", dataset.path, "--output", "network.svg"], output: "network.svg",
      scratch: scratch)
  }

  /// Runs the command once to completion (timing it), then again with kills spread over that time.
  private func checkKills(arguments: [String], output: String, scratch: URL) throws {
    let work = scratch.appendingPathComponent("work", isDirectory: true)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let target = work.appendingPathComponent(output)

    let duration = try DialogueProcess.shorterOfTwoCompleteRuns(arguments, in: work)
    let finished = try Data(contentsOf: target)
    #expect(ScratchFolder.contents(of: work) == [output])

    var killedWhileRunning = 0
    let fractions: [Double] = [0.05, 0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 0.99, 1.0]
    for fraction in fractions {
      try InterruptedWriteTests.previous.write(to: target)
      let running = try DialogueProcess.Running(arguments, in: work)
      Thread.sleep(forTimeInterval: duration * fraction)
      let wasRunning = running.process.isRunning
      running.kill()
      let outcome = running.wait()
      let now = try Data(contentsOf: target)
      if outcome.reason == .uncaughtSignal {
        killedWhileRunning += 1
        #expect(
          now == InterruptedWriteTests.previous || now == finished,
          "killed at \(Int(fraction * 100)) % of \(duration) s: \(output) is neither the old nor the new file (\(now.count) bytes)"
        )
      } else {
        #expect(!wasRunning || outcome.status == 0, "\(outcome.summary)")
        #expect(now == finished, "a completed run wrote different bytes")
      }
      let debris = ScratchFolder.contents(of: work).filter { $0 != output }
      #expect(
        debris.isEmpty,
        "killed at \(Int(fraction * 100)) % of \(String(format: "%.2f", duration)) s: left \(debris)")
      for name in debris { try? FileManager.default.removeItem(at: work.appendingPathComponent(name)) }
    }
    #expect(killedWhileRunning >= 3, "only \(killedWhileRunning) kills landed while the command ran")
  }
}
