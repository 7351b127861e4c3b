import Foundation

/// Reads typed cells of the current row of a ``CSVTable``: optional text, shared (interned) text,
/// partial dates and non-negative decimals, reporting malformed values as problems.
struct CellParser {
  /// Shared strings for low-cardinality columns (citations, cities, subtypes…).
  var interner = ByteInterner(capacity: 256)
  /// Per vocabulary column: the distinct values seen and their vocabulary id (`nil`: unknown).
  private var vocabularyValues = [ByteInterner](
    repeating: ByteInterner(capacity: 32), count: VocabularyField.allCases.count)
  private var vocabularyIds = [[String?]](repeating: [], count: VocabularyField.allCases.count)
  /// The vocabulary the cells are checked against.
  let vocabulary: Vocabulary
  /// Known vocabulary values of up to 16 bytes, one table per column, in front of
  /// `vocabularyValues` (see ``ShortKeyCache``).
  private var knownValues = ShortKeyCache(tables: VocabularyField.allCases.count)

  /// A parser checking vocabulary columns against `vocabulary`.
  init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

  /// A vocabulary cell (kind, role, status, confidence) as the vocabulary's id, `nil` when empty.
  ///
  /// Each distinct value is checked once; an unknown value is reported at this row and returned as
  /// written, so that the row is still built.
  mutating func vocabulary(
    _ field: VocabularyField, _ table: CSVTable, _ index: Int?, problems: inout ProblemCollector
  ) -> String? {
    guard let index, !table.isEmpty(index) else { return nil }
    let escaped = table.hasEscapedQuotes(index)
    let key = escaped ? nil : ShortKeyCache.Key(table.bytes(index))
    if let key, let known = knownValues.value(for: key, in: field.rawValue) { return known }
    let text: String
    let canonical: String?
    if escaped {
      text = table.string(index)
      canonical = field.canonical(text, in: vocabulary)
    } else {
      let f = field.rawValue
      let bytes = table.bytes(index)
      let slot = vocabularyValues[f].intern(bytes) { String(decoding: bytes, as: UTF8.self) }
      text = vocabularyValues[f].strings[slot]
      if slot == vocabularyIds[f].count { vocabularyIds[f].append(field.canonical(text, in: vocabulary)) }
      canonical = vocabularyIds[f][slot]
    }
    if let canonical {
      if let key { knownValues.store(canonical, for: key, in: field.rawValue) }
      return canonical
    }
    problems.add(
      DatasetProblem(
        file: table.file, line: table.line, column: index + 1, value: text, expected: field.expected(vocabulary),
        message: field.message(text)))
    return text
  }

  /// The text of a cell, `nil` when empty.
  func text(_ table: CSVTable, _ index: Int?) -> String? {
    guard let index, !table.isEmpty(index) else { return nil }
    return table.string(index)
  }

  /// An id cell's text in Unicode normalisation form C (`nil` when empty): ids that differ only in
  /// how an accented letter is encoded (`é` as one code point or as `e` + U+0301) are one id.
  /// ASCII ids are returned as they are.
  func identifier(_ table: CSVTable, _ index: Int?) -> String? {
    guard let text = text(table, index) else { return nil }
    return Self.normalisedIdentifier(text)
  }

  /// `text` in NFC, untouched when it is ASCII.
  static func normalisedIdentifier(_ text: String) -> String {
    text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
  }

  /// The text of a cell as a shared string, `nil` when empty.
  mutating func shared(_ table: CSVTable, _ index: Int?) -> String? {
    guard let index, !table.isEmpty(index) else { return nil }
    if table.hasEscapedQuotes(index) { return table.string(index) }
    return interner.string(table.bytes(index))
  }

  /// A partial date, `nil` when empty; a malformed or impossible date is reported and read as `nil`.
  func date(_ table: CSVTable, _ index: Int?, column name: String, problems: inout ProblemCollector) -> PartialDate? {
    guard let index, !table.isEmpty(index) else { return nil }
    if let date = PartialDate.parse(table.bytes(index)) { return date }
    let text = table.string(index)
    // Digits and dashes in the right places, but no such day or month: "impossible"; else "bad".
    let shaped = CellParser.hasDateShape(table.bytes(index))
    problems.add(
      DatasetProblem(
        file: table.file, line: table.line, column: index + 1, value: text,
        expected: "a date YYYY, YYYY-MM or YYYY-MM-DD",
        message: shaped
          ? "impossible date \(DatasetProblem.quoted(text)) in column \"\(name)\""
          : "bad date \(DatasetProblem.quoted(text)) in column \"\(name)\""))
    return nil
  }

  /// A decimal number ≥ 0, `nil` when empty; text that is not a plain decimal, or a negative value,
  /// is reported and read as `nil`.
  ///
  /// Accepted: digits with an optional fraction and exponent (`12`, `0.5`, `1.2e6`); not accepted:
  /// `inf`, `nan`, hexadecimal, thousands separators, spaces.
  func decimal(_ table: CSVTable, _ index: Int?, column name: String, problems: inout ProblemCollector) -> Double? {
    guard let index, !table.isEmpty(index) else { return nil }
    let bytes = table.bytes(index)
    if let value = CellParser.parseDecimal(bytes) {
      if value >= 0 { return value }
      problems.add(
        DatasetProblem(
          file: table.file, line: table.line, column: index + 1, value: table.string(index),
          expected: "a decimal number ≥ 0",
          message: "negative number \(DatasetProblem.quoted(table.string(index))) in column \"\(name)\""))
      return nil
    }
    problems.add(
      DatasetProblem(
        file: table.file, line: table.line, column: index + 1, value: table.string(index),
        expected: "a decimal number ≥ 0",
        message: "not a number: \(DatasetProblem.quoted(table.string(index))) in column \"\(name)\""))
    return nil
  }

  /// Whether bytes look like `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits and dashes only).
  static func hasDateShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard [4, 7, 10].contains(bytes.count) else { return false }
    for (i, b) in bytes.enumerated() {
      let wantsDash = i == 4 || i == 7
      guard wantsDash ? b == UInt8(ascii: "-") : (b >= 48 && b <= 57) else { return false }
    }
    return true
  }

  /// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before or after the point).
  static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let n = bytes.count
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
    var digits = 0
    var integer: Int = 0
    var simple = true
    while i < n && isDigit(bytes[i]) {
      if digits < 15 { integer = integer * 10 + Int(bytes[i] - 48) } else { simple = false }
      digits += 1
      i += 1
    }
    if i < n && bytes[i] == UInt8(ascii: ".") {
      simple = false
      i += 1
      while i < n && isDigit(bytes[i]) {
        digits += 1
        i += 1
      }
    }
    guard digits > 0 else { return nil }
    if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      simple = false
      i += 1
      if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
      var exponentDigits = 0
      while i < n && isDigit(bytes[i]) {
        exponentDigits += 1
        i += 1
      }
      guard exponentDigits > 0 else { return nil }
    }
    guard i == n else { return nil }
    if simple { return bytes[0] == UInt8(ascii: "-") ? -Double(integer) : Double(integer) }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
    return value
  }
}

/// Small hash tables from byte strings of at most 16 bytes to strings: per table 256 slots with
/// linear probing, each holding one key (two words and a length) and its value; a table stops
/// taking keys at 128, so lookups stay short and new keys then simply take the slow path.
///
/// Vocabulary cells (kinds, roles, statuses, confidences) come from a dozen values per column, so
/// nearly every lookup hits and costs a few word compares instead of hashing and probing a
/// ``ByteInterner`` (callgrind: about 250 instructions per cell before, about 40 after). The tables
/// share two flat arrays: an array of caches was copied (retaining its arrays) on every lookup.
struct ShortKeyCache {
  /// A byte string of at most 16 bytes packed into two words (zero-padded, little-endian) and its
  /// length.
  struct Key: Equatable {
    var low: UInt64
    var high: UInt64
    var length: Int

    /// The key of `bytes`, or `nil` if longer than 16 bytes. Reads only the bytes themselves
    /// (overlapping loads, shifted), never past their end.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      let n = bytes.count
      guard n <= 16, let base = bytes.baseAddress else { return nil }
      let raw = UnsafeRawPointer(base)
      length = n
      if n >= 8 {
        low = raw.loadUnaligned(as: UInt64.self)
        high = n > 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64((16 - n) * 8) : 0
      } else if n >= 4 {
        let first = UInt64(raw.loadUnaligned(as: UInt32.self))
        let last = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) >> UInt64((8 - n) * 8)
        low = first | last << 32
        high = 0
      } else {
        var word: UInt64 = 0
        for i in 0..<n { word |= UInt64(base[i]) << UInt64(8 * i) }
        low = word
        high = 0
      }
    }

    /// The first slot to probe in a 256-slot table (multiplicative hashing, top eight bits).
    var slot: Int {
      let mixed = (low ^ high &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
      return Int(truncatingIfNeeded: mixed >> 56)
    }
  }

  private var keys: [Key?]
  private var values: [String]
  private var counts: [Int]

  /// `tables` empty tables.
  init(tables: Int) {
    keys = [Key?](repeating: nil, count: tables * 256)
    values = [String](repeating: "", count: tables * 256)
    counts = [Int](repeating: 0, count: tables)
  }

  /// The value stored for `key` in table `table`, if any.
  func value(for key: Key, in table: Int) -> String? {
    let base = table * 256
    var slot = key.slot
    while let stored = keys[base + slot] {
      if stored == key { return values[base + slot] }
      slot = (slot + 1) & 255
    }
    return nil
  }

  /// Stores `value` for a `key` that is not in table `table` yet (ignored once it holds 128 keys).
  mutating func store(_ value: String, for key: Key, in table: Int) {
    guard counts[table] < 128 else { return }
    let base = table * 256
    var slot = key.slot
    while keys[base + slot] != nil { slot = (slot + 1) & 255 }
    keys[base + slot] = key
    values[base + slot] = value
    counts[table] += 1
  }
}
