import Foundation
import Testing

@testable import DialogueGraph

/// The dataset CSV export loads back through the project's loader to the same network, field by
/// field, and its `datapackage.json` validates with frictionless.
@Suite struct ExportDatasetTests {
  @Test func csvFolderReloadsToTheSameNetwork() throws {
    let network = try ExportFixture.networkWithoutNUL()
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("round-trip")
    try network.wholeView.writeDataset(to: folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == [".dialogue-output", "datapackage.json", "edges.csv", "nodes.csv", "vocabulary.json"])

    let reloaded = try DialogueNetwork.load(from: folder)
    expectSameContent(reloaded, network)
    #expect(reloaded.vocabulary == network.vocabulary)
  }

  @Test func csvOfAViewReloadsToTheView() throws {
    let network = try ExportFixture.networkWithoutNUL()
    let view = try network.view(asOf: Day("2010-01-01")!)
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try view.writeDataset(to: root.appendingPathComponent("view"))
    let reloaded = try DialogueNetwork.load(from: root.appendingPathComponent("view"))
    #expect(reloaded.nodes.map(\.id) == view.nodes.map(\.id))
    #expect(reloaded.edges.map(\.id) == view.edges.map(\.id))
  }

  @Test func csvIsRFC4180QuotedAndNotFormulaNeutralised() throws {
    let files = try ExportFixture.networkWithoutNUL().wholeView.datasetFiles()
    let nodes = String(decoding: try #require(files.first { $0.name == "nodes.csv" }).contents, as: UTF8.self)
    #expect(
      nodes.hasPrefix(
        "id,kind,label,subtype,start,end,status,city,amount_eur,citation,confidence,note,\"Zähler \"\"x\"\" <&>\",aaa,wikidata\r\n"
      ))
    #expect(
      nodes.contains(
        "DE,member-state,Germany,,1958-01-01,,,,,EU accession treaties,high,,=SUM(A1:A9),\"first, second\",Q183\r\n"
      ))
    #expect(nodes.contains("\"  æøå ÆØÅ — Ærø  \""), "surrounding blanks are quoted")
    #expect(
      nodes.contains("\"Kosovo \"\"<b>&amp;</b>\"\" 'q' \\ back\\slash\nline two\r\nthree\rfour\tend\""))
    #expect(nodes.contains(",1500000,"), "amounts without a spurious fraction")
    let edges = String(decoding: try #require(files.first { $0.name == "edges.csv" }).contents, as: UTF8.self)
    #expect(edges.contains(",1e+20,3,"))
  }

  @Test func datapackageValidatesWithFrictionless() throws {
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("package")
    try ExportFixture.networkWithoutNUL().wholeView.writeDataset(to: folder)
    let report = try ExportReadBack.read("datapackage", folder)
    #expect(report["valid"] as? Bool == true, "frictionless: \(report["errors"] ?? "")")
  }

  @Test func nulCannotGoIntoDatasetCSV() throws {
    let network = try ExportFixture.network()
    #expect(throws: ExportError.self) { try network.wholeView.datasetFiles() }
    do {
      _ = try network.wholeView.datasetFiles()
    } catch {
      guard case .unrepresentableCharacter(_, let element, let format) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(element.contains("odd"))
      #expect(format == "dataset CSV")
      #expect(error.description.contains("NUL"))
    }
  }
}

/// Expects two networks to hold the same nodes and edges, field by field (origins aside).
func expectSameContent(
  _ actual: DialogueNetwork, _ expected: DialogueNetwork,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(actual.nodes.count == expected.nodes.count, "node count", sourceLocation: sourceLocation)
  for (a, b) in zip(actual.nodes, expected.nodes) {
    let where_ = "node \(b.id.debugDescription)"
    #expect(a.id == b.id, "\(where_): id", sourceLocation: sourceLocation)
    #expect(a.kind == b.kind, "\(where_): kind", sourceLocation: sourceLocation)
    #expect(a.label == b.label, "\(where_): label", sourceLocation: sourceLocation)
    #expect(a.subtype == b.subtype, "\(where_): subtype", sourceLocation: sourceLocation)
    #expect(a.start == b.start, "\(where_): start", sourceLocation: sourceLocation)
    #expect(a.end == b.end, "\(where_): end", sourceLocation: sourceLocation)
    #expect(a.status == b.status, "\(where_): status", sourceLocation: sourceLocation)
    #expect(a.city == b.city, "\(where_): city", sourceLocation: sourceLocation)
    #expect(a.amountEUR == b.amountEUR, "\(where_): amount_eur", sourceLocation: sourceLocation)
    #expect(a.citation == b.citation, "\(where_): citation", sourceLocation: sourceLocation)
    #expect(a.confidence == b.confidence, "\(where_): confidence", sourceLocation: sourceLocation)
    #expect(a.note == b.note, "\(where_): note", sourceLocation: sourceLocation)
    #expect(a.attributes == b.attributes, "\(where_): attributes", sourceLocation: sourceLocation)
  }
  #expect(actual.edges.count == expected.edges.count, "edge count", sourceLocation: sourceLocation)
  for (a, b) in zip(actual.edges, expected.edges) {
    let where_ = "edge \(b.id.debugDescription)"
    #expect(a.id == b.id, "\(where_): id", sourceLocation: sourceLocation)
    #expect(a.source == b.source, "\(where_): source", sourceLocation: sourceLocation)
    #expect(a.target == b.target, "\(where_): target", sourceLocation: sourceLocation)
    #expect(a.kind == b.kind, "\(where_): kind", sourceLocation: sourceLocation)
    #expect(a.role == b.role, "\(where_): role", sourceLocation: sourceLocation)
    #expect(a.start == b.start, "\(where_): start", sourceLocation: sourceLocation)
    #expect(a.end == b.end, "\(where_): end", sourceLocation: sourceLocation)
    #expect(a.status == b.status, "\(where_): status", sourceLocation: sourceLocation)
    #expect(a.amountEUR == b.amountEUR, "\(where_): amount_eur", sourceLocation: sourceLocation)
    #expect(a.weight == b.weight, "\(where_): weight", sourceLocation: sourceLocation)
    #expect(a.citation == b.citation, "\(where_): citation", sourceLocation: sourceLocation)
    #expect(a.confidence == b.confidence, "\(where_): confidence", sourceLocation: sourceLocation)
    #expect(a.note == b.note, "\(where_): note", sourceLocation: sourceLocation)
    #expect(a.attributes == b.attributes, "\(where_): attributes", sourceLocation: sourceLocation)
  }
  #expect(actual.sourceIndices == expected.sourceIndices, sourceLocation: sourceLocation)
  #expect(actual.targetIndices == expected.targetIndices, sourceLocation: sourceLocation)
}
