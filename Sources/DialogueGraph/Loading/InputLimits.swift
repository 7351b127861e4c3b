import Foundation

/// What the loader agrees to read, checked before a byte is read.
///
/// - **Only regular files**, unless ``allowsStreams`` is set: a FIFO blocks until a writer comes
///   (forever, if none does), `/dev/zero` or `/dev/urandom` never ends, and a socket or block device
///   is not a dataset. With ``allowsStreams`` a FIFO or character device is read up to the size
///   limit (`dialogue --dataset <(…) --allow-stream`).
/// - **At most ``maximumTableBytes`` per CSV file** (1 GiB) and ``maximumJSONBytes`` per JSON
///   file (64 MiB): the loader holds a table in memory several times over while decoding it, so a
///   larger file — or a sparse file that claims 100 GB — is refused by its size rather than by
///   exhausting memory. The largest shipped table is well under 1 MB; the synthetic 12,000-country
///   dataset of the reliability tests is about 10 MB.
public struct InputLimits: Sendable, Equatable {
  /// The largest CSV file read (bytes).
  public var maximumTableBytes: Int
  /// The largest `vocabulary.json` or `datapackage.json` read (bytes).
  public var maximumJSONBytes: Int
  /// Whether a FIFO or character device may be read as a dataset file.
  public var allowsStreams: Bool

  public init(maximumTableBytes: Int = 1 << 30, maximumJSONBytes: Int = 64 << 20, allowsStreams: Bool = false) {
    self.maximumTableBytes = maximumTableBytes
    self.maximumJSONBytes = maximumJSONBytes
    self.allowsStreams = allowsStreams
  }

  /// The limits ``DialogueNetwork/load(from:)`` applies; a command-line tool may change them once at
  /// start-up, before loading (`nonisolated(unsafe)`: written only then, from one thread).
  nonisolated(unsafe) public static var current = InputLimits()

  /// Checks the file at `url` (following symbolic links) before it is opened.
  /// - Returns: whether it is a stream (FIFO or character device) to be read up to `limit`.
  /// - Throws: ``DatasetError/missingFile(path:)``, or ``DatasetError/unreadable(path:reason:)``
  ///   naming what the file is and the limit.
  func check(_ url: URL, limit: Int) throws(DatasetError) -> Bool {
    var status = stat()
    guard stat(url.path, &status) == 0 else {
      if errno == ENOENT { throw .missingFile(path: url.path) }
      throw .unreadable(path: url.path, reason: String(cString: strerror(errno)))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      if Int(status.st_size) > limit {
        throw .unreadable(
          path: url.path,
          reason:
            "it holds \(Self.size(Int(status.st_size))), more than the \(Self.size(limit)) a dataset file may hold"
            + " — split the dataset or filter it before loading")
      }
      return false
    case S_IFDIR:
      throw .unreadable(path: url.path, reason: "it is a folder, not a file")
    case S_IFIFO, S_IFCHR:
      guard allowsStreams else {
        let what = status.st_mode & S_IFMT == S_IFIFO ? "a FIFO (named pipe)" : "a device"
        throw .unreadable(
          path: url.path,
          reason: "it is \(what), not a regular file — reading it could block or never end;"
            + " save the data to a file, or pass --allow-stream to read at most \(Self.size(limit)) from it")
      }
      return true
    default:
      throw .unreadable(path: url.path, reason: "it is not a regular file (a socket or a block device)")
    }
  }

  /// "1 GiB", "64 MiB", "12.5 GB"-style sizes for messages.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1e6) }
    return "\(bytes) bytes"
  }
}
