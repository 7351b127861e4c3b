import Foundation

/// A one-line progress message on standard error for work that takes more than about a second.
///
/// Nothing is printed for quick work: the line appears only after one second, shows the elapsed
/// time, and is erased when the work ends. Silent with `--quiet` or when standard error is not a
/// terminal (a pipe or a log file), so outputs stay clean for programs.
final class ProgressReporter: @unchecked Sendable {
  private let task: String
  private let enabled: Bool
  private let lock = NSLock()
  private var finished = false
  private var shown = false
  private let started = Date()

  init(task: String, enabled: Bool) {
    self.task = task
    self.enabled = enabled && StandardStreams.standardErrorIsTerminal
    guard self.enabled else { return }
    let thread = Thread { [weak self] in
      Thread.sleep(forTimeInterval: 1)
      while let self, self.tick() { Thread.sleep(forTimeInterval: 0.5) }
    }
    thread.start()
  }

  /// Redraws the line; `false` once the work has finished.
  private func tick() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return false }
    shown = true
    let seconds = Int(Date().timeIntervalSince(started))
    StandardStreams.writeControlSequence("\r\u{1B}[2Kdialogue: \(TerminalText.safe(task))… \(seconds) s")
    return true
  }

  /// Runs `work`, showing progress while it runs.
  func run<T, E: Error>(_ work: () throws(E) -> T) throws(E) -> T {
    defer { finish() }
    return try work()
  }

  /// Erases the progress line.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return }
    finished = true
    if shown { StandardStreams.writeControlSequence("\r\u{1B}[2K") }
  }
}
