import Foundation

@testable import DialogueGraph

/// Paths to the core fixtures and a helper that writes throwaway datasets.
enum CoreFixtures {
  /// `Fixtures/core/<name>` in the test bundle.
  static func url(_ name: String) -> URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/core/\(name)")
  }

  /// The tiny dataset, loaded.
  static func tiny() throws -> DialogueNetwork { try DialogueNetwork.load(from: url("tiny")) }

  /// A fresh temporary folder holding the given files (name → bytes).
  static func folder(_ files: [String: [UInt8]]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("core-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  static let nodeHeader = "id,kind,label,start,end,citation,confidence\n"
  static let edgeHeader = "source,target,kind,start,end,weight,citation,confidence\n"

  /// Loads a dataset made of these texts and returns its problems (empty if it loaded).
  static func problems(nodes: String, edges: String = edgeHeader, extra: [String: String] = [:]) throws
    -> [DatasetProblem]
  {
    var files = ["nodes.csv": Array(nodes.utf8), "edges.csv": Array(edges.utf8)]
    for (name, text) in extra { files[name] = Array(text.utf8) }
    return try problems(files)
  }

  /// Loads a dataset made of these files and returns its problems (empty if it loaded).
  static func problems(_ files: [String: [UInt8]]) throws -> [DatasetProblem] {
    let folder = try folder(files)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try DialogueNetwork.load(from: folder)
      return []
    } catch {
      return error.problems
    }
  }
}
