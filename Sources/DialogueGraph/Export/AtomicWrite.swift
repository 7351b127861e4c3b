import AtomicFiles
import Foundation

/// Writing files and folders so that a reader sees either the old version or the complete new one,
/// never a half-written file — and an interrupted or failed write leaves no debris behind.
///
/// Both functions write into a temporary item **in the same folder** as the destination (so the
/// final step is a rename within one file system) and then move it into place. A folder output
/// never replaces anything but a previous output of the same command.
///
/// ```swift
/// try AtomicWrite.write(Data(xml.utf8), to: URL(fileURLWithPath: "out/network.graphml"))
/// try AtomicWrite.writeFolder(
///   [("nodes.csv", Data("id,kind\n".utf8))], to: URL(fileURLWithPath: "out/dataset"), madeBy: "my-tool")
/// ```
public enum AtomicWrite {
  /// Writes `data` to the file `url` with ``AtomicFile`` (module AtomicFiles): to a temporary file
  /// beside it, flushed to disk, then renamed over `url` (`rename(2)` replaces an existing file
  /// atomically, keeping its permissions). On failure the temporary file is removed and `url` is
  /// untouched. A device, a FIFO or standard output (`/dev/stdout`, `/dev/fd/N`) is written through,
  /// never replaced.
  ///
  /// - Throws: ``ExportError/writeFailed(path:reason:)`` when the folder does not exist, is not
  ///   writable, `url` is a folder, or the disk is full.
  /// - Complexity: O(size of `data`).
  public static func write(_ data: Data, to url: URL) throws(ExportError) {
    do {
      try AtomicFile.write(data, to: url)
    } catch {
      throw .writeFailed(
        path: url.path, reason: error.isRefusal ? error.reason : "\(error.step) failed: \(error.reason)")
    }
  }

  /// Writes `files` as the folder `url` on behalf of `command`, with ``AtomicFolder`` (module
  /// AtomicFiles): the folder must not exist, be empty, or hold a previous output of the same
  /// command (recognised by its `.dialogue-output` marker); anything else is refused and left
  /// untouched. The files go to a temporary folder beside `url` that is swapped into place in one
  /// step, so `url` is always either the old complete output or the new one.
  ///
  /// - Throws: ``ExportError/writeFailed(path:reason:)`` for a refusal (the reason says what is in
  ///   the way) or a failed step (`url` is then unchanged and no temporary is left).
  public static func writeFolder(
    _ files: [(name: String, contents: Data)], to url: URL, madeBy command: String
  ) throws(ExportError) {
    do {
      try AtomicFolder.write(files, to: url.path, madeBy: command)
    } catch {
      throw .writeFailed(
        path: url.path, reason: error.isRefusal ? error.reason : "\(error.step) failed: \(error.reason)")
    }
  }
}
