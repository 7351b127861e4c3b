import Foundation
import Testing

@testable import DialogueGraph

/// Every kind of dataset problem, with its exact file, line and column.
///
/// Columns: nodes `id,kind,label,start,end,citation,confidence` (1–7); edges
/// `source,target,kind,start,end,weight,citation,confidence` (1–8).
@Suite struct DatasetErrorTests {
  static let nodes =
    CoreFixtures.nodeHeader + """
      DE,member-state,Germany,1958,,c,seed
      MD,third-country,Moldova,,,c,seed
      mp-moldova,mobility-partnership,MP Moldova,2008-06,,c,seed

      """

  func problems(nodes: String = Self.nodes, edges: String) throws -> [String] {
    try CoreFixtures.problems(nodes: nodes, edges: CoreFixtures.edgeHeader + edges).map(\.description)
  }

  func nodeProblems(_ rows: String) throws -> [String] {
    try CoreFixtures.problems(nodes: Self.nodes + rows).map(\.description)
  }

  @Test func validBaseLoads() throws {
    #expect(try problems(edges: "DE,mp-moldova,participates-in,2008-06,,,c,seed\n") == [])
  }

  @Test func unknownNodeReference() throws {
    #expect(
      try problems(edges: "DE,mp-moldova,participates-in,,,,c,seed\nDE,XX,participates-in,,,,c,seed\n") == [
        "edges.csv:3:2: unknown node \"XX\" in column \"target\" — expected an id from nodes.csv"
      ])
  }

  @Test func duplicateNodeAndEdgeIds() throws {
    #expect(
      try nodeProblems("DE,member-state,Deutschland,,,c,seed\n") == [
        "nodes.csv:5:1: duplicate id \"DE\" — expected a unique id (first used on line 2)"
      ])
    let edges = "id,source,target,kind,citation,confidence\ne1,DE,MD,supports,c,seed\ne1,MD,DE,supports,c,seed\n"
    #expect(
      try CoreFixtures.problems(nodes: Self.nodes, edges: edges).map(\.description) == [
        "edges.csv:3:1: duplicate id \"e1\" — expected a unique id (first used on line 2)"
      ])
  }

  /// A given id equal to another row's automatic id (`edges.csv:LINE`, given to rows without one)
  /// would make `edgeIndex(of:)` ambiguous: it is a duplicate like any other.
  @Test func aGivenIdEqualToAnAutomaticIdIsADuplicate() throws {
    let edges = "id,source,target,kind,citation,confidence\n,DE,MD,supports,c,seed\nedges.csv:2,MD,DE,supports,c,seed\n"
    let found = try CoreFixtures.problems(nodes: Self.nodes, edges: edges).map(\.description)
    #expect(found.count == 1)
    #expect(found.first?.contains(#"duplicate id "edges.csv:2""#) == true, "\(found)")
  }

  @Test func unknownKindsStatusesSubtypesRolesAndConfidences() throws {
    let nodes =
      "id,kind,label,subtype,status,citation,confidence\n"
      + "a,plane,A,,,c,seed\n" + "b,agreement,B,visa,,c,seed\n" + "c,agreement,C,readmission,done,c,sure\n"
    let edges =
      "source,target,kind,role,citation,confidence\n" + "a,b,flies,,c,seed\n" + "a,c,participates-in,boss,c,seed\n"
    #expect(
      try CoreFixtures.problems(nodes: nodes, edges: edges).map(\.description) == [
        "nodes.csv:2:2: unknown node kind \"plane\" — expected a node kind from the vocabulary",
        "nodes.csv:3:4: unknown subtype \"visa\" — expected a subtype of \"agreement\" from the vocabulary",
        "nodes.csv:4:5: unknown status \"done\" — expected a status from the vocabulary",
        "nodes.csv:4:7: unknown confidence \"sure\" — expected one of seed, high, medium, low",
        "edges.csv:2:3: unknown edge kind \"flies\" — expected an edge kind from the vocabulary",
        "edges.csv:3:4: unknown role \"boss\" — expected a role from the vocabulary",
      ])
  }

  @Test func badAndImpossibleDatesAndEndBeforeStart() throws {
    #expect(
      try nodeProblems("x,event,X,2013-6,,c,seed\ny,event,Y,2013-02-30,,c,seed\nz,event,Z,2013-06,2013-05,c,seed\n")
        == [
          "nodes.csv:5:4: bad date \"2013-6\" in column \"start\" — expected a date YYYY, YYYY-MM or YYYY-MM-DD",
          "nodes.csv:6:4: impossible date \"2013-02-30\" in column \"start\" — expected a date YYYY, YYYY-MM or YYYY-MM-DD",
          "nodes.csv:7:5: end 2013-05 is before start 2013-06 — expected an end on or after the start (2013-06)",
        ])
    // A one-day period is not "before": start and end on the same day hold for that day.
    #expect(try nodeProblems("x,event,X,2013-06-07,2013-06-07,c,seed\nw,event,W,2013-06-07,2013-06,c,seed\n") == [])
  }

  @Test func negativeAndNonNumericAmountsAndWeights() throws {
    #expect(
      try problems(
        edges:
          "DE,MD,supports,,,-1,c,seed\nDE,MD,supports,,,heavy,c,seed\nDE,MD,supports,,,inf,c,seed\nDE,MD,supports,,,1e3,c,seed\n"
      ) == [
        "edges.csv:2:6: negative number \"-1\" in column \"weight\" — expected a decimal number ≥ 0",
        "edges.csv:3:6: not a number: \"heavy\" in column \"weight\" — expected a decimal number ≥ 0",
        "edges.csv:4:6: not a number: \"inf\" in column \"weight\" — expected a decimal number ≥ 0",
      ])
    let nodes = "id,kind,label,amount_eur,citation,confidence\np,project,P,\"1,000\",c,seed\nq,project,Q,-0.5,c,seed\n"
    #expect(
      try CoreFixtures.problems(nodes: nodes).map(\.description) == [
        "nodes.csv:2:4: not a number: \"1,000\" in column \"amount_eur\" — expected a decimal number ≥ 0",
        "nodes.csv:3:4: negative number \"-0.5\" in column \"amount_eur\" — expected a decimal number ≥ 0",
      ])
  }

  @Test func missingRequiredColumnsAndFields() throws {
    #expect(
      try CoreFixtures.problems(nodes: "id,kind,label,confidence\nDE,member-state,Germany,seed\n").map(\.description)
        == [
          "nodes.csv:1: missing required column \"citation\" (the header, split at ',', has 4 columns: \"id\", \"kind\", \"label\", \"confidence\") — expected the columns id, kind, label, citation, confidence"
        ])
    #expect(
      try nodeProblems("x,,,,,,seed\n") == [
        "nodes.csv:5:2: missing kind — expected a value (the column is required)",
        "nodes.csv:5:3: missing label — expected a value (the column is required)",
        "nodes.csv:5:6: missing citation — expected a value (the column is required)",
      ])
    #expect(
      try problems(edges: ",MD,supports,,,,c,\n") == [
        "edges.csv:2:1: missing source — expected a value (the column is required)",
        "edges.csv:2:8: missing confidence — expected a value (the column is required)",
      ])
  }

  @Test func wrongColumnCountAndDuplicateColumns() throws {
    // The ragged row's id is remembered, so the edge to it is not reported a second time.
    #expect(
      try problems(nodes: Self.nodes + "x,event,X\n", edges: "DE,x,supports,,,,c,seed\n") == [
        "nodes.csv:5: wrong column count: 3 fields — expected 7 fields, as in the header"
      ])
    #expect(
      try CoreFixtures.problems(nodes: "id,kind,label,kind,citation,confidence\n").map(\.description) == [
        "nodes.csv:1:4: duplicate column \"kind\" — expected each column name once (first in column 2)"
      ])
  }

  @Test func encodingProblemsPointAtTheByte() throws {
    var bytes = Array((CoreFixtures.nodeHeader + "DE,member-state,Ελλάδα ").utf8)
    bytes += [0xE2, 0x82]  // a truncated three-byte sequence
    bytes += Array(",1958,,c,seed\n".utf8)
    let invalid = try CoreFixtures.problems(["nodes.csv": bytes, "edges.csv": Array(CoreFixtures.edgeHeader.utf8)])
    #expect(
      invalid.map(\.description) == [
        "nodes.csv:2:24: invalid UTF-8 byte — expected text encoded as UTF-8"
      ])
    let nul = try CoreFixtures.problems([
      "nodes.csv": Array(Self.nodes.utf8) + [0x61, 0x00, 0x62], "edges.csv": Array(CoreFixtures.edgeHeader.utf8),
    ])
    #expect(
      nul.map(\.description) == [
        "nodes.csv:5:2: NUL byte — expected a text file (UTF-8), not a binary or UTF-16 file"
      ])
  }

  @Test func quotingProblems() throws {
    #expect(
      try nodeProblems("x,event,\"X\"y,,,c,seed\n") == [
        "nodes.csv:5:12: text after the closing quote of a field — expected a comma or a line break after the closing \" (write \"\" for a quote)"
      ])
    #expect(
      try nodeProblems("x,event,X,,,c,seed\ny,event,\"Y,,,c,seed\nz\n") == [
        "nodes.csv:6:9: quoted field is never closed — expected a closing \" (a quote inside a quoted field is written \"\")"
      ])
  }

  @Test func emptyFiles() throws {
    #expect(
      try CoreFixtures.problems(nodes: "").map(\.description) == [
        "nodes.csv: file is empty — expected a header row naming the columns"
      ])
    #expect(
      try CoreFixtures.problems(nodes: "\u{FEFF}\r\n\n").map(\.description) == [
        "nodes.csv: file is empty — expected a header row naming the columns"
      ])
  }

  @Test func partOfCycles() throws {
    let nodes = CoreFixtures.nodeHeader + "a,region,A,,,c,seed\nb,region,B,,,c,seed\nc,region,C,,,c,seed\n"
    let edges = "a,b,part-of,,,,c,seed\nb,c,part-of,,,,c,seed\nc,a,part-of,,,,c,seed\n"
    #expect(
      try problems(nodes: nodes, edges: edges) == [
        "edges.csv:4:2: part-of cycle: a → b → c → a — expected part-of links without a cycle"
      ])
    #expect(
      try problems(nodes: nodes, edges: "a,b,part-of,,,,c,seed\na,c,part-of,,,,c,seed\nb,c,part-of,,,,c,seed\n") == [])
  }
  @Test func aLongPartOfCycleIsNamedOnOneShortLine() {
    let ids = (0..<30).map { "n\($0)" }
    #expect(
      NetworkValidator.shortened(ids + ["n0"])
        == "n0 → n1 → n2 → n3 → … 24 more … → n28 → n29 → n0")
    #expect(NetworkValidator.shortened(["a", "b", "a"]) == "a → b → a")
  }

  @Test func allProblemsAreCollectedAndTheFirstHundredKept() throws {
    let rows = (0..<150).map { "DE,X\($0),supports,,,,c,seed\n" }.joined()
    let folder = try CoreFixtures.folder([
      "nodes.csv": Array(Self.nodes.utf8), "edges.csv": Array((CoreFixtures.edgeHeader + rows).utf8),
    ])
    do {
      _ = try DialogueNetwork.load(from: folder)
      Issue.record("expected problems")
    } catch {
      guard case .invalid(let problems, let total) = error else { return #expect(Bool(false)) }
      #expect(total == 150 && problems.count == 100)
      #expect(problems.first?.line == 2 && problems.last?.line == 101)
      #expect(error.description.hasSuffix("… and 50 more problems"))
    }
  }

  @Test func datasetTextIsEscapedToOneLine() throws {
    #expect(
      try nodeProblems("x,\"mo\nbility\",X,,,c,seed\n") == [
        "nodes.csv:5:2: unknown node kind \"mo\\nbility\" — expected a node kind from the vocabulary"
      ])
  }

  @Test func programmaticNetworksAreValidatedToo() throws {
    let nodes = [
      Node(id: "DE", kind: "member-state", label: "Germany", citation: "c", confidence: "seed"),
      Node(id: "DE", kind: "member-state", label: "Germany", citation: "c", confidence: "seed"),
    ]
    let edges = [
      Edge(id: "e", source: "DE", target: "FR", kind: "supports", weight: -1, citation: "c", confidence: "seed")
    ]
    #expect(throws: DatasetError.self) { try DialogueNetwork(nodes: nodes, edges: edges) }
    do {
      _ = try DialogueNetwork(nodes: nodes, edges: edges)
    } catch {
      #expect(
        Set(error.problems.map(\.message)) == [
          "duplicate id \"DE\"", "negative or non-finite weight", "unknown node \"FR\" in column \"target\"",
        ])
    }
    let network = try DialogueNetwork(nodes: [nodes[0]], edges: [], name: "built")
    #expect(network.name == "built" && network.node("de")?.id == "DE")
  }
}
