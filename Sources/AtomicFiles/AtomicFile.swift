import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see either the old file or the complete new one, never a part.
///
/// The bytes go to a temporary file in the destination's own folder (so the final step stays on
/// one file system), are flushed to disk (`fsync`), and the temporary file is renamed over the
/// destination (`rename`, atomic on POSIX). On any failure the temporary file is removed and the
/// destination is untouched.
///
/// ```swift
/// try AtomicFile.write(svgData, to: URL(fileURLWithPath: "out/network.svg"))
/// ```
public enum AtomicFile {
  /// Why a file could not be written.
  public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The destination path.
    public var path: String
    /// The failing step (`create`, `write`, `fsync`, `rename`).
    public var step: String
    /// The system's explanation (`strerror(errno)`).
    public var reason: String

    /// "cannot write <path>: <step> failed: <reason>".
    public var description: String { "cannot write \(path): \(step) failed: \(reason)" }
  }

  /// Atomically replaces (or creates) the file at `url` with `data`.
  ///
  /// Wraps `mkstemp`, `write`, `fchmod`, `fsync` and `rename`. `mkstemp` creates the file with
  /// mode 0600; it is set to 0644 so the result is readable like any ordinary output file.
  /// - Throws: ``WriteError`` naming the path and the failing step; the destination is unchanged.
  /// - Complexity: O(*n*) in the size of `data`.
  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let path = url.path
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path, "create") }
    let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var renamed = false
    defer { if !renamed { unlink(temporaryPath) } }
    do {
      defer { close(descriptor) }
      let complete = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
        var offset = 0
        while offset < buffer.count {
          let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            return false
          }
          offset += written
        }
        return true
      }
      guard complete else { throw failure(path, "write") }
      guard fchmod(descriptor, 0o644) == 0 else { throw failure(path, "fchmod") }
      guard fsync(descriptor) == 0 else { throw failure(path, "fsync") }
    }
    guard rename(temporaryPath, path) == 0 else { throw failure(path, "rename") }
    renamed = true
  }

  /// Atomically replaces (or creates) the file at `url` with `text` encoded as UTF-8.
  /// - Throws: ``WriteError``; the destination is unchanged.
  public static func write(_ text: String, to url: URL) throws(WriteError) {
    try write(Data(text.utf8), to: url)
  }

  /// The POSIX `write(2)`, named apart from ``write(_:to:)``.
  private static func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.write(fd, bytes, count)
    #else
      return Darwin.write(fd, bytes, count)
    #endif
  }

  private static func failure(_ path: String, _ step: String) -> WriteError {
    WriteError(path: path, step: step, reason: String(cString: strerror(errno)))
  }
}
