/// Makes dataset text safe to print on a terminal outside a ``ResultTable``.
enum TerminalText {
  /// Replaces control characters (ESC included, so no escape sequence can reach the terminal) with
  /// `�`, line breaks with `↵`, and drops bidirectional overrides that could reorder the line —
  /// the same rule as the aligned tables.
  static func visible(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x0A: out += "↵"
      case 0x09: out += " "
      case 0x00..<0x20, 0x7F, 0x80..<0xA0: out += "�"
      case 0x202A...0x202E, 0x2066...0x2069: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
