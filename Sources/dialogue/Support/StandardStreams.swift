#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error with plain `write(2)` calls.
///
/// Every write is checked:
/// - when the reader of standard output goes away (`dialogue list nodes | head`) the write fails
///   with `EPIPE` (`SIGPIPE` is ignored, see ``ignoreBrokenPipes()``) and the tool ends quietly with
///   status 0, as Unix tools do;
/// - any other failure (a full disk behind `> file`, a closed descriptor, an I/O error) ends the
///   tool with one line on standard error naming standard output and exit status 73 — never a
///   silent success with a truncated result.
///
/// On a terminal, text goes through ``TerminalText`` first: control characters and bidirectional
/// overrides from dataset values, ids or paths are shown as `<U+XXXX>` instead of acting on the
/// terminal. Text sent to a pipe or file is left byte for byte as the command produced it.
enum StandardStreams {
  /// Ignores `SIGPIPE` for the whole process; call once at start-up.
  static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

  /// Writes `text` to standard output (sanitised on a terminal); see the type's documentation for
  /// failures.
  static func writeOut(_ text: String) {
    let shown = isatty(1) == 1 ? TerminalText.safe(text, keepingLines: true) : text
    if !writeAll(shown, to: 1) { failedStandardOutput() }
  }

  /// Ends the process after a failed write to standard output: quietly (0) when the reader has
  /// gone, with status 73 and a message otherwise.
  static func failedStandardOutput() -> Never {
    let code = errno
    if code == EPIPE { exit(0) }
    writeError("dialogue: error: cannot write to standard output: \(String(cString: strerror(code)))\n")
    exit(73)
  }

  /// Writes binary `data` (a PNG or PDF diagram) to standard output; see the type's documentation
  /// for failures.
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
    if !complete { failedStandardOutput() }
  }

  /// Writes `text` to standard error (failures are ignored: there is nowhere left to report them),
  /// sanitised when standard error is a terminal.
  static func writeError(_ text: String) {
    _ = writeAll(standardErrorIsTerminal ? TerminalText.safe(text, keepingLines: true) : text, to: 2)
  }

  /// Writes the tool's own terminal control sequences (the progress line) to standard error as is.
  static func writeControlSequence(_ text: String) { _ = writeAll(text, to: 2) }

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
