/// A JSON document with object keys kept in the order they were given.
///
/// Written by hand rather than with `JSONEncoder`: the toolkit's JSON outputs are documented with a
/// fixed field order (`id, label, kind, value`), and `JSONEncoder` offers only alphabetical order or
/// an unspecified one. Strings are escaped per RFC 8259 (quotes, backslashes, all control characters,
/// and U+2028/U+2029, so the output can also be embedded in a `<script>` or HTML attribute safely
/// once `<`, `>` and `&` are escaped too — which `escapingHTMLSensitiveCharacters` does).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  /// The serialized text. `pretty` indents nested values with two spaces.
  ///
  /// - Parameter escapingHTMLSensitiveCharacters: also writes `<`, `>` and `&` as `\u003c`, `\u003e`,
  ///   `\u0026`, so the JSON can sit inside an HTML `<script>` element.
  /// - Complexity: O(size of the document).
  public func serialized(pretty: Bool = false, escapingHTMLSensitiveCharacters: Bool = false) -> String {
    var out = ""
    write(into: &out, pretty: pretty, depth: 0, html: escapingHTMLSensitiveCharacters)
    return out
  }

  private func write(into out: inout String, pretty: Bool, depth: Int, html: Bool) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .integer(let i): out += String(i)
    case .number(let d): out += JSONValue.format(d)
    case .string(let s): JSONValue.quote(s, into: &out, html: html)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: depth + 1) }
        item.write(into: &out, pretty: pretty, depth: depth + 1, html: html)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: depth) }
      out += "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (key, value)) in fields.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: depth + 1) }
        JSONValue.quote(key, into: &out, html: html)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, depth: depth + 1, html: html)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: depth) }
      out += "}"
    }
  }

  /// Shortest text that reads back as the same `Double`; JSON has no NaN or infinity, so those are `null`.
  static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
    return "\(d)"
  }

  static func quote(_ s: String, into out: inout String, html: Bool) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<" where html, ">" where html, "&" where html, "\u{2028}", "\u{2029}":
        out += unicodeEscape(scalar.value)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += unicodeEscape(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension JSONValue {
  /// This object with one more key at its end (any other value is returned unchanged).
  public func adding(_ key: String, _ value: JSONValue) -> JSONValue {
    guard case .object(let pairs) = self else { return self }
    return .object(pairs + [(key, value)])
  }
}
