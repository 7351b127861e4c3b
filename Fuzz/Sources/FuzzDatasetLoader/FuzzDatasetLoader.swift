import DialogueGraph
import Foundation

/// libFuzzer harness for the dataset loader (`DialogueNetwork.load(from:)`).
///
/// The loader has no in-memory entry point, so each input is written into a scratch folder that
/// lives for the whole run (in `/dev/shm` when it exists, so no disk I/O is involved):
///
/// - first byte even: a **dataset folder**. The rest is split at record-separator bytes (`0x1E`)
///   into `nodes.csv`, `edges.csv` and, if there are third and fourth parts, `vocabulary.json` and
///   `sources.csv`; a missing part leaves that file absent.
/// - first byte odd: a **bare edge list** `edgelist.csv` holding the rest.
///
/// Beyond "no crash, no sanitizer report", every outcome is checked against the loader's
/// contract, and a violation traps (so libFuzzer saves the input):
/// - an error's problems name a file, give 1-based lines and columns, and each describes itself on
///   exactly one line (dataset text cannot inject line breaks into messages);
/// - a loaded network has unique node ids, unique edge ids, and every edge's endpoints are node
///   ids that its index arrays point to; with a sources table, every citation names only its ids.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let folder = ScratchFolder.shared.reset()
  let target: URL
  if bytes[0] % 2 == 0 {
    let parts = bytes.dropFirst().split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    for (name, part) in zip(["nodes.csv", "edges.csv", "vocabulary.json", "sources.csv"], parts) {
      ScratchFolder.write(Array(part), to: folder.appendingPathComponent(name))
    }
    target = folder
  } else {
    target = folder.appendingPathComponent("edgelist.csv")
    ScratchFolder.write(Array(bytes.dropFirst()), to: target)
  }
  do {
    let network = try DialogueNetwork.load(from: target)
    LoaderContract.check(network)
  } catch {
    LoaderContract.check(error)
  }
  return 0
}

/// The properties every load outcome must have; a violation stops the fuzzer with the input.
enum LoaderContract {
  static func check(_ network: DialogueNetwork) {
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

  static func check(_ error: DatasetError) {
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

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
      FileHandle.standardError.write(Data("contract violated: \(message())\n".utf8))
      abort()
    }
  }
}

/// One scratch folder per fuzzing process, emptied before each input.
final class ScratchFolder: @unchecked Sendable {
  // @unchecked: libFuzzer calls the harness from one thread.
  static let shared = ScratchFolder()
  let url: URL

  private init() {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    url = URL(fileURLWithPath: base).appendingPathComponent("dialogue-fuzz-loader-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: ScratchFolder.shared.url) }
  }

  /// The folder, emptied.
  func reset() -> URL {
    for name in ["nodes.csv", "edges.csv", "vocabulary.json", "sources.csv", "edgelist.csv"] {
      unlink(url.appendingPathComponent(name).path)
    }
    return url
  }

  static func write(_ bytes: [UInt8], to url: URL) {
    FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
  }
}
