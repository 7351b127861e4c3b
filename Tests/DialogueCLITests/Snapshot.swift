import Foundation
import Testing

/// Compares a command's output with a file under `Snapshots/`.
///
/// Set `RECORD_SNAPSHOTS=1` to (re)write the files deliberately; without it a missing file is a
/// failure, never a silent recording.
enum Snapshot {
  static func expect(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let file = Repository.snapshots.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Repository.snapshots, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(file.path); run the tests with RECORD_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected,
      "output differs from \(file.lastPathComponent) (re-record with RECORD_SNAPSHOTS=1 if the change is intended)",
      sourceLocation: sourceLocation)
  }
}
