/// A JSON value that remembers the line it starts on, read by ``LocatedJSON/parse(_:)``.
///
/// Why not `JSONSerialization`: it reports neither the line of a value nor, on Linux, the line of a
/// syntax error, and node-link files need both for messages such as `network.json:412: edge
/// without "target"`. This reader is RFC 8259 JSON, strict (no comments, trailing commas, NaN), with
/// a nesting limit (``depthLimit``) so a hostile file cannot exhaust the stack.
indirect enum LocatedJSON {
  case object([(key: String, value: LocatedJSON)], line: Int)
  case array([LocatedJSON], line: Int)
  case string(String, line: Int)
  /// A number, as written (so `3` stays `3`) and as a value.
  case number(text: String, value: Double, line: Int)
  case bool(Bool, line: Int)
  case null(line: Int)

  /// The deepest nesting of arrays and objects accepted.
  static let depthLimit = 128

  /// A syntax error at a line and column.
  struct SyntaxError: Error {
    let line: Int
    let column: Int
    let message: String
  }

  var line: Int {
    switch self {
    case .object(_, let line), .array(_, let line), .string(_, let line), .number(_, _, let line),
      .bool(_, let line), .null(let line):
      line
    }
  }

  /// The value of `key` in an object (the last one when repeated), `nil` otherwise.
  subscript(key: String) -> LocatedJSON? {
    guard case .object(let members, _) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// Parses a whole document.
  static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> LocatedJSON {
    var reader = Reader(bytes: bytes)
    // A UTF-8 byte order mark is tolerated.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
    reader.skipSpace()
    let value = try reader.value(depth: 0)
    reader.skipSpace()
    if reader.position < bytes.count { throw reader.error("extra text after the JSON value") }
    return value
  }

  private struct Reader {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> SyntaxError {
      SyntaxError(line: line, column: position - lineStart + 1, message: message)
    }

    mutating func skipSpace() {
      while position < bytes.count {
        switch bytes[position] {
        case UInt8(ascii: "\n"):
          line += 1
          lineStart = position + 1
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
        default: return
        }
        position += 1
      }
    }

    mutating func value(depth: Int) throws(SyntaxError) -> LocatedJSON {
      guard position < bytes.count else { throw error("the document ends where a value was expected") }
      let start = line
      switch bytes[position] {
      case UInt8(ascii: "{"):
        guard depth < LocatedJSON.depthLimit else { throw error("nested deeper than \(LocatedJSON.depthLimit)") }
        position += 1
        var members: [(key: String, value: LocatedJSON)] = []
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
          position += 1
          return .object(members, line: start)
        }
        while true {
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw error("a member name in double quotes expected")
          }
          let key = try string()
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("':' expected") }
          position += 1
          skipSpace()
          members.append((key, try value(depth: depth + 1)))
          skipSpace()
          guard position < bytes.count else { throw error("the document ends inside an object") }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
            continue
          }
          if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members, line: start)
          }
          throw error("',' or '}' expected")
        }
      case UInt8(ascii: "["):
        guard depth < LocatedJSON.depthLimit else { throw error("nested deeper than \(LocatedJSON.depthLimit)") }
        position += 1
        var elements: [LocatedJSON] = []
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
          position += 1
          return .array(elements, line: start)
        }
        while true {
          skipSpace()
          elements.append(try value(depth: depth + 1))
          skipSpace()
          guard position < bytes.count else { throw error("the document ends inside an array") }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
            continue
          }
          if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements, line: start)
          }
          throw error("',' or ']' expected")
        }
      case UInt8(ascii: "\""):
        return .string(try string(), line: start)
      case UInt8(ascii: "t"):
        try literal("true")
        return .bool(true, line: start)
      case UInt8(ascii: "f"):
        try literal("false")
        return .bool(false, line: start)
      case UInt8(ascii: "n"):
        try literal("null")
        return .null(line: start)
      default:
        return try number(line: start)
      }
    }

    mutating func literal(_ word: String) throws(SyntaxError) {
      let expected = Array(word.utf8)
      guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected
      else { throw error("a JSON value expected (\(word)?)") }
      position += expected.count
    }

    mutating func number(line: Int) throws(SyntaxError) -> LocatedJSON {
      let start = position
      func digits() -> Int {
        let from = position
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
        return position - from
      }
      if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
      guard digits() > 0 else { throw error("a JSON value expected") }
      if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
        position += 1
        guard digits() > 0 else { throw error("digits expected after '.'") }
      }
      if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
          position += 1
        }
        guard digits() > 0 else { throw error("digits expected in the exponent") }
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      guard let value = Double(text), value.isFinite else { throw error("number out of range: \(text)") }
      return .number(text: text, value: value, line: line)
    }

    /// A string starting at the opening quote; escapes decoded, UTF-8 checked.
    mutating func string() throws(SyntaxError) -> String {
      position += 1
      var scalars = String.UnicodeScalarView()
      var runStart = position
      func flush(_ end: Int) throws(SyntaxError) {
        guard end > runStart else { return }
        guard let text = String(validating: bytes[runStart..<end], as: UTF8.self) else {
          throw error("invalid UTF-8 in a string")
        }
        scalars.append(contentsOf: text.unicodeScalars)
      }
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          try flush(position)
          position += 1
          return String(scalars)
        }
        if byte < 0x20 { throw error("a control character inside a string (escape it)") }
        if byte == UInt8(ascii: "\\") {
          try flush(position)
          position += 1
          guard position < bytes.count else { break }
          let escape = bytes[position]
          position += 1
          switch escape {
          case UInt8(ascii: "\""): scalars.append("\"")
          case UInt8(ascii: "\\"): scalars.append("\\")
          case UInt8(ascii: "/"): scalars.append("/")
          case UInt8(ascii: "b"): scalars.append("\u{8}")
          case UInt8(ascii: "f"): scalars.append("\u{C}")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code), bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u")
            {
              position += 2
              let low = try hex4()
              guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in \\u escapes") }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw error("a lone surrogate in \\u escapes") }
            scalars.append(scalar)
          default: throw error("unknown escape \\\(Character(Unicode.Scalar(escape)))")
          }
          runStart = position
          continue
        }
        position += 1
      }
      throw error("the document ends inside a string")
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
      guard bytes.count - position >= 4 else { throw error("four hex digits expected after \\u") }
      var code: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[position] | 0x20
        let digit: UInt8
        switch byte {
        case 48...57: digit = byte - 48
        case 97...102: digit = byte - 87
        default: throw error("four hex digits expected after \\u")
        }
        code = code << 4 | UInt32(digit)
        position += 1
      }
      return code
    }
  }
}
