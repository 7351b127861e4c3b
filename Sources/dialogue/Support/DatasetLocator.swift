import Foundation

/// Finds the shipped datasets from any working directory.
///
/// The `Datasets` folder is looked up, first match wins:
/// 1. the environment variable `DIALOGUE_DATASETS` (a folder holding dataset folders);
/// 2. walking up from the real path of the running executable (`/proc/self/exe` on Linux), so a
///    binary built inside the repository finds the repository's datasets;
/// 3. walking up from this source file's path, as it was when the tool was compiled.
enum DatasetLocator {
  /// The name of the dataset used when `--dataset` is not given.
  static let defaultDatasetName = "gamm-2012-2013"

  /// The folder holding the shipped datasets, or `nil` when none of the rules finds it.
  static func datasetsFolder() -> URL? {
    if let fromEnvironment = ProcessInfo.processInfo.environment["DIALOGUE_DATASETS"],
      !fromEnvironment.isEmpty
    {
      return URL(fileURLWithPath: fromEnvironment, isDirectory: true)
    }
    for start in [executableURL(), URL(fileURLWithPath: #filePath)].compactMap({ $0 }) {
      if let found = walkUp(from: start.deletingLastPathComponent()) { return found }
    }
    return nil
  }

  /// The names of the shipped datasets (folders of the datasets folder holding a `nodes.csv`),
  /// sorted; empty when the folder is not found.
  static func shippedDatasetNames() -> [String] {
    guard let folder = datasetsFolder(),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("nodes.csv").path)
    }.sorted()
  }

  /// The real path of the running executable, symbolic links resolved.
  private static func executableURL() -> URL? {
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: target)
    }
    return Bundle.main.executableURL?.resolvingSymlinksInPath()
  }

  /// The first `Datasets` folder holding the default dataset, looking in `start` and its parents.
  private static func walkUp(from start: URL) -> URL? {
    var folder = start.standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent("Datasets", isDirectory: true)
      let marker = candidate.appendingPathComponent(defaultDatasetName).appendingPathComponent("nodes.csv")
      if FileManager.default.fileExists(atPath: marker.path) { return candidate }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }
}
