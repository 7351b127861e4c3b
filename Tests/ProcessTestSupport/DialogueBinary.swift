import Foundation

/// Where the real `dialogue` executable the tests run is: `DIALOGUE_BINARY` if set, else the file
/// beside the running test bundle (the folder of `Bundle.main.executableURL` /
/// `CommandLine.arguments[0]`, walking up out of an `.xctest` bundle). Whatever `--scratch-path`
/// built the tests also built the tool there.
public enum DialogueBinary {
  public static func url() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DIALOGUE_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    for start in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
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
    throw Missing(searched: candidates.map(\.path))
  }

  /// The binary was not built next to the tests.
  public struct Missing: Error, CustomStringConvertible {
    public let searched: [String]
    public var description: String {
      "the dialogue executable was not found beside the test bundle (looked at \(searched.joined(separator: ", "))); "
        + "build it with the same --scratch-path (`swift build --product dialogue`) or set DIALOGUE_BINARY"
    }
  }
}
