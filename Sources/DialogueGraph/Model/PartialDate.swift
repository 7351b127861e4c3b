/// An ISO 8601 date that may be partial: `2013-06-07`, `2013-06` or `2013`.
///
/// A partial date stands for the whole period it names (a day, a month or a year). Dataset
/// `start`/`end` columns read it conservatively (see `Datasets/SCHEMA.md`, "Dates"):
/// - a **start** is the ``firstDay`` of its period (`2013-06` → 2013-06-01);
/// - an **end** is the ``dayAfterLastDay`` of its period (`2013` → 2014-01-01), and is exclusive.
///
/// So a node or link with `start` s and `end` e **holds on day d** when
/// `s.firstDay ≤ d < e.dayAfterLastDay` (a missing bound is no limit). The same rule applies to full
/// dates: an event with `start` 2013-11-13 and `end` 2013-11-14 holds on both days.
///
/// ```swift
/// let june = PartialDate("2013-06")!
/// june.firstDay.description          // "2013-06-01"
/// june.dayAfterLastDay.description   // "2013-07-01"
/// PartialDate("2013-02-30")          // nil: no such day
/// ```
public struct PartialDate: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
  /// The year, month and day in one word: `year << 9 | month << 5 | day`, with 0 for a missing
  /// month or day. Four bytes instead of the 33 of three integers (two of them optional) keep
  /// ``Node`` and ``Edge`` small, which makes loading and copying them cheaper.
  private let packed: UInt32

  /// The year, 1–9999.
  public var year: Int { Int(packed >> 9) }
  /// The month, 1–12, if given.
  public var month: Int? {
    let m = Int(packed >> 5 & 0xF)
    return m == 0 ? nil : m
  }
  /// The day of the month, if given (only together with a month).
  public var day: Int? {
    let d = Int(packed & 0x1F)
    return d == 0 ? nil : d
  }

  /// A date from its components, or `nil` if they name no period (a day without a month, a month
  /// 13, 2013-02-30).
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day { guard day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil } }
    } else if day != nil {
      return nil
    }
    packed = UInt32(year) << 9 | UInt32(month ?? 0) << 5 | UInt32(day ?? 0)
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (exactly these digit counts); `nil` for malformed
  /// text or an impossible date.
  public init?(_ description: String) {
    var text = description
    guard let value = text.withUTF8({ PartialDate.parse($0) }) else { return nil }
    self = value
  }

  /// Parses the UTF-8 bytes of a date; see ``init(_:)``.
  ///
  /// - Complexity: O(1) (at most ten bytes are looked at).
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
    let n = bytes.count
    guard n == 4 || n == 7 || n == 10 else { return nil }
    // Each digit as 0–9 (anything else wraps to ≥ 10 and is caught by one comparison per field).
    @inline(__always) func digit(_ i: Int) -> Int { Int(bytes[i] &- UInt8(ascii: "0")) }
    let y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3)
    guard y0 < 10, y1 < 10, y2 < 10, y3 < 10 else { return nil }
    let year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3
    if n == 4 { return PartialDate(year: year) }
    let dash = UInt8(ascii: "-")
    let m0 = digit(5), m1 = digit(6)
    guard bytes[4] == dash, m0 < 10, m1 < 10 else { return nil }
    let month = m0 * 10 + m1
    if n == 7 { return PartialDate(year: year, month: month) }
    let d0 = digit(8), d1 = digit(9)
    guard bytes[7] == dash, d0 < 10, d1 < 10 else { return nil }
    return PartialDate(year: year, month: month, day: d0 * 10 + d1)
  }

  /// The first day of the period: how a `start` is read.
  public var firstDay: Day {
    Day(daysSince1970: Day.serial(year: year, month: month ?? 1, day: day ?? 1))
  }

  /// The day after the last day of the period: how an (exclusive) `end` is read.
  public var dayAfterLastDay: Day {
    if let month {
      if let day { return Day(daysSince1970: Day.serial(year: year, month: month, day: day) + 1) }
      return Day(daysSince1970: Day.serial(year: year, month: month, day: Day.daysIn(month: month, year: year)) + 1)
    }
    return Day(daysSince1970: Day.serial(year: year, month: 12, day: 31) + 1)
  }

  /// The date as written: `2013`, `2013-06` or `2013-06-07` (round-trips ``init(_:)``).
  public var description: String {
    var text = Day.pad(year, 4)
    if let month { text += "-" + Day.pad(month, 2) }
    if let day { text += "-" + Day.pad(day, 2) }
    return text
  }
}

/// Whether something with these bounds holds on `day`: `start.firstDay ≤ day < end.dayAfterLastDay`,
/// a missing bound being no limit.

func holds(start: PartialDate?, end: PartialDate?, on day: Day) -> Bool {
  if let start, day < start.firstDay { return false }
  if let end, day >= end.dayAfterLastDay { return false }
  return true
}
