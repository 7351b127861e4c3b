import Foundation
import Testing

@testable import DialogueGraph

/// Datasets the metric tests read, located from this file's path.
enum MetricsFixtures {
  /// `Tests/DialogueGraphTests`.
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// The repository root.
  static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

  /// The small hand-built dataset `Fixtures/metrics/small` (known answers in the tests).
  static func small() throws -> DialogueNetwork {
    try DialogueNetwork.load(from: testsFolder.appendingPathComponent("Fixtures/metrics/small"))
  }

  /// `Datasets/gamm-2012-2013`, built from COM(2014) 96.
  static func gamm() throws -> DialogueNetwork {
    try DialogueNetwork.load(from: root.appendingPathComponent("Datasets/gamm-2012-2013"))
  }

  /// 31 December 2013, the end of the period COM(2014) 96 reports on.
  static let endOf2013 = Day(year: 2013, month: 12, day: 31)!
}

extension Day {
  /// A day from its components in tests (a programmer error if they name no day).
  static func test(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
}
