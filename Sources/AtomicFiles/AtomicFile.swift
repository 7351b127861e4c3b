import CAtomicSupport
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

  /// Writes `data` to `url`: atomically when `url` is a regular file or does not exist, written
  /// through when it is a device, a FIFO or standard output — never replacing what is not a file.
  ///
  /// - **A regular file, or nothing yet.** On Linux the data is written into an *unnamed* file in the
  ///   destination's folder (`open(O_TMPFILE)`), flushed, and only then given a temporary name
  ///   (`linkat`) and renamed over the destination: a process killed while writing (even by
  ///   SIGKILL, which no cleanup can catch) leaves nothing behind, because the kernel discards an
  ///   unnamed file. Where the file system does not support `O_TMPFILE` (NFS, CIFS, vfat, most
  ///   FUSE), a named temporary file `.NAME.tmp-PID-RANDOM` is used: removed on failure, by the
  ///   signal handler on SIGINT/SIGTERM/SIGHUP/SIGQUIT, and — if SIGKILL left it — by the next write
  ///   to the same destination. A replaced file keeps its permission bits (and, for root, its
  ///   owner); a new file gets 0666 minus the umask, like any file a shell redirection creates.
  /// - **A symbolic link** to a regular file: that file is replaced as above; the link stays.
  /// - **A character device, a FIFO, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`** (as in
  ///   `--output >(gzip > x.gz)`): the bytes are written through, in place; nothing is replaced.
  /// - **A folder, a block device, a socket, a dangling link**: refused (empty `step`).
  /// - Throws: ``WriteError`` naming the path and the failing step; a regular destination is then
  ///   unchanged.
  /// - Complexity: O(*n*) in the size of `data`.
  public static func write(_ data: Data, to url: URL) throws(WriteError) {
    let path = url.path
    if url.hasDirectoryPath && !FileManager.default.fileExists(atPath: path) {
      throw WriteError(path: path, step: "", reason: "the path ends with '/' — name a file, not a folder")
    }
    if let descriptor = standardDescriptor(path) { return try writeThrough(data, to: descriptor, path: path) }
    var status = stat()
    guard lstat(path, &status) == 0 else {
      guard errno == ENOENT else { throw failure(path, "inspect the destination") }
      return try replace(data, at: path, keeping: nil)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      return try replace(data, at: path, keeping: status)
    case S_IFLNK:
      var target = stat()
      guard stat(path, &target) == 0 else {
        throw WriteError(path: path, step: "", reason: "it is a symbolic link to nothing — name a file instead")
      }
      if target.st_mode & S_IFMT == S_IFREG, let resolved = realpath(path, nil) {
        defer { free(resolved) }
        let real = String(cString: resolved)
        if !real.hasPrefix("/proc/") { return try replace(data, at: real, keeping: target, shownAs: path) }
      }
      return try writeThroughOpening(data, path: path, kind: target.st_mode & S_IFMT)
    default:
      return try writeThroughOpening(data, path: path, kind: status.st_mode & S_IFMT)
    }
  }

  /// The descriptor behind `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N`, if open.
  private static func standardDescriptor(_ path: String) -> Int32? {
    let number: Int32?
    switch path {
    case "/dev/stdout": number = 1
    case "/dev/stderr": number = 2
    default:
      let prefixes = ["/dev/fd/", "/proc/self/fd/"]
      guard let prefix = prefixes.first(where: { path.hasPrefix($0) }) else { return nil }
      number = Int32(path.dropFirst(prefix.count))
    }
    guard let number, fcntl(number, F_GETFD) != -1 else { return nil }
    return number
  }

  /// Opens a device or FIFO for writing (without creating or truncating) and writes through.
  private static func writeThroughOpening(_ data: Data, path: String, kind: mode_t) throws(WriteError) {
    guard kind == S_IFCHR || kind == S_IFIFO else {
      let what =
        kind == S_IFDIR ? "it is a folder" : kind == S_IFBLK ? "it is a block device (a disk)" : "it is not a file"
      throw WriteError(path: path, step: "", reason: "\(what) — name a file instead; nothing was written")
    }
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, "open") }
    defer { close(descriptor) }
    try writeThrough(data, to: descriptor, path: path)
  }

  /// Writes all of `data` to an open descriptor; flushes it when it is a regular file (standard
  /// output redirected to a file) so a full disk is reported rather than lost at close.
  private static func writeThrough(_ data: Data, to descriptor: Int32, path: String) throws(WriteError) {
    guard writeAll(descriptor, data) else { throw failure(path, "write") }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, fsync(descriptor) != 0,
      errno != EINVAL, errno != EROFS
    {
      throw failure(path, "fsync")
    }
  }

  /// Atomically replaces (or creates) the regular file at `path`; `keeping` is the replaced
  /// file's status, whose permissions (and owner, for root) the new file takes.
  private static func replace(
    _ data: Data, at path: String, keeping existing: stat?, shownAs shown: String? = nil
  ) throws(WriteError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    removeStaleTemporaries(of: name, in: folder)
    let mode = existing.map { $0.st_mode & 0o7777 } ?? (0o666 & ~mode_t(atomic_support_umask()))
    let temporaryBase = folder + "/." + name + ".tmp-\(getpid())-"
    let prepare: (Int32) throws(WriteError) -> Void = { descriptor throws(WriteError) in
      guard fchmod(descriptor, mode) == 0 else { throw failure(shown ?? path, "fchmod") }
      if let existing, geteuid() == 0, existing.st_uid != geteuid() || existing.st_gid != getegid() {
        _ = fchown(descriptor, existing.st_uid, existing.st_gid)
      }
      _ = flock(descriptor, LOCK_EX)
    }
    #if os(Linux) && (arch(x86_64) || arch(arm64))
      if !forcesNamedTemporary,
        try writeUnnamed(data, to: path, folder: folder, temporaryBase: temporaryBase, prepare: prepare)
      {
        return
      }
    #endif
    var template = Array((temporaryBase + "XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw failure(shown ?? path, "create") }
    let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let slot = atomic_support_remember(temporaryPath, 0)
    var renamed = false
    defer {
      if !renamed { unlink(temporaryPath) }
      atomic_support_forget(slot)
    }
    do {
      defer { close(descriptor) }
      try prepare(descriptor)
      try fill(descriptor, with: data, path: shown ?? path)
    }
    guard rename(temporaryPath, path) == 0 else { throw failure(shown ?? path, "rename") }
    renamed = true
  }

  /// Whether the environment variable `ATOMICFILES_NAMED_TEMPORARY` is `1`: the named-temporary
  /// route is then used even where `O_TMPFILE` works, so tests can exercise what NFS, CIFS, vfat and
  /// most FUSE file systems get (permissions, signal clean-up, stale-temporary removal).
  static var forcesNamedTemporary: Bool { getenv("ATOMICFILES_NAMED_TEMPORARY").map { String(cString: $0) } == "1" }

  /// Removes `.NAME.tmp-PID-*` files in `folder` whose writer has ended (see
  /// ``AtomicFolder/isStale(_:descriptor:)``).
  static func removeStaleTemporaries(of name: String, in folder: String) {
    let prefix = "." + name + ".tmp-"
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      let candidate = folder + "/" + entry
      let descriptor = open(candidate, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
      guard descriptor >= 0 else { continue }
      var status = stat()
      if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        AtomicFolder.isStale(entry, descriptor: descriptor)
      {
        unlink(candidate)
      }
      close(descriptor)
    }
  }

  #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// `O_TMPFILE | O_WRONLY` on Linux (x86-64 and arm64): `__O_TMPFILE` (0o20000000) with
    /// `O_DIRECTORY` (0o200000); Swift does not import the composite C macro.
    private static let anonymousFileFlags: Int32 = 0o20000000 | 0o200000 | O_WRONLY

    /// The unnamed-file route (see ``write(_:to:)``); `false` when the file system or the system
    /// cannot do it (no `O_TMPFILE`, no `/proc`), so the caller falls back to a named file.
    private static func writeUnnamed(
      _ data: Data, to path: String, folder: String, temporaryBase: String,
      prepare: (Int32) throws(WriteError) -> Void
    ) throws(WriteError) -> Bool {
      let unnamed = open(folder, anonymousFileFlags, 0o600)
      guard unnamed >= 0 else { return false }
      var linked: String? = nil
      var slot: Int32 = -1
      defer {
        if let linked { unlink(linked) }
        atomic_support_forget(slot)
      }
      do {
        defer { close(unnamed) }
        try prepare(unnamed)
        try fill(unnamed, with: data, path: path)
        // Give the complete file a temporary name: linkat through /proc needs no privilege.
        for attempt in 0..<100 {
          let name = temporaryBase + String(UInt32.random(in: .min ... .max), radix: 36) + "\(attempt)"
          slot = atomic_support_remember(name, 0)
          if linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 {
            linked = name
            break
          }
          atomic_support_forget(slot)
          slot = -1
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
