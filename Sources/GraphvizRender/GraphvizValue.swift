/// The value of one Graphviz attribute, stating how Graphviz must read it.
///
/// Graphviz interprets plain attribute strings: in labels it decodes HTML entities (`&amp;`) and
/// expands backslash escapes (`\N` becomes the node's name, `\n`, `\l`, `\r` break lines).
/// Text from datasets is untrusted, so the default is ``text(_:)``, which shows exactly the
/// characters given; ``html(_:)`` is an HTML-like label; ``raw(_:)`` hands the string to
/// Graphviz unchanged, escapes included.
///
/// A string literal is ``text(_:)``: `node.attributes["shape"] = "box"`. Escaping a value that
/// contains neither `\` nor `&` changes nothing, so colours, shapes and numbers are unaffected.
///
/// ```swift
/// var node = GraphvizNode(id: "n1")
/// node.attributes["label"] = .text(#"C:\N & co"#)        // shown literally
/// node.attributes["xlabel"] = .html("<B>bold</B>")        // HTML-like label
/// node.attributes["label"] = .raw(#"left\l"#)             // Graphviz escapes on purpose
/// ```
public enum GraphvizValue: Sendable, Hashable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// Literal text: every character is shown as given (line feeds break lines).
  case text(String)
  /// An HTML-like label (the part between `<` and `>` in DOT), interned with `agstrdup_html`.
  case html(String)
  /// A value passed to `agsafeset` unchanged; Graphviz expands its escapes and entities.
  case raw(String)

  /// Creates a ``text(_:)`` value from a string literal.
  public init(stringLiteral value: String) {
    self = .text(value)
  }

  /// The value as written in DOT-like notation, for diagnostics.
  public var description: String {
    switch self {
    case .text(let text): return "text(\(text.debugDescription))"
    case .html(let html): return "html(<\(html)>)"
    case .raw(let raw): return "raw(\(raw.debugDescription))"
    }
  }

  /// The string handed to Graphviz (`agsafeset`, `agattr`): text escaped so Graphviz shows it
  /// literally, HTML and raw values unchanged.
  ///
  /// Graphviz decodes entities first and backslash escapes second (`make_label`), so `&` becomes
  /// `&amp;` and `\` becomes `\\`; nothing else in a label is special.
  /// - Complexity: O(*n*) in the length of the value.
  var graphvizString: String {
    switch self {
    case .text(let text): return GraphvizValue.escapedText(text)
    case .html(let html): return html
    case .raw(let raw): return raw
    }
  }

  /// Whether Graphviz must intern the value as HTML (`agstrdup_html`).
  var isHTML: Bool {
    if case .html = self { return true }
    return false
  }

  /// Escapes literal text for a Graphviz label: `\` → `\\`, `&` → `&amp;`; control characters
  /// other than tab, line feed and carriage return, and U+FFFE/U+FFFF, become U+FFFD, because
  /// Graphviz copies them into its SVG output, where XML 1.0 forbids them (the file would not open).
  /// - Complexity: O(*n*) in the length of `text`.
  static func escapedText(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "&" || isForbiddenControl($0) }) else {
      return text
    }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped += "\\\\"
      case "&": escaped += "&amp;"
      default: escaped.unicodeScalars.append(isForbiddenControl(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return escaped
  }

  /// Characters XML 1.0 does not allow at all (§2.2 `Char`): the C0 controls other than tab, line
  /// feed and carriage return, and the noncharacters U+FFFE and U+FFFF.
  static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
      || scalar.value == 0xFFFF
  }
}

/// Named attributes of one Graphviz object (graph, node, edge, subgraph, or a default set).
///
/// Attributes are applied in ascending name order, so the same attributes always produce the
/// same calls into Graphviz and the same output bytes.
public struct GraphvizAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
  /// The values by attribute name (`"label"`, `"shape"`, `"rankdir"`…).
  public private(set) var values: [String: GraphvizValue]

  /// Creates an empty attribute set.
  public init() {
    values = [:]
  }

  /// Creates attributes from a dictionary literal; a repeated name keeps its last value.
  public init(dictionaryLiteral elements: (String, GraphvizValue)...) {
    values = Dictionary(elements, uniquingKeysWith: { _, last in last })
  }

  /// The value of attribute `name`, or `nil`; assigning `nil` removes it.
  /// - Complexity: O(1) on average.
  public subscript(name: String) -> GraphvizValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// Whether no attribute is set.
  public var isEmpty: Bool { values.isEmpty }

  /// The attributes in ascending name order, as they are applied.
  /// - Complexity: O(*k* log *k*) for *k* attributes.
  public var sorted: [(name: String, value: GraphvizValue)] {
    values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
  }
}
