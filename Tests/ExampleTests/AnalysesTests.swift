import Foundation
import Testing

/// Every analysis of `Analyses/` runs and answers on the shipped dataset. (Tests/analyses also runs
/// each through `swift run`, as a user does; here they run as built beside this test bundle.)
@Suite struct AnalysesTests {
  static let root = DisengagedMemberStatesExampleTests.root

  static var names: [String] {
    let folder = root.appendingPathComponent("Analyses")
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return entries.filter {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/main.swift").path)
    }.sorted()
  }

  static func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
    let executable = DisengagedMemberStatesExampleTests.executable.deletingLastPathComponent()
      .appendingPathComponent(name)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  @Test func theTemplateAndTwoWorkedAnalysesAreThere() {
    #expect(Set(["template", "new-frameworks", "agency-reach"]).isSubset(of: Set(Self.names)))
  }

  @Test(arguments: names)
  func everyAnalysisRuns(name: String) throws {
    let (status, output) = try Self.run(name)
    #expect(status == 0)
    #expect(!output.isEmpty)
  }

  @Test func newFrameworksSeesAzerbaijansPartnershipOfDecember2013() throws {
    let (status, output) = try Self.run("new-frameworks", ["Datasets/gamm-2012-2013", "2013-06-30", "2013-12-31"])
    #expect(status == 0)
    #expect(
      output.contains("Azerbaijan (AZ)\n  + Mobility partnership EU–Azerbaijan [mobility-partnership], 2013-12-05"))
    #expect(!output.contains("Mobility partnership EU–Moldova"))
  }
}
