/// Strict UTF-8 validation over bytes, reporting where the first bad byte is.
///
/// Follows the Unicode Standard, Table 3-7 ("Well-Formed UTF-8 Byte Sequences"): no overlong forms,
/// no surrogates (U+D800–U+DFFF), nothing above U+10FFFF — the same rules as Swift's `UTF8` codec,
/// which CSV.swift (the test oracle) decodes with.
enum UTF8Validation {
  /// What the scan found first.
  enum Finding: Equatable {
    /// The bytes are well-formed UTF-8 without NUL.
    case valid
    /// The byte at this offset starts an ill-formed sequence.
    case invalid(offset: Int)
    /// The byte at this offset is NUL (U+0000), which a text table never holds.
    case nul(offset: Int)
  }

  /// Scans `bytes` and returns the first ill-formed sequence or NUL byte.
  ///
  /// - Complexity: O(n), with a fast path that checks eight ASCII bytes at a time.
  static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Finding {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return .valid }
    var i = 0
    while i < count {
      // Fast path: sixteen, then eight bytes with no high bit and no zero byte. (For bytes below
      // 0x80, `(w - 0x01…01) & ~w & 0x80…80` is non-zero exactly when some byte is zero.)
      if i + 16 <= count {
        let a = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let b = UnsafeRawPointer(base + i).loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let hasHigh = (a | b) & 0x8080_8080_8080_8080 != 0
        let hasZero =
          ((a &- 0x0101_0101_0101_0101) & ~a | (b &- 0x0101_0101_0101_0101) & ~b) & 0x8080_8080_8080_8080 != 0
        if !hasHigh && !hasZero {
          i += 16
          continue
        }
      }
      if i + 8 <= count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let hasHigh = word & 0x8080_8080_8080_8080 != 0
        let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
        if !hasHigh && !hasZero {
          i += 8
          continue
        }
      }
      let b0 = base[i]
      if b0 < 0x80 {
        if b0 == 0 { return .nul(offset: i) }
        i += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upper = 0x9F
      case 0xF0: length = 4; lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upper = 0x8F
      default: return .invalid(offset: i)
      }
      guard i + length <= count else { return .invalid(offset: i) }
      let b1 = base[i + 1]
      guard b1 >= lower && b1 <= upper else { return .invalid(offset: i) }
      for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return .invalid(offset: i) }
      i += length
    }
    return .valid
  }
}
