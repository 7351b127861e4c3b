import Foundation
import Testing

/// The hostile and odd datasets of `Tests/ReliabilityCorpus`: one folder per case holding the
/// dataset files (or a bare edge list), an `expect.json` saying how the toolkit must react, and,
/// for inputs too large to commit, a `generate.json` recipe (see `Tests/ReliabilityCorpus/README.md`).
struct CorpusCase: Sendable, CustomTestStringConvertible {
  /// What `expect.json` says.
  struct Expectation: Decodable, Sendable {
    /// Whether the dataset must load.
    var valid: Bool
    /// For an invalid case: the file the first problem is in (`edges.csv`, `vocabulary.json`…).
    var file: String?
    /// The 1-based line of the first problem, or `nil` for a problem of the whole file.
    var line: Int?
    /// The 1-based column of the first problem, or `nil` for a problem of a whole row or file.
    var column: Int?
    /// Text the error message must contain.
    var message_contains: String?
    /// More text the error message must contain.
    var message_contains_also: String?
    /// The dataset to pass inside the case folder (a bare edge list's file name); the folder itself
    /// when absent.
    var dataset: String?
    /// For a valid case: text that a node label holds and that every output must show.
    var label_contains: String?
    /// `false` skips `dialogue render` for inputs too large to lay out in a test (default `true`).
    var render: Bool?
    /// Text the error message must not contain (e.g. problems that only follow from the first).
    var message_excludes: String?
    /// The longest acceptable error line, in characters.
    var max_line_length: Int?
    /// A known bug: for an invalid case, `message_excludes` and `max_line_length` are checked as a
    /// known issue (recorded, not failing) until it is fixed — and fail once fixed, to have this key
    /// removed; for a valid case, so are the output checks of `known_issue_commands`.
    var known_issue: String?
    /// The commands (`render`, `graphml`, `dot`) whose output checks `known_issue` covers.
    var known_issue_commands: [String]?
    /// Why the expectation is what it is, when that is not obvious.
    var note: String?
  }

  /// The folder name.
  let name: String
  /// The case folder in the repository.
  let folder: URL
  let expectation: Expectation

  var testDescription: String { name }

  /// The corpus folder, found from this source file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ReliabilityCorpus", isDirectory: true)

  /// Every case, by name; a folder whose `expect.json` is missing or malformed is returned with
  /// an expectation that fails loudly (see ``loadProblems``).
  static let all: [CorpusCase] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.sorted().compactMap { name in
      let folder = root.appendingPathComponent(name, isDirectory: true)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
        isDirectory.boolValue,
        let data = try? Data(contentsOf: folder.appendingPathComponent("expect.json")),
        let expectation = try? JSONDecoder().decode(Expectation.self, from: data)
      else { return nil }
      return CorpusCase(name: name, folder: folder, expectation: expectation)
    }
  }()

  /// Folders of the corpus that are not readable cases (no or malformed `expect.json`).
  static var loadProblems: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    let loaded = Set(all.map(\.name))
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
        && isDirectory.boolValue && !loaded.contains(name)
    }
  }

  /// A case copied into a scratch folder.
  struct Materialised {
    /// The scratch folder holding the copy; remove it when done.
    let scratch: URL
    /// The path to pass as `--dataset`.
    let dataset: URL
  }

  /// Copies the case into a fresh folder (leaving out `expect.json` and `generate.json`) and writes
  /// the generated files.
  func materialise() throws -> Materialised {
    let scratch = try ScratchFolder.make("case")
    let copy = scratch.appendingPathComponent(name, isDirectory: true)
    try FileManager.default.copyItem(at: folder, to: copy)
    try? FileManager.default.removeItem(at: copy.appendingPathComponent("expect.json"))
    let recipe = copy.appendingPathComponent("generate.json")
    if FileManager.default.fileExists(atPath: recipe.path) {
      let files = try JSONDecoder().decode([String: [GeneratedPart]].self, from: Data(contentsOf: recipe))
      try FileManager.default.removeItem(at: recipe)
      for (file, parts) in files {
        var bytes: [UInt8] = []
        for part in parts { part.append(to: &bytes) }
        try Data(bytes).write(to: copy.appendingPathComponent(file))
      }
    }
    return Materialised(
      scratch: scratch, dataset: expectation.dataset.map { copy.appendingPathComponent($0) } ?? copy)
  }
}

/// One piece of a generated file (`generate.json`): literal text, hex bytes, or repeated text.
struct GeneratedPart: Decodable, Sendable {
  var text: String?
  var hex: String?
  /// Text written `times` times.
  var repeat_: String?
  /// Text written `times` times with `{}` replaced by 0, 1, 2…
  var repeatNumbered: String?
  /// Text written `times` times with `{0}` replaced by i and `{1}` by i + 1, for i = 0, 1, 2…
  var repeatNumberedPair: String?
  var times: Int?

  enum CodingKeys: String, CodingKey {
    case text, hex, times
    case repeat_ = "repeat"
    case repeatNumbered = "repeat_numbered"
    case repeatNumberedPair = "repeat_numbered_pair"
  }

  func append(to bytes: inout [UInt8]) {
    if let text { bytes += Array(text.utf8) }
    if let hex {
      var digits = hex.makeIterator()
      while let high = digits.next(), let low = digits.next(),
        let byte = UInt8(String([high, low]), radix: 16)
      {
        bytes.append(byte)
      }
    }
    let count = times ?? 0
    if let repeat_ {
      let unit = Array(repeat_.utf8)
      bytes.reserveCapacity(bytes.count + unit.count * count)
      for _ in 0..<count { bytes += unit }
    }
    if let repeatNumbered {
      for i in 0..<count {
        bytes += Array(repeatNumbered.replacingOccurrences(of: "{}", with: String(i)).utf8)
      }
    }
    if let repeatNumberedPair {
      for i in 0..<count {
        let text = repeatNumberedPair.replacingOccurrences(of: "{0}", with: String(i))
          .replacingOccurrences(of: "{1}", with: String(i + 1))
        bytes += Array(text.utf8)
      }
    }
  }
}
