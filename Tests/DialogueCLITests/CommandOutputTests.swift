import DialogueGraph
import Foundation
import Testing

/// What each command prints, checked against the library and the dataset files.
@Suite struct CommandOutputTests {
  @Test func validateFindsTheShippedDatasetFromAnyFolder() throws {
    let network = try DialogueNetwork.load(from: Repository.gamm)
    let result = try CLIRunner.run(["validate"])
    #expect(result.status == 0, "\(result.stderr)")
    let kinds = Set(network.nodes.map(\.kind)).count
    #expect(
      result.stdout
        == "gamm-2012-2013: valid — \(network.nodes.count) nodes, \(network.edges.count) edges, \(kinds) kinds of node\n"
    )
    // The one warning: frameworks and instruments with neither a start nor a status hold on every date.
    #expect(result.stderr.isEmpty || result.stderr.hasPrefix("warning: ") && result.stderr.split(separator: "\n").count == 1)
  }

  @Test func datasetsFolderComesFromTheEnvironmentFirst() throws {
    let folder = try FixtureDataset.write(name: "gamm-2012-2013")
    let result = try CLIRunner.run(
      ["validate"], environment: ["DIALOGUE_DATASETS": folder.deletingLastPathComponent().path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "gamm-2012-2013: valid — 9 nodes, 13 edges, 5 kinds of node\n")
  }

  @Test func shippedDatasetsAreFoundByName() throws {
    let result = try CLIRunner.run(["validate", "--dataset", "circular-migration-2007", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["dataset"] as? String == "circular-migration-2007")
    #expect(object["valid"] as? Bool == true)
  }

  @Test func summaryJSONCountsKindsComponentsAndDates() throws {
    let folder = try FixtureDataset.write()
    let summary = try #require(
      try CLIRunner.json(["summary", "--dataset", folder.path, "--format", "json"]) as? [String: Any])
    #expect(summary["nodes"] as? Int == 9)
    #expect(summary["edges"] as? Int == 13)
    let nodeKinds = try #require(summary["nodeKinds"] as? [String: Int])
    #expect(
      nodeKinds == [
        "member-state": 3, "third-country": 2, "mobility-partnership": 2, "regional-process": 1, "region": 1,
      ])
    #expect(summary["edgeKinds"] as? [String: Int] == ["participates-in": 11, "in-region": 2])
    // 13 rows, DE–prague-process twice: 12 distinct pairs among 9 nodes → 12 / 36.
    #expect(summary["linkedPairs"] as? Int == 12)
    #expect(summary["components"] as? Int == 1)
    #expect(abs((summary["density"] as? Double ?? -1) - 12.0 / 36.0) < 1e-12)
    let dates = try #require(summary["dateRange"] as? [String: Any])
    #expect(dates["earliest"] as? String == "1958-01-01")
    #expect(dates["latest"] as? String == "2013-07-01")
  }

  @Test func summaryOfTheShippedDatasetAgreesWithTheLibrary() throws {
    let network = try DialogueNetwork.load(from: Repository.gamm)
    let summary = try #require(try CLIRunner.json(["summary", "--as-of", "all", "--format", "json"]) as? [String: Any])
    #expect(summary["as_of"] as? String == "all")
    #expect(summary["nodes"] as? Int == network.nodes.count)
    #expect(summary["edges"] as? Int == network.edges.count)
    let kinds = try #require(summary["nodeKinds"] as? [String: Int])
    #expect(kinds.values.reduce(0, +) == network.nodes.count)
    #expect(kinds["member-state"] == network.nodes.filter { $0.kind == "member-state" }.count)
  }

  @Test func listNodesFiltersByKind() throws {
    let rows = try #require(
      try CLIRunner.json(["list", "nodes", "--kinds", "member-state", "--format", "json"]) as? [[String: Any]]
    )
    let network = try DialogueNetwork.load(from: Repository.gamm)
    #expect(rows.count == network.nodes.filter { $0.kind == "member-state" }.count)
    #expect(rows.allSatisfy { $0["kind"] as? String == "member-state" })
    // id, label, kind, subtype, start, end, status, prospective, confidence, citation, origin, as_of
    #expect(rows.first.map { Array($0.keys).count } == 12)
    #expect(rows.allSatisfy { $0["as_of"] as? String == "2013-12-31" && $0["prospective"] as? Bool == false })
  }

  @Test func listEdgesOfANodeAcceptsCountryAliases() throws {
    let arguments = ["list", "edges", "--edge-kinds", "participates-in", "--format", "json"]
    let md = try #require(try CLIRunner.json(arguments + ["--node", "MD"]) as? [[String: Any]])
    #expect(!md.isEmpty)
    #expect(
      md.allSatisfy {
        ($0["source"] as? String == "MD" || $0["target"] as? String == "MD")
          && $0["kind"] as? String == "participates-in"
      })
    let lower = try CLIRunner.run(arguments + ["--node", "md"])
    let upper = try CLIRunner.run(arguments + ["--node", "MD"])
    #expect(lower.stdout == upper.stdout)
    let greece = try CLIRunner.run(["neighbors", "GR", "--format", "csv"])
    let alias = try CLIRunner.run(["neighbors", "EL", "--format", "csv"])
    #expect(greece.status == 0 && alias.status == 0)
    #expect(!greece.stdout.isEmpty && greece.stdout == alias.stdout)
  }

  @Test func neighborsShowDirectionDatesAndCitations() throws {
    let folder = try FixtureDataset.write()
    let rows = try #require(
      try CLIRunner.json([
        "neighbors", "prague-process", "--dataset", folder.path, "--as-of", "2013-12-31", "--format", "json",
      ]) as? [[String: Any]])
    // On 2013-12-31 the 2012 chair link has ended; HR (joined 2013-07-01) is in.
    #expect(rows.map { $0["neighbor"] as? String } == ["MD", "GE", "DE", "HR"])
    #expect(
      rows.allSatisfy {
        $0["direction"] as? String == "in" && $0["citation"] as? String == "COM(2014) 96 §3.1"
      })
    #expect(rows.last?["start"] as? String == "2013-07-01")
    #expect(rows.first?["end"] is NSNull)
  }

  @Test func diffListsWhatAppearsAndDisappears() throws {
    let folder = try FixtureDataset.write()
    let rows = try #require(
      try CLIRunner.json([
        "diff", "--from", "2012", "--to", "2013", "--dataset", folder.path, "--format", "json",
      ]) as? [[String: Any]])
    let changes = rows.map { "\($0["change"]!) \($0["item"]!) \($0["id"]!)" }
    #expect(changes == ["added node HR", "added edge hr-prague", "removed edge de-prague-again"])
  }

  @Test func projectionWeighsSharedFrameworks() throws {
    let folder = try FixtureDataset.write()
    let base = [
      "projection", "--dataset", folder.path, "--onto", "member-state", "--via", "mobility-partnership",
      "--format", "json",
    ]
    let count = try #require(try CLIRunner.json(base) as? [[String: Any]])
    #expect(count.count == 1)
    #expect(count.first?["source"] as? String == "DE" && count.first?["target"] as? String == "FR")
    #expect(count.first?["weight"] as? Double == 2)
    #expect(count.first?["shared"] as? [String] == ["mp-georgia", "mp-moldova"])
    // Newman: only member-state links count, so each partnership has 2 members: 1/(2−1) + 1/(2−1).
    let newman = try #require(try CLIRunner.json(base + ["--weighting", "newman"]) as? [[String: Any]])
    #expect(newman.first?["weight"] as? Double == 2)
    let jaccard = try #require(
      try CLIRunner.json(base + ["--weighting", "jaccard", "--via", "regional-process"]) as? [[String: Any]])
    // Via mobility partnerships and the Prague Process: DE has 3, FR 2, HR 1; DE–FR share 2 of 3; DE–HR 1 of 3.
    let weights = Dictionary(
      uniqueKeysWithValues: jaccard.map {
        ("\($0["source"]!)–\($0["target"]!)", $0["weight"] as? Double ?? -1)
      })
    #expect(weights == ["DE–FR": 2.0 / 3.0, "DE–HR": 1.0 / 3.0])
  }

  @Test func structureReportsCutsCoresAndCommunities() throws {
    let folder = try FixtureDataset.write()
    let report = try #require(
      try CLIRunner.json(["structure", "--dataset", folder.path, "--format", "json", "--seed", "3"])
        as? [String: Any])
    #expect(report["bridges"] as? [[String]] == [["HR", "prague-process"]])
    #expect(report["articulationPoints"] as? [String] == ["prague-process"])
    let cores = try #require(report["cores"] as? [String: Any])
    #expect(cores["degeneracy"] as? Int == 2)
    #expect((cores["coreNumber"] as? [String: Int])?["HR"] == 1)
    let communities = try #require(report["communities"] as? [String: Any])
    let groups = try #require(communities["groups"] as? [[String]])
    #expect(
      groups.flatMap { $0 }.sorted() == [
        "DE", "FR", "GE", "HR", "MD", "eastern-partnership", "mp-georgia", "mp-moldova", "prague-process",
      ])
    #expect((communities["modularity"] as? Double ?? -1) > 0)
    // The same seed gives the same communities.
    let again = try #require(
      try CLIRunner.json(["structure", "--dataset", folder.path, "--format", "json", "--seed", "3"])
        as? [String: Any])
    #expect((again["communities"] as? [String: Any])?["groups"] as? [[String]] == groups)
  }

  @Test func exportedDatasetFolderLoadsBack() throws {
    let folder = try FixtureDataset.write()
    let target = try TemporaryFolder.make().appendingPathComponent("exported")
    let export = try CLIRunner.run([
      "export", "--format", "csv", "--output", target.path, "--dataset", folder.path, "--as-of", "2012-12-31",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let check = try CLIRunner.run(["validate", "--dataset", target.path])
    // HR and its link are not there yet on 2012-12-31.
    #expect(check.stdout == "exported: valid — 8 nodes, 12 edges, 5 kinds of node\n")
    let graphml = try CLIRunner.run([
      "export", "--format", "graphml", "--output", "-", "--dataset", folder.path,
    ])
    #expect(graphml.status == 0)
    #expect(graphml.stdout.contains("<graphml") && graphml.stdout.contains("mp-moldova"))
  }

  @Test func bareEdgeListsAreDatasetsToo() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("triangle.csv")
    try Data("source,target\na,b\nb,c\nc,a\nc,d\n".utf8).write(to: file)
    let rows = try #require(
      try CLIRunner.json(["centrality", "--measure", "degree", "--dataset", file.path, "--format", "json"])
        as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == ["c", "a", "b", "d"])
    #expect(rows.first?["value"] as? Double == 1)
    #expect(
      rows.map { Array(($0 as NSDictionary).allKeys as! [String]).sorted() }.allSatisfy {
        $0 == ["as_of", "id", "kind", "label", "value"]
      })
  }

  @Test func centralityRanksHighestFirstThenById() throws {
    let rows = try #require(
      try CLIRunner.json(["centrality", "--measure", "degree", "--format", "json"]) as? [[String: Any]])
    let pairs = rows.map { ($0["value"] as? Double ?? .nan, $0["id"] as? String ?? "") }
    for (a, b) in zip(pairs, pairs.dropFirst()) {
      #expect(a.0 > b.0 || (a.0 == b.0 && a.1 < b.1), "\(a) before \(b)")
    }
    let top = try #require(
      try CLIRunner.json(["centrality", "--measure", "degree", "--format", "json", "--top", "5"])
        as? [[String: Any]])
    #expect(top.count == 5)
    #expect(top.map { $0["id"] as? String } == rows.prefix(5).map { $0["id"] as? String })
  }
}
