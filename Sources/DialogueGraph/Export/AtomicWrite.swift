import AtomicFiles
import Foundation

/// Writing files and folders so that a reader sees either the old version or the complete new one,
/// never a half-written file — and an interrupted or failed write leaves no debris behind.
///
/// Both functions write into a temporary item **in the same folder** as the destination (so the
/// final step is a rename within one file system) and then move it into place.
///
/// ```swift
/// try AtomicWrite.write(Data(xml.utf8), to: URL(fileURLWithPath: "out/network.graphml"))
/// try AtomicWrite.writeFolder(to: URL(fileURLWithPath: "out/dataset")) { folder in
///   try Data("id,kind\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
/// }
/// ```
public enum AtomicWrite {
  /// Writes `data` to the file `url` with ``AtomicFile`` (module AtomicFiles): to a temporary file
  /// beside it, flushed to disk, then renamed over `url` (`rename(2)` replaces an existing file
  /// atomically). On failure the temporary file is removed and `url` is untouched.
  ///
  /// - Throws: ``ExportError/writeFailed(path:reason:)`` when the folder does not exist, is not
  ///   writable, `url` is a folder, or the disk is full.
  /// - Complexity: O(size of `data`).
  public static func write(_ data: Data, to url: URL) throws(ExportError) {
    do {
      try AtomicFile.write(data, to: url)
    } catch {
      throw .writeFailed(path: url.path, reason: "\(error.step) failed: \(error.reason)")
    }
  }

  /// Creates the folder `url` with what `fill` writes into it: `fill` receives a new, empty
  /// temporary folder beside `url`; once it returns, that folder replaces `url` (an existing file or
  /// folder there is removed only at this point). If `fill` throws, the temporary folder is removed
  /// and `url` is untouched.
  ///
  /// Replacing an existing folder takes two renames (old folder aside, new folder in), so another
  /// process could, for an instant, find no folder at `url` — but never a partial one.
  ///
  /// - Throws: ``ExportError/writeFailed(path:reason:)`` with the reason of the first failure
  ///   (including what `fill` threw).
  public static func writeFolder(to url: URL, _ fill: (URL) throws -> Void) throws(ExportError) {
    let fileManager = FileManager.default
    let temporary = temporarySibling(of: url)
    do {
      try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
    } catch {
      throw .writeFailed(path: url.path, reason: reason(error))
    }
    do {
      try fill(temporary)
      if fileManager.fileExists(atPath: url.path) {
        let old = temporarySibling(of: url)
        try fileManager.moveItem(at: url, to: old)
        do { try rename(temporary, to: url) } catch {
          try? fileManager.moveItem(at: old, to: url)
          throw error
        }
        try? fileManager.removeItem(at: old)
      } else {
        try rename(temporary, to: url)
      }
    } catch {
      try? fileManager.removeItem(at: temporary)
      throw .writeFailed(path: url.path, reason: reason(error))
    }
  }

  /// A name beside `url` that nothing uses: `.NAME.tmp-UUID`.
  static func temporarySibling(of url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
  }

  /// `rename(2)`: atomically replaces a file at `destination` (and an empty folder).
  private static func rename(_ source: URL, to destination: URL) throws {
    let result = source.withUnsafeFileSystemRepresentation { from in
      destination.withUnsafeFileSystemRepresentation { to in Foundation.rename(from!, to!) }
    }
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
  }

  /// A short, user-facing reason for a file-system error.
  private static func reason(_ error: any Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    if case ExportError.writeFailed(_, let reason) = error { return reason }
    return (error as NSError).localizedDescription
  }
}
