import DialogueGraph
import Foundation

/// The properties every load outcome must have; a violation stops the fuzzer with the input.
public enum LoaderContract {
  public static func check(_ network: DialogueNetwork) {
    if !network.sources.isEmpty {
      let known = Set(network.sources.map(\.id))
      for citation in network.nodes.map(\.citation) + network.edges.map(\.citation) {
        require(
          Citation.sourceIds(in: citation).allSatisfy(known.contains), "citation \(citation) names an unknown source")
      }
    }
    var ids = Set<String>()
    for node in network.nodes {
      require(ids.insert(node.id).inserted, "duplicate node id \(node.id) was accepted")
    }
    var edgeIds = Set<String>()
    for (e, edge) in network.edges.enumerated() {
      require(edgeIds.insert(edge.id).inserted, "duplicate edge id \(edge.id) was accepted")
      require(
        ids.contains(edge.source) && ids.contains(edge.target), "edge \(edge.id) has a dangling endpoint")
      require(
        network.nodes[network.sourceIndices[e]].id == edge.source, "source index of \(edge.id) is wrong")
      require(
        network.nodes[network.targetIndices[e]].id == edge.target, "target index of \(edge.id) is wrong")
      if let start = edge.start, let end = edge.end {
        require(start.firstDay < end.dayAfterLastDay, "edge \(edge.id) ends before it starts")
      }
    }
  }

  public static func check(_ error: DatasetError) {
    let description = error.description
    switch error {
    case .missingFile, .unreadable:
      require(!description.contains("\n"), "a file error spans several lines: \(description)")
    case .invalid(let problems, let total):
      require(!problems.isEmpty && total >= problems.count, "invalid with no problems")
      require(problems.count <= DatasetError.problemLimit, "more problems kept than the limit")
      for problem in problems {
        require(!problem.file.isEmpty, "a problem names no file")
        if let line = problem.line { require(line >= 1, "line \(line) < 1: \(problem)") }
        if let column = problem.column { require(column >= 1, "column \(column) < 1: \(problem)") }
        let text = problem.description
        require(
          !text.contains(where: \.isNewline), "a problem's description spans lines: \(text.debugDescription)")
      }
    }
  }

  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
      FileHandle.standardError.write(Data("contract violated: \(message())\n".utf8))
      abort()
    }
  }
}

/// One scratch folder per fuzzing process, emptied before each input.
public final class ScratchFolder: @unchecked Sendable {
  // @unchecked: libFuzzer calls the harness from one thread.
  public static let shared = ScratchFolder()
  public let url: URL

  private init() {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    url = URL(fileURLWithPath: base).appendingPathComponent("dialogue-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: ScratchFolder.shared.url) }
  }

  /// The folder, emptied.
  public func reset() -> URL {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
      unlink(url.appendingPathComponent(name).path)
    }
    return url
  }

  public static func write(_ bytes: [UInt8], to url: URL) {
    _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
  }
}
