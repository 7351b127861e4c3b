import CAtomicSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a set of files as one folder that replaces a previous output of the same command as a
/// whole, and never deletes anything else.
///
/// **What may be replaced.** The destination must not exist, be an empty folder, or be a folder this
/// command wrote before: one holding the marker file ``markerName`` that names the same command and
/// lists every file in the folder. Anything else — a file, a symbolic link, the current folder, a
/// folder with a README or any file the marker does not list — is refused with
/// ``AtomicFile/WriteError`` (`step` empty) and left untouched: there is no flag to force it.
///
/// **How.** The files are written into a new temporary folder beside the destination
/// (`.NAME.dialogue-tmp-RANDOM`, created with the umask; a replaced folder's permissions are kept),
/// each flushed to disk, and the folder is moved into place with one `renameat2` call: `NOREPLACE`
/// for a new destination, `EXCHANGE` to swap with the previous output, which is then removed. A
/// reader — or a process killed at any instant — sees the old complete folder or the new one,
/// never a mix or nothing.
///
/// **No debris.** The temporary folder is registered with a signal handler (SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT) that removes it before the process dies. SIGKILL cannot be caught: a folder it
/// leaves is removed by the next write to the same destination, which recognises temporaries by
/// name, by their writer's process id and by the lock (`flock`) the writer holds until it ends — a
/// running writer's temporary is never touched.
///
/// - Complexity: O(total size of the files + number of entries in the destination's folder).
public enum AtomicFolder {
  /// Installs the signal handlers that remove temporaries when SIGINT, SIGTERM, SIGHUP or SIGQUIT
  /// ends the process, and unblocks those signals. A tool calls it once at start-up, before it
  /// starts threads (writes install the handlers anyway, but threads started earlier would keep
  /// an inherited block on the signals).
  public static func handleInterruptions() { atomic_support_install_handlers() }

  /// The marker file every folder written here holds.
  public static let markerName = ".dialogue-output"

  /// Writes `files` as the folder `path` on behalf of `command` (e.g. `dialogue export --format
  /// csv`), replacing a previous output of that command.
  /// - Throws: ``AtomicFile/WriteError``: a refusal (empty `step`) when the destination is not
  ///   replaceable, or the failing step; the destination is then unchanged and no temporary is left.
  public static func write(
    _ files: [(name: String, contents: Data)], to path: String, madeBy command: String
  ) throws(AtomicFile.WriteError) {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let destination = URL(fileURLWithPath: absolute).standardized.path
    guard destination != "/", !path.isEmpty else {
      throw refusal(path, "the root folder cannot be an output folder — name a new folder")
    }
    let parent = (destination as NSString).deletingLastPathComponent
    let name = (destination as NSString).lastPathComponent
    for file in files where file.name.contains("/") || file.name == markerName {
      throw refusal(path, "the file name \(file.name) cannot be written into an output folder")
    }
    removeStaleTemporaries(of: name, in: parent)
    var existing = try replaceable(destination, shownAs: path, command: command)

    let temporary = parent + "/." + name + ".dialogue-tmp-" + temporarySuffix()
    guard mkdir(temporary, 0o777) == 0 else { throw failure(path, "create the temporary folder") }
    let slot = atomic_support_remember(temporary, 1)
    var finished = false
    defer {
      if !finished { atomic_support_remove_flat_folder(temporary) }
      atomic_support_forget(slot)
    }
    let folder = open(temporary, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { throw failure(path, "open the temporary folder") }
    defer { close(folder) }
    // The lock tells a later run that this temporary is in use (see removeStaleTemporaries).
    guard flock(folder, LOCK_EX) == 0 else { throw failure(path, "lock the temporary folder") }
    if let mode = existing?.st_mode { _ = fchmod(folder, mode & 0o7777) }

    let listing = files.map { "file: \($0.name)\n" }.joined()
    let marker =
      "This folder was written by `\(command)`. That command replaces it as a whole when it writes here again;"
      + " if you add a file, it refuses to.\ncommand: \(command)\n" + listing
    for (fileName, contents) in files + [(markerName, Data(marker.utf8))] {
      try writeFile(contents, named: fileName, in: folder, shownAs: path)
    }
    guard fsync(folder) == 0 else { throw failure(path, "fsync") }

    while true {
      if existing != nil {
        if atomic_support_exchange(temporary, destination) != 0 {
          guard errno == EINVAL || errno == ENOSYS else { throw failure(path, "rename") }
          try replaceWithTwoRenames(destination, by: temporary, parent: parent, name: name, shownAs: path)
          break
        }
        // The temporary name now holds the previous output (files only, as checked): remove it.
        atomic_support_remove_flat_folder(temporary)
        break
      }
      if atomic_support_rename_noreplace(temporary, destination) == 0 { break }
      if errno == EINVAL || errno == ENOSYS {
        guard rename(temporary, destination) == 0 else { throw failure(path, "rename") }
        break
      }
      guard errno == EEXIST || errno == ENOTEMPTY else { throw failure(path, "rename") }
      // Another run created the destination meanwhile: replace it only if it is replaceable.
      existing = try replaceable(destination, shownAs: path, command: command)
      if existing == nil { throw failure(path, "rename") }
    }
    finished = true
    let parentDescriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if parentDescriptor >= 0 {
      _ = fsync(parentDescriptor)
      close(parentDescriptor)
    }
  }

  /// What is at the destination, if it may be replaced: `nil` when nothing is there, its `stat`
  /// when it is an empty folder or a previous output of `command`.
  /// - Throws: a refusal naming what is in the way.
  static func replaceable(_ destination: String, shownAs path: String, command: String) throws(AtomicFile.WriteError)
    -> stat?
  {
    var status = stat()
    guard lstat(destination, &status) == 0 else {
      if errno == ENOENT { return nil }
      throw failure(path, "inspect the destination")
    }
    let kind = status.st_mode & S_IFMT
    if kind == S_IFLNK {
      throw refusal(path, "it is a symbolic link — name a new folder (the link and what it points to are left alone)")
    }
    guard kind == S_IFDIR else {
      throw refusal(path, "it exists and is not a folder — name a new folder; the file is left alone")
    }
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: destination) else {
      throw failure(path, "list the destination folder")
    }
    if entries.isEmpty { return status }
    let advice = "name a new folder, or move the folder away yourself"
    guard let marker = readMarker(destination + "/" + markerName) else {
      throw refusal(
        path, "the folder exists and was not written by `\(command)` (it has no \(markerName) marker) — \(advice)")
    }
    let lines = marker.split(separator: "\n").map(String.init)
    guard lines.contains("command: \(command)") else {
      throw refusal(path, "the folder holds the output of another command — \(advice)")
    }
    let listed = Set(lines.filter { $0.hasPrefix("file: ") }.map { String($0.dropFirst(6)) } + [markerName])
    if let stranger = entries.sorted().first(where: { !listed.contains($0) }) {
      throw refusal(
        path, "the folder holds \(stranger), which `\(command)` did not write — \(advice); nothing was deleted")
    }
    return status
  }

  /// The marker's text, if `path` is a regular file of reasonable size.
  private static func readMarker(_ path: String) -> String? {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= 1 << 20 else {
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8)
  }

  /// Removes `.NAME.dialogue-tmp-PID-*` folders in `parent` whose writer has ended (left by a
  /// process killed with SIGKILL, or by a power cut).
  static func removeStaleTemporaries(of name: String, in parent: String) {
    let prefix = "." + name + ".dialogue-tmp-"
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      let candidate = parent + "/" + entry
      let descriptor = open(candidate, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0 else { continue }
      if isStale(entry, descriptor: descriptor) { atomic_support_remove_flat_folder(candidate) }
      close(descriptor)
    }
  }

  /// Where `renameat2` is unavailable: the old output aside (under a temporary name, so that an
  /// interruption leaves it to the stale-temporary clean-up), the new one in, the old one removed.
  private static func replaceWithTwoRenames(
    _ destination: String, by temporary: String, parent: String, name: String, shownAs path: String
  ) throws(AtomicFile.WriteError) {
    let aside = parent + "/." + name + ".dialogue-tmp-" + temporarySuffix()
    let slot = atomic_support_remember(aside, 1)
    defer { atomic_support_forget(slot) }
    guard rename(destination, aside) == 0 else { throw failure(path, "rename") }
    guard rename(temporary, destination) == 0 else {
      let saved = errno
      _ = rename(aside, destination)
      errno = saved
      throw failure(path, "rename")
    }
    atomic_support_remove_flat_folder(aside)
  }

  /// Creates `name` in the open folder and writes `contents` to it, flushed to disk.
  private static func writeFile(_ contents: Data, named name: String, in folder: Int32, shownAs path: String)
    throws(AtomicFile.WriteError)
  {
    let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(path + "/" + name, "create") }
    defer { close(descriptor) }
    guard AtomicFile.writeAll(descriptor, contents) else { throw failure(path + "/" + name, "write") }
    guard fsync(descriptor) == 0 else { throw failure(path + "/" + name, "fsync") }
  }

  /// `PID-RANDOM`: the writer's process id lets a later run tell a temporary whose writer has
  /// died (see ``isStale(_:)``).
  static func temporarySuffix() -> String {
    "\(getpid())-" + String(UInt64.random(in: .min ... .max), radix: 36)
  }

  /// Whether the temporary `entry` (named `….PID-RANDOM`) was left by a writer that has ended: its
  /// process no longer exists and nothing holds its lock. A running writer's temporary is never
  /// stale, even in the instant between its creation and its lock.
  static func isStale(_ entry: String, descriptor: Int32) -> Bool {
    let suffix = entry.split(separator: "-").dropLast().last.flatMap { Int32($0) }
    guard let pid = suffix, pid > 0, pid != getpid() else { return false }
    guard kill(pid, 0) != 0, errno == ESRCH else { return false }
    return flock(descriptor, LOCK_EX | LOCK_NB) == 0
  }

  private static func refusal(_ path: String, _ reason: String) -> AtomicFile.WriteError {
    AtomicFile.WriteError(path: path, step: "", reason: reason)
  }

  private static func failure(_ path: String, _ step: String) -> AtomicFile.WriteError {
    AtomicFile.WriteError(path: path, step: step, reason: String(cString: strerror(errno)))
  }
}
