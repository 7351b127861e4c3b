/// Text made safe to show on a terminal: dataset values, ids and paths are untrusted, and a control
/// character (an escape sequence that moves the cursor or retitles the window, a carriage return
/// that overwrites the line) or a bidirectional override (which reorders what follows, so `AT` can
/// display as `TA`) must not reach the terminal raw.
///
/// Each such character is shown as its code point, `<U+001B>`, so the reader sees that it is there.
/// Line feeds, tabs and CRLF line endings are kept in ``safe(_:keepingLines:)`` for multi-line
/// output (tables, CSV) and escaped otherwise, so that an error stays one line even when a path holds a newline.
enum TerminalText {
  /// `text` with control characters (C0, DEL, C1) and bidirectional formatting characters
  /// (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) replaced by `<U+XXXX>`.
  /// - Parameter keepingLines: keep `\n`, `\t` and `\r\n` (for tables, CSV, multi-line messages).
  /// - Complexity: O(length of `text`).
  static func safe(_ text: String, keepingLines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    for (i, scalar) in scalars.enumerated() {
      // A CSV's CRLF line ending stays a line ending.
      let lineEnding = keepingLines && scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
      if !lineEnding && needsEscape(scalar, keepingLines: keepingLines) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `scalar` must not reach a terminal raw.
  static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: !keepingLines
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
