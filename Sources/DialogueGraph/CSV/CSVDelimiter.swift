/// The character that separates the fields of a CSV file: a comma (RFC 4180), or a semicolon or tab,
/// which spreadsheets write in much of Europe (where the comma is the decimal separator).
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  case comma = 0x2C
  case semicolon = 0x3B
  case tab = 0x09

  /// The delimiter as people name it in messages: `','`, `';'`, `tab`.
  public var description: String {
    switch self {
    case .comma: "','"
    case .semicolon: "';'"
    case .tab: "tab"
    }
  }

  /// The delimiter every CSV table is read with, or `nil` to detect it from each file's header line
  /// (the default). A command-line tool may set it once at start-up, before loading
  /// (`nonisolated(unsafe)`: written only then, from one thread), as it sets ``InputLimits/current``.
  nonisolated(unsafe) public static var forced: CSVDelimiter?

  /// The delimiter of a table whose bytes are `bytes`, judged from its first non-blank line.
  ///
  /// Definition: the candidate (comma, semicolon, tab) occurring most often outside quotes on the
  /// header line; a tie, or a line with none of them (a one-column table), means comma. A header
  /// is column names, which rarely hold any of the three, so the count is a reliable signal.
  /// - Complexity: O(length of the header line).
  static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
    var counts: [CSVDelimiter: Int] = [:]
    var i = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    while i < bytes.count, bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }  // blank lines
    var quoted = false
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted {
        if b == 0x0A || b == 0x0D { break }
        if let candidate = CSVDelimiter(rawValue: b) { counts[candidate, default: 0] += 1 }
      }
      i += 1
    }
    let comma = counts[.comma] ?? 0
    let best = [CSVDelimiter.semicolon, .tab].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }!
    return (counts[best] ?? 0) > comma ? best : .comma
  }
}
