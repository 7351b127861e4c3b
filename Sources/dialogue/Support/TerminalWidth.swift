#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How wide the text written to standard output may be.
///
/// The rule (documented in the README): tables are fitted to a width only when they go to standard
/// output and a width is known — `COLUMNS` when it is set to a positive number (so `COLUMNS=80
/// dialogue … | less` fits 80 columns), otherwise the terminal's own width when standard output is
/// a terminal. Output piped without `COLUMNS`, and files written with `--output`, keep every
/// character, so programs and spreadsheets never get a cut value.
enum TerminalWidth {
  /// The width standard output is fitted to, or `nil` for none.
  static func forStandardOutput() -> Int? {
    if let text = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(text), columns > 0 {
      return columns
    }
    guard isatty(1) == 1 else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
