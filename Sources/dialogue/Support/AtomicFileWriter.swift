import Foundation

/// Writes a file so that readers see either the old content or the complete new content.
///
/// The text goes to a temporary file in the destination's folder (same file system), which is then
/// renamed over the destination. If anything fails, the temporary file is removed and an existing
/// destination is left untouched.
enum AtomicFileWriter {
  /// Writes `text` (UTF-8) to `path`.
  /// - Throws: ``CommandFailure`` with status ``CommandFailure/ExitStatus/cannotWrite``.
  static func write(_ text: String, to path: String) throws(CommandFailure) {
    try write(Data(text.utf8), to: path)
  }

  /// Writes `data` to `path`.
  static func write(_ data: Data, to path: String) throws(CommandFailure) {
    let destination = URL(fileURLWithPath: path)
    let folder = destination.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure("\(path): cannot write — the folder \(folder.path) does not exist", status: .cannotWrite)
    }
    if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw CommandFailure("\(path): cannot write — it is a folder, expected a file path", status: .cannotWrite)
    }
    let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
      if FileManager.default.fileExists(atPath: destination.path) {
        _ = try FileManager.default.replaceItemAt(destination, withItemAt: temporary)
      } else {
        try FileManager.default.moveItem(at: temporary, to: destination)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure("\(path): cannot write — \(error.localizedDescription)", status: .cannotWrite)
    }
  }
}
