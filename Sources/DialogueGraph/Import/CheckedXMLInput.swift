import Foundation

/// The bytes of an XML document on their way to `XMLParser`, checked chunk by chunk before libxml2
/// sees them (see ``XMLEventStream``): a chunk holding an entity declaration (`<!ENTITY`), bytes
/// that are not UTF-8 or a NUL byte end the input there, and ``failure`` says what and where.
/// An XML declaration naming an encoding other than UTF-8 ends it before libxml2 sees a byte:
/// the bytes must be UTF-8 anyway, and libxml2 2.9 crashes (a null pointer in
/// `xmlSwitchToEncoding`) on `encoding='utf-7'`, found by the FuzzGraphFiles harness.
///
/// A subclass of `InputStream` because that is how `XMLParser` pulls a document in pieces
/// (`XMLParser(stream:)` calls `open()`, `read(_:maxLength:)` until it returns 0, `close()`).
/// A UTF-8 sequence cut by the end of a chunk is held back and completed by the next one, and the
/// last bytes of a chunk are kept so that `<!ENTITY` split between two chunks is still found.
final class CheckedXMLInput: InputStream {
  enum Failure: Equatable {
    case entityDeclaration(line: Int)
    case notUTF8(line: Int, column: Int, nul: Bool)
    case readError(Int32)
    /// The XML declaration names another encoding (or is too long to read whole).
    case declaredEncoding(String)
  }

  /// What stopped the input, if anything did.
  private(set) var failure: Failure?
  /// Asked before each chunk: whether the reader has stopped (the rest is then not read).
  var shouldStop: () -> Bool = { false }

  private let source: (UnsafeMutableRawBufferPointer) -> Int
  /// Bytes of an incomplete UTF-8 sequence at the end of the last chunk.
  private var carry: [UInt8] = []
  /// The last bytes handed on (for a declaration split between chunks).
  private var tail: [UInt8] = []
  /// The 1-based line, and the column in Unicode scalars, after the bytes handed on.
  private var line = 1
  private var column = 1
  private var ended = false
  private var declarationChecked = false
  /// How much of the start is read before the XML declaration is checked.
  static let declarationWindow = 1024

  private static let entityNeedle = Array("<!ENTITY".utf8)

  init(read: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
    source = read
    super.init(data: Data())
  }

  override func open() {}
  override func close() {}
  override var hasBytesAvailable: Bool { !ended && failure == nil }

  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
    while !ended && failure == nil && !shouldStop() {
      // The held-back bytes first, then as many new ones as fit.
      let held = carry.count
      for (i, byte) in carry.enumerated() { buffer[i] = byte }
      carry.removeAll(keepingCapacity: true)
      var total = held
      repeat {
        let count = source(UnsafeMutableRawBufferPointer(start: buffer + total, count: maxLength - total))
        if count < 0 {
          failure = .readError(Int32(-count))
          return 0
        }
        if count == 0 { ended = true }
        total += count
        // The first bytes are gathered until the declaration can be read whole (a pipe may give
        // them a few at a time).
      } while !declarationChecked && !ended && total < min(Self.declarationWindow, maxLength)
      if !declarationChecked {
        declarationChecked = true
        if let encoding = Self.declaredEncoding(UnsafeBufferPointer(start: buffer, count: total)) {
          failure = .declaredEncoding(encoding)
          return 0
        }
      }
      let chunk = UnsafeBufferPointer(start: buffer, count: total)
      var passed = total
      switch UTF8Validation.firstProblem(in: chunk) {
      case .valid: break
      case .invalid(let offset) where !ended && Self.isIncompleteSequence(chunk[offset...]):
        carry = Array(chunk[offset...])
        passed = offset
      case .invalid(let offset), .nul(let offset):
        if let line = entityLine(in: UnsafeBufferPointer(rebasing: chunk[..<offset])) {
          failure = .entityDeclaration(line: line)
        } else {
          let (line, column) = advance(over: UnsafeBufferPointer(rebasing: chunk[..<offset]))
          failure = .notUTF8(line: line, column: column, nul: chunk[offset] == 0)
        }
        return 0
      }
      let handed = UnsafeBufferPointer(rebasing: chunk[..<passed])
      if let line = entityLine(in: handed) {
        failure = .entityDeclaration(line: line)
        return 0
      }
      _ = advance(over: handed)
      tail = Array((tail + handed).suffix(Self.entityNeedle.count - 1))
      if passed > 0 { return passed }
      // Only an incomplete sequence so far: read on.
    }
    return 0
  }

  /// The encoding an XML declaration at the start of `bytes` names, when it is not UTF-8 (or `"?"`
  /// for a declaration not closed within ``declarationWindow`` bytes); `nil` when all is well.
  static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var text = Substring(String(decoding: bytes.prefix(declarationWindow), as: UTF8.self))
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    guard text.hasPrefix("<?xml"), let after = text.dropFirst(5).first, after.isWhitespace || after == "?" else {
      return nil
    }
    guard let close = text.range(of: "?>") else { return "?" }
    let declaration = text[..<close.lowerBound]
    guard let name = declaration.range(of: "encoding") else { return nil }
    var rest = declaration[name.upperBound...].drop { $0.isWhitespace }
    guard rest.first == "=" else { return "?" }
    rest = rest.dropFirst().drop { $0.isWhitespace }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return "?" }
    let value = rest.dropFirst().prefix { $0 != quote }
    return ["utf-8", "utf8"].contains(value.lowercased()) ? nil : String(value)
  }

  /// Whether `bytes` are the start of a UTF-8 sequence that the next chunk may complete.
  private static func isIncompleteSequence(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard let lead = bytes.first else { return false }
    let length =
      switch lead {
      case 0xC2...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF4: 4
      default: 0
      }
    return bytes.count < length && bytes.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
  }

  /// The line of the first `<!ENTITY` that ends within `bytes` (it may start in ``tail``).
  private func entityLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let needle = Self.entityNeedle
    let window = tail + bytes.prefix(needle.count - 1)
    // Across the boundary (the needle holds no line break, so the line is the current one).
    if window.count >= needle.count {
      for start in 0...(window.count - needle.count) where start < tail.count {
        if window[start..<start + needle.count].elementsEqual(needle) { return line }
      }
    }
    guard bytes.count >= needle.count else { return nil }
    var newlines = 0
    for i in 0...(bytes.count - needle.count) {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\n") {
        newlines += 1
      } else if byte == needle[0] && (1..<needle.count).allSatisfy({ bytes[i + $0] == needle[$0] }) {
        return line + newlines
      }
    }
    return nil
  }

  /// Moves ``line`` and ``column`` past `bytes`; returns the position after them.
  private func advance(over bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    for byte in bytes {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
