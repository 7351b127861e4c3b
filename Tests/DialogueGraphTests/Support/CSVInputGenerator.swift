import Foundation

@testable import DialogueGraph

/// A seeded generator of CSV inputs for the oracle test: well-formed tables with every feature of
/// RFC 4180 (quoted fields with commas, quotes and line breaks; BOM; LF, CRLF and lone CR; ragged
/// rows; empty lines; non-ASCII text), then, for most inputs, byte-level mutations (stray quotes,
/// separators, line breaks, NUL, invalid UTF-8 bytes, truncation, duplicated chunks, foreign
/// byte-order marks).
struct CSVInputGenerator {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// The next input.
  mutating func next() -> [UInt8] {
    var bytes = wellFormed()
    if random.chance(0.6) {
      for _ in 0..<random.int(1...4) { mutate(&bytes) }
    }
    return bytes
  }

  private static let words = [
    "DE", "mp-moldova", "prague-process", "COM(2014) 96 §2.2", "Indgået", "Ελλάδα", "Kraków", "移民",
    "🇪🇺", "a b", " lead", "trail ", "", "x", "1.5", "2013-06-07", "\u{FEFF}", "é",
  ]

  private mutating func field() -> String {
    switch random.int(0...9) {
    case 0: return ""
    case 1: return "\"" + random.pick(Self.words).replacingOccurrences(of: "\"", with: "\"\"") + ",\"\"x\"\"\""
    case 2: return "\"line\none\r\ntwo\rthree\""
    case 3: return "\"\""
    case 4: return "\"" + random.pick(Self.words) + "\""
    case 5: return "a\"b"  // a quote inside an unquoted field is data
    default: return random.pick(Self.words)
    }
  }

  private mutating func wellFormed() -> [UInt8] {
    var text = ""
    let columns = random.int(1...5)
    let rows = random.int(0...6)
    let breaks = ["\n", "\r\n", "\r"]
    let style = random.int(0...3)  // 0-2: one line-break style, 3: mixed
    for r in 0..<rows {
      if random.chance(0.1) { text += breaks[style == 3 ? random.int(0...2) : style] }  // empty line
      let count = random.chance(0.15) ? random.int(1...7) : columns  // ragged rows
      text += (0..<count).map { _ in field() }.joined(separator: ",")
      if r < rows - 1 || random.chance(0.7) { text += breaks[style == 3 ? random.int(0...2) : style] }
    }
    var bytes = Array(text.utf8)
    if random.chance(0.2) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
    return bytes
  }

  private static let interesting: [UInt8] = [
    0x22, 0x22, 0x2C, 0x0A, 0x0D, 0x20, 0x78, 0x00, 0xFF, 0xC3, 0x80, 0xE2, 0xED, 0xF4, 0xC0,
  ]

  private mutating func mutate(_ bytes: inout [UInt8]) {
    let at = random.int(0...bytes.count)
    switch random.int(0...9) {
    case 0, 1, 2, 3: bytes.insert(random.pick(Self.interesting), at: at)
    case 4: if at < bytes.count { bytes.remove(at: at) }
    case 5: bytes = Array(bytes[..<at])  // truncate
    case 6:
      if at < bytes.count {
        let end = min(bytes.count, at + random.int(1...8))
        bytes.insert(contentsOf: bytes[at..<end], at: random.int(0...bytes.count))
      }
    case 7: if at < bytes.count { bytes[at] = random.pick(Self.interesting) }
    case 8: bytes.insert(contentsOf: [0x22, 0x78, 0x22, 0x79], at: at)  // "x"y: text after a closing quote
    default:
      let foreign: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]]
      if random.chance(0.3) { bytes.insert(contentsOf: random.pick(foreign), at: 0) }
    }
  }
}

/// Conveniences for test inputs on the library's own seeded generator (`SplitMix64`, Louvain.swift),
/// so that test inputs are the same on every run.
extension SplitMix64 {
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
