import Foundation

extension NetworkView {
  /// The view as Graphviz DOT text — a plain-text export for other tools (nothing is laid out or
  /// rendered here; the diagrams module does that).
  ///
  /// ```dot
  /// digraph "gamm" {
  ///   "DE" [label="Germany", kind="member-state", start="1958-01-01", …];
  ///   "DE" -> "mp-moldova" [key="de-mp-moldova", kind="participates-in", weight="1", …];
  /// }
  /// ```
  /// - A `digraph` (not `strict`, so parallel edges stay), named after the network.
  /// - Every id, attribute name and value is a double-quoted string. Nodes carry `label` and the
  ///   other fields of ``ExportFields`` by name; edges carry `key` = the edge id (Graphviz's cgraph
  ///   uses `key` as the edge's name, so parallel edges stay distinct and keep their ids), then their
  ///   fields. Extra attributes pass through by name, after the standard ones; a name Graphviz knows
  ///   (`color`, `shape`…) takes effect if the file is rendered.
  /// - **Escaping**: inside a quoted string `"` becomes `\"` and `\` becomes `\\`; a line break (LF,
  ///   CRLF or CR) becomes `\n`, so labels render as the plain text they are (Graphviz's label
  ///   escapes `\N`, `\G`, `\l`… cannot be triggered from data). Other control characters (C0 and
  ///   U+007F; tab is kept) and the noncharacters U+FFFE, U+FFFF are replaced by U+FFFD, as in the
  ///   XML exports, so an SVG rendered from the file stays well-formed. In `label` values `&` is
  ///   written `&amp;`, because Graphviz decodes entities in labels: a label `&lt;b&gt;` then
  ///   renders as those very characters, not as `<b>`.
  ///
  /// Same view, same bytes.
  /// - Throws: ``ExportError/reservedAttributeName(_:element:format:)`` for an extra attribute named
  ///   like a standard field (or `key` on edges); ``ExportError/idCollision(first:second:format:)``
  ///   for two ids that are written alike (they differ only in replaced characters or line breaks).
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func dot() throws(ExportError) -> String {
    _ = try ExportFields.checkedAttributeNames(
      of: self, format: "DOT", reservedEdgeNames: ["key"], written: DOTText.quoted)
    var out = "digraph " + DOTText.quoted(network.name) + " {\n"
    for node in nodes {
      out += "  " + DOTText.quoted(node.id) + " ["
      let values = ExportFields.standardValues(of: node).map { ($0.name, $0.value.text) }
      DOTText.appendAttributes(values + ExportFields.extraValues(node.attributes), to: &out)
      out += "];\n"
    }
    for edge in edges {
      out += "  " + DOTText.quoted(edge.source) + " -> " + DOTText.quoted(edge.target) + " ["
      let values = [("key", edge.id)] + ExportFields.standardValues(of: edge).map { ($0.name, $0.value.text) }
      DOTText.appendAttributes(values + ExportFields.extraValues(edge.attributes), to: &out)
      out += "];\n"
    }
    out += "}\n"
    return out
  }
}

/// Quoting of untrusted text as DOT double-quoted strings (see ``NetworkView/dot()``).
enum DOTText {
  /// `text` as a DOT double-quoted string.
  /// - Complexity: O(length of `text`).
  static func quoted(_ text: String) -> String {
    var out = "\""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\r": out += "\\n"
      case "\n": if !previousWasCR { out += "\\n" }
      case "\t": out += "\t"
      default:
        let replaced =
          scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        out.unicodeScalars.append(replaced ? "\u{FFFD}" : scalar)
      }
    }
    return out + "\""
  }

  /// Appends `name="value", …`; a `label` value has its `&` written as `&amp;` (Graphviz decodes
  /// entities in labels).
  static func appendAttributes(_ attributes: [(String, String)], to out: inout String) {
    for (i, (name, value)) in attributes.enumerated() {
      if i > 0 { out += ", " }
      let shown = name == "label" ? value.replacingOccurrences(of: "&", with: "&amp;") : value
      out += quoted(name) + "=" + quoted(shown)
    }
  }
}
