import Foundation
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

  /// The `dialogue` binary: `DIALOGUE_BINARY` if set, else the file beside the running test bundle
  /// (the folder of `Bundle.main.executableURL` / `CommandLine.arguments[0]`, walking up out of an
  /// `.xctest` bundle). Whatever `--scratch-path` built the tests also built the tool there.
  static func binary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DIALOGUE_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    for start in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }
    ) {
      var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent("dialogue"))
        folder = folder.deletingLastPathComponent()
      }
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dialogue"))
    }
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
      return found
    }
    throw MissingBinary(searched: candidates.map(\.path))
  }

  struct MissingBinary: Error, CustomStringConvertible {
    let searched: [String]
    var description: String {
      "the dialogue executable was not found beside the test bundle (looked at \(searched.joined(separator: ", "))); "
        + "build it with `swift build --scratch-path <same path> --product dialogue` or set DIALOGUE_BINARY"
    }
  }

  /// Runs `dialogue` with `arguments` in `directory` (a fresh temporary folder by default, so the
  /// default dataset must be found from anywhere). `environment` entries are added to (or, with
  /// `nil` values, removed from) the inherited environment.
  static func run(
    _ arguments: [String], in directory: URL? = nil,
    environment: [String: String?] = ["DIALOGUE_DATASETS": nil]
  ) throws -> Result {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    process.currentDirectoryURL = try directory ?? TemporaryFolder.make()
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes while the process runs, so a large output cannot block it.
    let errorData = LockedData()
    let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { Thread.sleep(forTimeInterval: 0.005) }
    #expect(process.terminationReason == .exit, "dialogue \(arguments) was killed by a signal")
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData.get(), as: UTF8.self))
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

/// Data shared between two threads.
final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  func set(_ value: Data) { lock.withLock { data = value } }
  var isSet: Bool { lock.withLock { data != nil } }
  func get() -> Data { lock.withLock { data ?? Data() } }
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
