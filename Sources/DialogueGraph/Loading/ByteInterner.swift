import Foundation

/// A hash table from byte strings to `String`s, so that repeated cells (kinds, citations, statuses,
/// node ids) share one `String` and are looked up without creating a `String` first.
///
/// Open addressing with linear probing over 64-bit FNV-1a hashes; keys are kept in one byte arena
/// and compared with `memcmp`.
/// - Complexity: ``intern(_:)`` and ``find(_:)`` are O(length of the key) expected.
struct ByteInterner {
  private(set) var strings: [String] = []
  private var hashes: [UInt64] = []
  private var keyStarts: [Int] = [0]
  private var arena: [UInt8] = []
  private var slots: [Int32]
  private var mask: Int

  /// An empty table sized for about `capacity` keys.
  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// The number of distinct keys.
  var count: Int { strings.count }

  /// The index of `bytes`, adding it if new. `make` turns the bytes into the stored string (the
  /// default decodes them as UTF-8).
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> String) -> Int {
    let hash = ByteInterner.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry < 0 { break }
      if hashes[Int(entry)] == hash && equals(Int(entry), bytes) { return Int(entry) }
      slot = (slot + 1) & mask
    }
    let index = strings.count
    strings.append(make())
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    keyStarts.append(arena.count)
    slots[slot] = Int32(index)
    if strings.count * 2 > slots.count { grow() }
    return index
  }

  /// Interns the UTF-8 text of `bytes` and returns the shared string.
  mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    strings[intern(bytes) { String(decoding: bytes, as: UTF8.self) }]
  }

  /// Adds a string as a key (its UTF-8 bytes) and returns its index.
  mutating func intern(_ string: String) -> Int {
    var copy = string
    return copy.withUTF8 { bytes in intern(bytes) { string } }
  }

  /// The index of `bytes`, or `nil` if it was never interned.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = ByteInterner.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry < 0 { return nil }
      if hashes[Int(entry)] == hash && equals(Int(entry), bytes) { return Int(entry) }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = keyStarts[entry]
    let length = keyStarts[entry + 1] - start
    guard length == bytes.count else { return false }
    if length == 0 { return true }
    return arena.withUnsafeBufferPointer { arenaBytes in
      memcmp(arenaBytes.baseAddress! + start, bytes.baseAddress!, length) == 0
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// A 64-bit hash of the bytes, eight at a time (multiply–xorshift mixing, as in wyhash/FxHash),
  /// with a final avalanche so that the low bits (the slot) depend on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= bytes.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    let n = bytes.count
    if i < n {
      // The last 1–7 bytes as one word, read without going past the end: an overlapping 8-byte
      // load shifted right when the key is at least 8 bytes long, else two 4-byte loads or bytes.
      var tail: UInt64
      if n >= 8 {
        tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64((8 - (n - i)) * 8)
      } else if n >= 4 {
        let first = UInt64(raw.loadUnaligned(as: UInt32.self))
        let last = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) >> UInt64((8 - n) * 8)
        tail = first | last << 32
      } else {
        tail = 0
        for k in 0..<n { tail |= UInt64(base[k]) << UInt64(8 * k) }
      }
      h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
    }
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
  }
}
