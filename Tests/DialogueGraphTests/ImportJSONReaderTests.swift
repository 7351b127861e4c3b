import Foundation
import Testing

@testable import DialogueGraph

/// The node-link importer's hand-written JSON reader (``LocatedJSON``) against Foundation's
/// `JSONSerialization` on seeded random documents, and on the edge cases of RFC 8259.
@Suite struct ImportJSONReaderTests {
  /// A seeded random JSON document with nested objects and arrays, escapes, non-ASCII text,
  /// surrogate pairs and numbers in every notation.
  static func document(_ random: inout SplitMix64, depth: Int = 0) -> String {
    let choice = depth > 4 ? random.next() % 4 : random.next() % 6
    switch choice {
    case 0:
      let pieces = ["a", "é", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "😀", "\\/", "\\t", " ", "中"]
      return "\""
        + (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
        .joined() + "\""
    case 1:
      let numbers = ["0", "-0", "12", "-3.25", "1e3", "2.5E-2", "1E+2", "123456789012", "0.1"]
      return numbers[Int(random.next() % UInt64(numbers.count))]
    case 2: return ["true", "false", "null"][Int(random.next() % 3)]
    case 3: return "\"id-\(random.next() % 100)\""
    case 4:
      let count = Int(random.next() % 4)
      return "[" + (0..<count).map { _ in document(&random, depth: depth + 1) }.joined(separator: " ,\n ") + "]"
    default:
      let count = Int(random.next() % 4)
      return "{"
        + (0..<count).map { i in "\"k\(i)\" :\t" + document(&random, depth: depth + 1) }.joined(separator: ",\r\n")
        + "}"
    }
  }

  /// A canonical text of the reader's value (object keys sorted; booleans as 1/0, since
  /// Foundation on Linux gives them as numbers).
  static func canonical(_ value: LocatedJSON) -> String {
    switch value {
    case .object(let members, _):
      var last: [String: LocatedJSON] = [:]
      for (key, value) in members { last[key] = value }
      return "{" + last.keys.sorted().map { "\($0.debugDescription):\(canonical(last[$0]!))" }.joined(separator: ",")
        + "}"
    case .array(let elements, _): return "[" + elements.map(canonical).joined(separator: ",") + "]"
    case .string(let s, _): return s.debugDescription
    case .number(_, let value, _): return "\(value == 0 ? 0 : value)"  // -0 is 0
    case .bool(let b, _): return b ? "1.0" : "0.0"
    case .null: return "null"
    }
  }

  /// The same canonical text of a `JSONSerialization` value.
  static func canonical(_ value: Any) -> String {
    switch value {
    case let dictionary as [String: Any]:
      return "{"
        + dictionary.keys.sorted().map { "\($0.debugDescription):\(canonical(dictionary[$0]!))" }
        .joined(separator: ",") + "}"
    case let array as [Any]: return "[" + array.map { canonical($0) }.joined(separator: ",") + "]"
    case let string as String: return string.debugDescription
    case let number as NSNumber: return "\(number.doubleValue)"
    case is NSNull: return "null"
    default: return "?\(value)"
    }
  }

  @Test func agreesWithJSONSerializationOnRandomDocuments() throws {
    var random = SplitMix64(seed: 0x15_0B)
    for index in 0..<400 {
      let text = "{\"doc\": " + Self.document(&random) + "}"
      let ours = try LocatedJSON.parse(Array(text.utf8))
      let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8))
      #expect(Self.canonical(ours) == Self.canonical(theirs), "document \(index): \(text)")
    }
  }

  @Test func rejectsWhatJSONRejectsWithLineAndColumn() {
    let bad: [(String, Int, Int)] = [
      ("{\"a\": 1,}", 1, 9), ("[1, 2", 1, 6), ("{\"a\" 1}", 1, 6), ("[01]", 1, 3), ("[1.]", 1, 4),
      ("\"\\x\"", 1, 4), ("\"\\ud800\"", 1, 8), ("[\n\ttrue,\n\tnul]", 3, 2), ("\"tab\there\"", 1, 5),
      ("{} {}", 1, 4), ("[1e400]", 1, 7), ("", 1, 1), (String(repeating: "[", count: 200), 1, 129),
    ]
    for (text, line, column) in bad {
      do {
        _ = try LocatedJSON.parse(Array(text.utf8))
        Issue.record("accepted \(text.debugDescription)")
      } catch {
        #expect((error.line, error.column) == (line, column), "\(text.debugDescription): \(error.message)")
      }
    }
  }

  @Test func valuesRememberTheirLines() throws {
    let text = "{\n \"nodes\": [\n  {\"id\": 1},\n\n  {\"id\": \"b\"}\n ]\n}"
    let root = try LocatedJSON.parse(Array(text.utf8))
    guard case .array(let nodes, let line)? = root["nodes"] else {
      Issue.record("no nodes")
      return
    }
    #expect(line == 2 && nodes.map(\.line) == [3, 5])
    guard case .number(let written, _, _)? = nodes[0]["id"] else {
      Issue.record("no number id")
      return
    }
    #expect(written == "1", "a numeric id keeps its written form")
  }
}
