import Foundation
import ProcessTestSupport
import Testing

/// Runs the real `dialogue` executable built next to the test bundle, as a user would.
enum CLIRunner {
  /// What a run printed and how it ended.
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
    /// Standard error without a trailing newline, split into lines.
    var stderrLines: [String] {
      stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
  }

  /// The `dialogue` binary (see `DialogueBinary`).
  static func binary() throws -> URL { try DialogueBinary.url() }

  /// Runs `dialogue` with `arguments` in `directory` (a fresh temporary folder by default, so the
  /// default dataset must be found from anywhere). `environment` entries are added to (or, with
  /// `nil` values, removed from) the inherited environment.
  static func run(
    _ arguments: [String], in directory: URL? = nil,
    environment: [String: String?] = ["DIALOGUE_DATASETS": nil]
  ) throws -> Result {
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let ending = try ChildProcess(binary(), arguments, in: directory ?? TemporaryFolder.make(), environment: env)
      .wait(timeout: 600)
    #expect(ending.reason == .exit, "dialogue \(arguments) was killed by a signal")
    return Result(status: ending.status, stdout: ending.stdout, stderr: ending.stderr)
  }

  /// Runs and parses standard output as JSON, requiring exit status 0.
  static func json(_ arguments: [String], environment: [String: String?] = ["DIALOGUE_DATASETS": nil]) throws
    -> Any
  {
    let result = try run(arguments, environment: environment)
    #expect(result.status == 0, "dialogue \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }
}

/// Fresh temporary folders, removed when the process ends is not needed: the system cleans /tmp.
enum TemporaryFolder {
  static func make() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dialogue-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// The repository's folders, found from this source file.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let gamm = root.appendingPathComponent("Datasets/gamm-2012-2013")
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")
}
