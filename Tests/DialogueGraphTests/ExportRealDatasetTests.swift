import Foundation
import Testing

@testable import DialogueGraph

/// Every dataset under `Datasets/` exports to every format; networkx reads back the same numbers of
/// nodes and edges, and the CSV folder reloads to the same network.
@Suite struct ExportRealDatasetTests {
  static let datasets: [URL] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Datasets")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().map { root.appendingPathComponent($0) }
      .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("nodes.csv").path) }
  }()

  @Test func thereAreDatasets() {
    #expect(!Self.datasets.isEmpty, "no dataset folder with nodes.csv under Datasets/")
  }

  @Test(arguments: datasets)
  func exportsReadBackWithTheSameCounts(folder: URL) throws {
    let network = try DialogueNetwork.load(from: folder)
    let view = network.wholeView
    let readers: [(String, String, String)] = [
      ("graphml", try view.graphML(), "graphml"), ("gexf", try view.gexf(), "gexf"),
      ("json", try view.nodeLinkJSON(), "json"), ("dot", try view.dot(), "dot"),
    ]
    for (mode, text, ext) in readers {
      let summary = try ExportReadBack.read(mode, text: text, extension: ext)
      #expect(
        (summary["nodes"] as? [String: Any])?.count == network.nodes.count,
        "\(folder.lastPathComponent) \(mode): nodes")
      #expect(
        (summary["edges"] as? [Any])?.count == network.edges.count,
        "\(folder.lastPathComponent) \(mode): edges")
    }
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let copy = root.appendingPathComponent(folder.lastPathComponent)
    try view.writeDataset(to: copy)
    let reloaded = try DialogueNetwork.load(from: copy)
    expectSameContent(reloaded, network)
    // The sources table travels with the rows, so every citation still resolves.
    func withoutOrigin(_ s: Source) -> Source {
      var s = s
      s.origin = .code
      return s
    }
    #expect(reloaded.sources.map(withoutOrigin) == network.sources.map(withoutOrigin))
    let report = try ExportReadBack.read("datapackage", copy)
    #expect(report["valid"] as? Bool == true, "frictionless: \(report["errors"] ?? "")")
  }
}
