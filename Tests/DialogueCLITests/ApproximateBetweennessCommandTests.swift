import Foundation
import Testing

/// `dialogue centrality --measure betweenness --epsilon E --delta D --seed S`, through the binary:
/// the estimate is within ε of the exact values (themselves checked against networkx in
/// `CentralityNetworkxTests`) on the shipped dataset, says what it is, and refuses what it cannot do.
@Suite(.serialized) struct ApproximateBetweennessCommandTests {
  static func values(_ arguments: [String]) throws -> [String: Double] {
    let rows = try #require(try CLIRunner.json(arguments) as? [[String: Any]])
    return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["value"] as! Double) })
  }

  @Test func everyEstimateIsWithinEpsilonOfTheExactValue() throws {
    let exact = try Self.values(["centrality", "--measure", "betweenness", "--format", "json"])
    let estimate = try Self.values([
      "centrality", "--measure", "betweenness", "--epsilon", "0.02", "--delta", "0.05", "--seed", "5", "--format",
      "json",
    ])
    #expect(Set(exact.keys) == Set(estimate.keys))
    let worst = exact.map { abs((estimate[$0.key] ?? .nan) - $0.value) }.max() ?? .nan
    #expect(worst <= 0.02, "largest error \(worst)")
    #expect((exact.values.max() ?? 0) > 0.1, "the dataset has brokers an all-zero estimate would miss")
  }

  @Test func theEstimateSaysWhatItIsAndRepeatsWithItsSeed() throws {
    let arguments = ["centrality", "--measure", "betweenness", "--epsilon", "0.05", "--seed", "9", "--top", "5"]
    let first = try CLIRunner.run(arguments)
    let second = try CLIRunner.run(arguments)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stderr.contains("sampled shortest paths (seed 9)"), "\(first.stderr)")
    #expect(first.stderr.contains("within 0.05 of the exact one"), "\(first.stderr)")
  }

  @Test func optionsThatDoNotApplyAreRefusedWithAReason() throws {
    let cases: [([String], String)] = [
      (["--measure", "pagerank", "--epsilon", "0.1"], "--epsilon applies to --measure betweenness only"),
      (["--measure", "betweenness", "--epsilon", "0.1", "--weighted"], "leave out --weighted"),
      (["--measure", "betweenness", "--epsilon", "1.5"], "--epsilon must be a number between 0 and 1"),
      (["--measure", "betweenness", "--epsilon", "0.1", "--delta", "0"], "--delta must be a number between 0 and 1"),
      (["--measure", "betweenness", "--delta", "0.1"], "--delta needs --epsilon"),
    ]
    for (arguments, message) in cases {
      let result = try CLIRunner.run(["centrality"] + arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }
}
