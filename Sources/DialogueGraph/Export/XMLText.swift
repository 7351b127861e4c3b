/// Escaping of untrusted text for XML 1.0 documents (GraphML, GEXF, and the HTML-like labels of
/// Graphviz diagrams, which Graphviz reads with an XML parser).
///
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&apos;`, in element
///   content and attribute values alike.
/// - Tab, line feed and carriage return are written as the character references `&#9;`, `&#10;` and
///   `&#13;`: XML parsers normalise raw ones (a line break inside an attribute value turns into a
///   space, a carriage return anywhere into a line feed), the references survive.
/// - Characters that XML 1.0 forbids outright (§2.2 `Char`: the C0 controls other than tab, line
///   feed and carriage return, and U+FFFE, U+FFFF) cannot be written even as references; each is
///   **replaced by U+FFFD REPLACEMENT CHARACTER** (`�`). (Lone surrogates cannot occur in a Swift
///   `String`.) C1 controls (U+0080–U+009F) and U+007F are allowed by XML 1.0 and kept.
public enum XMLText {
  /// Whether XML 1.0 allows the scalar in a document (§2.2, production `Char`).
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `text` with forbidden characters replaced by U+FFFD (not escaped): the value a reader gets back.
  public static func sanitized(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
    return String(result)
  }

  /// Appends `text` escaped for element content or a double- or single-quoted attribute value.
  /// - Complexity: O(length of `text`).
  public static func append(_ text: String, to out: inout String) {
    for scalar in text.unicodeScalars {
      if let reference = markupReference(for: scalar) {
        out += reference
        continue
      }
      switch scalar {
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
  }

  /// The reference for one of the five characters markup gives a meaning to (`&`, `<`, `>`, `"`,
  /// `'`), or nil for any other: the one table of them that XML and HTML output share.
  /// `apostrophe` is `&apos;` in XML documents; HTML output writes `&#39;`, which every HTML
  /// version knows.
  public static func markupReference(for scalar: Unicode.Scalar, apostrophe: String = "&apos;") -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "'": apostrophe
    default: nil
    }
  }

  /// `text` escaped (see ``append(_:to:)``).
  public static func escaped(_ text: String) -> String {
    var out = ""
    append(text, to: &out)
    return out
  }

  /// Checks that distinct ids stay distinct once written: `written` gives the form an id takes in
  /// the format (by default ``sanitized(_:)``).
  /// - Throws: ``ExportError/idCollision(first:second:format:)``.
  /// - Complexity: O(total length of the ids) expected.
  static func checkDistinct<S: Sequence>(
    _ ids: S, format: String, written: (String) -> String = sanitized
  ) throws(ExportError) where S.Element == String {
    var seen: [String: String] = [:]
    for id in ids {
      let clean = written(id)
      if let first = seen.updateValue(id, forKey: clean), first != id {
        throw .idCollision(first: first, second: id, format: format)
      }
    }
  }
}
