/// Reads DOT text the way Graphviz does, to check that `dialogue export --format dot` quotes
/// untrusted text so that Graphviz shows it literally.
///
/// Lexing follows Graphviz's lexer for double-quoted strings (checked against `dot` 2.43): inside
/// quotes, `\"` is a quote, `\\` is kept as two characters (so `"x\\"` ends after them), and every
/// other backslash is kept as it is. Displaying follows
/// `make_label`/`strdup_and_subst_obj` for plain (escString) labels: HTML entities are decoded, then
/// `\\` → `\`, `\"` → `"`, `\n` `\l` `\r` → line breaks, and `\N` `\G` `\E` `\T` `\H` `\L` are
/// replaced by object names — which data must never trigger.
enum DOTText {
  /// Why a DOT document is unsafe.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  /// The double-quoted strings of `dot`, unescaped as the lexer does; throws when a string is never
  /// closed or when text outside strings is not DOT punctuation, a keyword, or whitespace.
  static func quotedStrings(in dot: String) throws -> [String] {
    var strings: [String] = []
    var scalars = Array(dot.unicodeScalars)[...]
    var outside = ""
    while let scalar = scalars.popFirst() {
      guard scalar == "\"" else {
        outside.unicodeScalars.append(scalar)
        continue
      }
      var value = ""
      var closed = false
      while let inner = scalars.popFirst() {
        if inner == "\"" {
          closed = true
          break
        }
        if inner == "\\", scalars.first == "\"" {
          value += "\""
          scalars.removeFirst()
        } else if inner == "\\", scalars.first == "\\" {
          value += "\\\\"
          scalars.removeFirst()
        } else {
          value.unicodeScalars.append(inner)
        }
      }
      guard closed else {
        throw Problem(description: "a quoted string is never closed: \(value.prefix(80).debugDescription)")
      }
      strings.append(value)
      outside += " "
    }
    let words = outside.split(whereSeparator: { " \t\n{}[]=,;".contains($0) })
    let allowed: Set<Substring> = ["digraph", "graph", "strict", "node", "edge", "subgraph", "->", "--"]
    if let stray = words.first(where: { !allowed.contains($0) }) {
      throw Problem(description: "text outside quoted strings: \(stray.prefix(80).debugDescription)")
    }
    return strings
  }

  /// What Graphviz shows for the label `value`, or `nil` when it would substitute an object name.
  static func displayed(label value: String) -> String? {
    let decoded = decodingEntities(value)
    var shown = ""
    var scalars = decoded.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let next = scalars.popFirst() else {
        shown.unicodeScalars.append(scalar)
        continue
      }
      switch next {
      case "N", "G", "E", "T", "H", "L": return nil
      case "n", "l", "r": shown += "\n"
      default: shown.unicodeScalars.append(next)
      }
    }
    return shown
  }

  /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#NN;` and `&#xHH;` decoded, as
  /// Graphviz's `htmlEntityUTF8` does for the common cases.
  static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let named: [String: String] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semicolon = after.prefix(10).firstIndex(of: ";") {
        let name = String(after[..<semicolon])
        var replacement: String?
        if let value = named[name] {
          replacement = value
        } else if name.hasPrefix("#x") || name.hasPrefix("#X"),
          let code = UInt32(name.dropFirst(2), radix: 16)
        {
          replacement = Unicode.Scalar(code).map { String($0) }
        } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) {
          replacement = Unicode.Scalar(code).map { String($0) }
        }
        if let replacement {
          out += replacement
          rest = after[after.index(after: semicolon)...]
          continue
        }
      }
      out += "&"
      rest = after
    }
    return out + rest
  }
}
