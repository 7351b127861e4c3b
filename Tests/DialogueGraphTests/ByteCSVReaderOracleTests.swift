import CSV
import Foundation
import Testing

@testable import DialogueGraph

/// The proof that the hand-written ``ByteCSVReader`` reads CSV exactly as CSV.swift does (see the
/// comment at ``ByteCSVReader``): thousands of seeded inputs, each read by both.
///
/// The rule, stated precisely for every input:
/// - if `ByteCSVReader` accepts, CSV.swift reports no error and returns **identical rows**
///   (including `[""]` for empty lines and ragged rows as they are);
/// - if `ByteCSVReader` rejects, the reason is checked against the bytes and against CSV.swift:
///   - invalid UTF-8 at offset k: the bytes before k are valid UTF-8, no well-formed sequence starts
///     at k, and CSV.swift reports `CSVError.unicodeDecoding` — unless the file starts with a
///     UTF-16/UTF-32 byte-order mark, which CSV.swift skips (then k must be 0);
///   - NUL at offset k: `bytes[k] == 0` and the bytes before are valid; CSV.swift, which keeps NUL as
///     data, reports an error exactly when the bytes after k are not valid UTF-8;
///   - unterminated quote at offset k: `bytes[k]` is `"`, CSV.swift reports no error, returns our
///     complete rows before it, and returns the rest of the file (with `""` undone) as its last field;
///   - text after a closing quote at offset k: `bytes[k-1]` is `"` and `bytes[k]` is not a comma or
///     line break; CSV.swift reports no error (it keeps going with corrupted data);
///   - in every case, the reported line and column are those of offset k, computed independently.
@Suite struct ByteCSVReaderOracleTests {
  /// What the oracle returns.
  struct OracleResult {
    var rows: [[String]]
    var failed: Bool
  }

  static func oracle(_ bytes: [UInt8]) throws -> OracleResult {
    let reader = try CSVReader(stream: InputStream(data: Data(bytes)), hasHeaderRow: false)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    return OracleResult(rows: rows, failed: reader.error != nil)
  }

  /// The line and column of a byte offset, computed independently of the reader.
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lines = 1
    var lineStart = bom
    var i = bom
    while i < offset {
      switch bytes[i] {
      case 0x0A:
        lines += 1
        lineStart = i + 1
      case 0x0D:
        let crlf = i + 1 < bytes.count && bytes[i + 1] == 0x0A
        lines += 1
        lineStart = crlf ? i + 2 : i + 1
        if crlf { i += 1 }
      default: break
      }
      i += 1
    }
    let text = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
    return (lines, text.unicodeScalars.count + 1)
  }

  static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    String(validating: Array(bytes), as: UTF8.self) != nil
  }

  /// Our reader's rows up to the first error, the fields of the record it was reading, and the error.
  static func ourRows(_ bytes: [UInt8]) -> (rows: [[String]], partial: [String], error: CSVSyntaxError?) {
    bytes.withUnsafeBufferPointer { buffer in
      var rows: [[String]] = []
      var fields: [ByteCSVReader.Field] = []
      do throws(CSVSyntaxError) {
        var reader = try ByteCSVReader(bytes: buffer)
        do throws(CSVSyntaxError) {
          while try reader.nextRecord(into: &fields) != nil { rows.append(fields.map { reader.string($0) }) }
        } catch {
          return (rows, fields.map { reader.string($0) }, error)
        }
        return (rows, [], nil)
      } catch {
        return ([], [], error)
      }
    }
  }

  /// Checks one input against the rule; returns a description of the first disagreement, or nil.
  static func disagreement(_ bytes: [UInt8]) throws -> String? {
    let theirs = try oracle(bytes)
    let ours = ourRows(bytes)
    guard let error = ours.error else {
      if theirs.failed { return "CSV.swift failed, we accepted" }
      return ours.rows == theirs.rows ? nil : "rows differ: ours \(ours.rows) theirs \(theirs.rows)"
    }
    let k = error.byteOffset
    let expected = position(of: k, in: bytes)
    guard (error.line, error.column) == expected else { return "position \(error) expected \(expected)" }
    switch error.kind {
    case .invalidUTF8:
      let foreignBOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      if foreignBOM { return k == 0 ? nil : "foreign BOM but error at \(k)" }
      guard isValidUTF8(bytes[..<k]) else { return "bytes before \(k) are not valid" }
      for end in (k + 1)...min(bytes.count, k + 4) where isValidUTF8(bytes[..<end]) {
        return "a valid sequence starts at \(k)"
      }
      return theirs.failed ? nil : "CSV.swift accepted invalid UTF-8"
    case .nulByte:
      if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return k == 0 ? nil : "NUL BOM but error at \(k)" }
      guard bytes[k] == 0, isValidUTF8(bytes[..<k]), !bytes[..<k].contains(0) else { return "not a first NUL" }
      let restInvalid = !isValidUTF8(bytes[(k + 1)...])
      return theirs.failed == restInvalid ? nil : "CSV.swift error \(theirs.failed), rest invalid \(restInvalid)"
    case .unterminatedQuote:
      guard bytes[k] == UInt8(ascii: "\""), !theirs.failed else { return "not an unterminated quote" }
      let rest = String(decoding: bytes[(k + 1)...], as: UTF8.self).replacingOccurrences(of: "\"\"", with: "\"")
      let expectedRows = ours.rows + [ours.partial + [rest]]
      return theirs.rows == expectedRows ? nil : "CSV.swift \(theirs.rows) ≠ \(expectedRows)"
    case .textAfterClosingQuote:
      guard k > 0, bytes[k - 1] == UInt8(ascii: "\""), ![0x2C, 0x0A, 0x0D].contains(bytes[k]) else {
        return "no text after a quote at \(k)"
      }
      return theirs.failed ? "CSV.swift failed on valid UTF-8" : nil
    }
  }

  @Test func agreesWithCSVSwiftOnSixThousandGeneratedInputs() throws {
    var generator = CSVInputGenerator(seed: 0x00C5_5EED)
    var failures: [String] = []
    var kinds: [String: Int] = [:]
    for n in 0..<6_000 {
      let bytes = generator.next()
      do {
        _ = try ByteCSVReader.rows(of: bytes)
        kinds["accepted", default: 0] += 1
      } catch {
        kinds["\(error.kind)", default: 0] += 1
      }
      if let problem = try Self.disagreement(bytes), failures.count < 5 {
        failures.append("input #\(n) \(bytes): \(problem)")
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    // The generator must exercise every outcome, or the proof proves little.
    #expect(kinds["accepted", default: 0] >= 2_000, "\(kinds)")
    for kind in ["invalidUTF8", "nulByte", "unterminatedQuote", "textAfterClosingQuote"] {
      #expect(kinds[kind, default: 0] >= 50, "\(kind): \(kinds)")
    }
  }

  @Test(arguments: [
    ("", [[String]]()),
    ("\n", [[""]]),
    ("a,b\n", [["a", "b"]]),
    ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
    ("a\rb\r\n\nc", [["a"], ["b"], [""], ["c"]]),
    ("\"x,\"\"y\"\"\nz\",\n", [["x,\"y\"\nz", ""]]),
    ("\u{FEFF}id,label\r\n", [["id", "label"]]),
    ("a\"b, c ", [["a\"b", " c "]]),
  ])
  func readsTheseExactlyAsCSVSwift(text: String, rows: [[String]]) throws {
    let bytes = Array(text.utf8)
    #expect(try ByteCSVReader.rows(of: bytes) == rows)
    #expect(try Self.oracle(bytes).rows == rows)
  }
}
