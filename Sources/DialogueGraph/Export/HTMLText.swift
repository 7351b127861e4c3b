/// Escaping of untrusted text (dataset labels, notes, citations, ids) for HTML: the report and the
/// explorer.
///
/// One function serves element content and attribute values alike (the report always quotes
/// attribute values with `"`):
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, so text can
///   neither open a tag nor leave an attribute value;
/// - **control characters** (C0 other than tab and line feed, DEL, C1) and the non-characters
///   U+FFFE/U+FFFF are replaced by U+FFFD `�` (they are not allowed in HTML text and some are not
///   allowed in XML at all, which would stop the report from parsing as XHTML);
/// - **bidirectional overrides and isolates** (U+202A–U+202E, U+2066–U+2069) are shown as
///   `\u{202e}`-style escapes, so a label cannot reorder the text that follows it on screen;
/// - a carriage return becomes a line feed.
///
/// The output contains only the five references above and literal Unicode, so it is valid HTML5
/// and well-formed XML at once.
///
/// ```swift
/// HTMLText.escaped(#""><img src=x onerror=alert(1)>"#)
/// // "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
/// ```
public enum HTMLText {
  /// Appends `text` escaped for element content or a quoted attribute value.
  /// - Complexity: O(length of `text`).
  public static func append(_ text: String, to out: inout String) {
    for scalar in text.unicodeScalars {
      if let reference = XMLText.markupReference(for: scalar, apostrophe: "&#39;") {
        out += reference
      } else if scalar == "\r" {
        out += "\n"
      } else if isBidiControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else if isForbidden(scalar) {
        out.unicodeScalars.append("\u{FFFD}")
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// `text` escaped (see ``append(_:to:)``).
  /// - Complexity: O(length of `text`).
  public static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    append(text, to: &out)
    return out
  }

  /// Control characters other than tab and line feed, and the non-characters U+FFFE, U+FFFF.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA: false
    case 0x0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// The embedding and override controls (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI,
  /// FSI, PDI).
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}
