#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error with plain `write(2)` calls.
///
/// `SIGPIPE` is ignored (see ``ignoreBrokenPipes()``), so when the reader of standard output goes
/// away (`dialogue list nodes | head`) the write fails with `EPIPE` and the tool ends quietly with
/// status 0 instead of being killed by a signal.
enum StandardStreams {
  /// Ignores `SIGPIPE` for the whole process; call once at start-up.
  static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

  /// Writes `text` to standard output; exits quietly if the reader has gone.
  static func writeOut(_ text: String) {
    if !writeAll(text, to: 1) { exit(0) }
  }

  /// Writes binary `data` (a PNG or PDF diagram) to standard output; exits quietly if the reader
  /// has gone.
  static func writeOut(_ data: [UInt8]) {
    let complete = data.withUnsafeBufferPointer { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
    if !complete { exit(0) }
  }

  /// Writes `text` to standard error (failures are ignored: there is nowhere left to report them).
  static func writeError(_ text: String) { _ = writeAll(text, to: 2) }

  /// Whether standard error is a terminal.
  static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

  /// Writes every byte, retrying after interruptions; `false` when the descriptor is closed.
  static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
