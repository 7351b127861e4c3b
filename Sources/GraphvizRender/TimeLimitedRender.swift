import CAtomicSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GraphvizRenderer {
  /// Why a time-limited render did not return a document.
  public enum TimeLimitedFailure: Error, Sendable, Equatable {
    /// Graphviz failed (its message, as ``RenderError/description``).
    case render(String)
    /// The layout took longer than the limit and was stopped.
    case timeLimitExceeded(seconds: Double)
    /// The child process could not be started or ended abnormally (e.g. a crash inside Graphviz).
    case childFailed(String)
  }

  /// Lays out and renders `graph` in a **child process** and waits at most `seconds` for it.
  ///
  /// Graphviz's layouts cannot be interrupted: stopping one mid-way would leave its global state
  /// (and the process's heap) inconsistent. So the layout runs in a `fork`ed copy of this process,
  /// which sends the rendered bytes back through a pipe; past the time limit the copy is killed
  /// (SIGKILL) and this process, whose Graphviz state was never touched, carries on. The copy dies
  /// with this process (`PR_SET_PDEATHSIG`), so a killed tool leaves no layout running. A crash of
  /// Graphviz in the copy (a stack overflow, an abort) becomes an error here, not a dead tool.
  ///
  /// Meant for command-line tools, which call it from their main thread with no other thread
  /// holding locks: after `fork` only the calling thread exists in the child.
  /// - Complexity: that of the layout, plus copying the document once through the pipe.
  public func renderInChildProcess(
    _ graph: GraphvizGraph, engine: LayoutEngine, format: OutputFormat, seconds: Double
  ) throws(TimeLimitedFailure) -> Data {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw .childFailed("pipe: \(String(cString: strerror(errno)))") }
    let parent = getpid()
    let child = fork()
    if child < 0 {
      close(ends[0])
      close(ends[1])
      throw .childFailed("fork: \(String(cString: strerror(errno)))")
    }
    if child == 0 {
      atomic_support_die_with_parent(parent)
      close(ends[0])
      // Status byte 0 + the document, or 1 + Graphviz's message.
      var message: Data
      do {
        message = Data([0]) + (try render(graph, engine: engine, format: format))
      } catch {
        message = Data([1]) + Data(error.description.utf8)
      }
      let complete = message.withUnsafeBytes { buffer -> Bool in
        var offset = 0
        while offset < buffer.count {
          let n = write(ends[1], buffer.baseAddress! + offset, buffer.count - offset)
          if n < 0 {
            if errno == EINTR { continue }
            return false
          }
          offset += n
        }
        return true
      }
      _exit(complete ? 0 : 1)
    }
    close(ends[1])
    defer { close(ends[0]) }
    let deadline = Date().addingTimeInterval(seconds)
    var received = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var timedOut = false
    while true {
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 {
        timedOut = true
        break
      }
      var descriptor = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000) + 1)
      if ready < 0 && errno != EINTR { break }
      if ready <= 0 { continue }
      let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
      if count > 0 {
        received.append(contentsOf: buffer[0..<count])
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    if timedOut { kill(child, SIGKILL) }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    if timedOut { throw .timeLimitExceeded(seconds: seconds) }
    let signal = status & 0x7f
    if signal != 0 { throw .childFailed("the layout process was killed by signal \(signal)") }
    guard let first = received.first, (status >> 8) & 0xff == 0 else {
      throw .childFailed("the layout process ended without a result (exit status \((status >> 8) & 0xff))")
    }
    let body = received.dropFirst()
    if first == 1 { throw .render(String(decoding: body, as: UTF8.self)) }
    return Data(body)
  }
}
