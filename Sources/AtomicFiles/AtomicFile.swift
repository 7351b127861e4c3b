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

    /// "cannot write <path>: <step> failed: <reason>", or "cannot write <path>: <reason>" for a
    /// refusal (empty `step`: the destination is something the tool must not replace).
    public var description: String {
      step.isEmpty ? "cannot write \(path): \(reason)" : "cannot write \(path): \(step) failed: \(reason)"
    }

    /// Whether the write was refused before anything was written (see ``AtomicFolder``).
    public var isRefusal: Bool { step.isEmpty }
  }

  /// Atomically replaces (or creates) the file at `url` with `data`.
  ///
  /// On Linux the data is written into an *unnamed* file in the destination's folder
  /// (`open(O_TMPFILE)`), flushed, and only then given a temporary name (`linkat`) and renamed over
  /// the destination: a process killed while writing (even by SIGKILL, which no cleanup can catch)
  /// leaves nothing behind, because the kernel discards an unnamed file. Where the file system does
  /// not support `O_TMPFILE`, a named temporary file (`mkstemp`) is used and removed on failure.
  /// Files are created with mode 0644, readable like any ordinary output file.
  /// - Throws: ``WriteError`` naming the path and the failing step; the destination is unchanged.
  /// - Complexity: O(*n*) in the size of `data`.
  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let path = url.path
    let folder = url.deletingLastPathComponent().path
    let temporaryBase = folder + "/." + url.lastPathComponent + ".tmp-"
    #if os(Linux) && (arch(x86_64) || arch(arm64))
      if try writeUnnamed(data, to: path, folder: folder, temporaryBase: temporaryBase) { return }
    #endif
    var template = Array((temporaryBase + "XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(path, "create") }
    let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var renamed = false
    defer { if !renamed { unlink(temporaryPath) } }
    do {
      defer { close(descriptor) }
      guard fchmod(descriptor, 0o644) == 0 else { throw failure(path, "fchmod") }
      try fill(descriptor, with: data, path: path)
    }
    guard rename(temporaryPath, path) == 0 else { throw failure(path, "rename") }
    renamed = true
  }

  #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// `O_TMPFILE | O_WRONLY` on Linux (x86-64 and arm64): `__O_TMPFILE` (0o20000000) with
    /// `O_DIRECTORY` (0o200000); Swift does not import the composite C macro.
    private static let anonymousFileFlags: Int32 = 0o20000000 | 0o200000 | O_WRONLY

    /// The unnamed-file route (see ``write(_:to:)``); `false` when the file system or the system
    /// cannot do it (no `O_TMPFILE`, no `/proc`), so the caller falls back to a named file.
    private static func writeUnnamed(
      _ data: Data, to path: String, folder: String, temporaryBase: String
    ) throws(WriteError) -> Bool {
      let unnamed = open(folder, anonymousFileFlags, 0o644)
      guard unnamed >= 0 else { return false }
      var linked: String? = nil
      defer { if let linked { unlink(linked) } }
      do {
        defer { close(unnamed) }
        try fill(unnamed, with: data, path: path)
        // Give the complete file a temporary name: linkat through /proc needs no privilege.
        for attempt in 0..<100 {
          let name = temporaryBase + String(UInt32.random(in: .min ... .max), radix: 36) + "\(attempt)"
          if linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 {
            linked = name
            break
          }
          if errno != EEXIST { return false }
        }
      }
      guard let name = linked else { throw failure(path, "link") }
      guard rename(name, path) == 0 else { throw failure(path, "rename") }
      linked = nil
      return true
    }
  #endif

  /// Writes all of `data` to `descriptor` and flushes it to disk (`write`, `fsync`).
  private static func fill(_ descriptor: Int32, with data: Data, path: String) throws(WriteError) {
    guard writeAll(descriptor, data) else { throw failure(path, "write") }
    guard fsync(descriptor) == 0 else { throw failure(path, "fsync") }
  }

  /// Writes every byte of `data`, retrying after interruptions; `false` (with `errno`) on failure.
  static func writeAll(_ descriptor: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
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
