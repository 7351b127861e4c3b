/// A calendar day (proleptic Gregorian), stored as the number of days since 1970-01-01.
///
/// `Day` is what as-of questions are asked with: "which links hold on 2013-06-07?". It is
/// comparable and cheap (one integer).
///
/// ```swift
/// let day = Day(year: 2013, month: 6, day: 7)!
/// day.description            // "2013-06-07"
/// Day("2014-01-01")! > day    // true
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let daysSince1970: Int

  /// The day with this serial number.
  public init(daysSince1970: Int) { self.daysSince1970 = daysSince1970 }

  /// The day with these calendar components, or `nil` if they name no day (2013-02-30).
  ///
  /// Years run from 1 to 9999.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= Day.daysIn(month: month, year: year)
    else { return nil }
    daysSince1970 = Day.serial(year: year, month: month, day: day)
  }

  /// Parses a full ISO 8601 date `YYYY-MM-DD`; `nil` for anything else or an impossible date.
  public init?(_ description: String) {
    guard let date = PartialDate(description), let month = date.month, let day = date.day,
      let value = Day(year: date.year, month: month, day: day)
    else { return nil }
    self = value
  }

  /// The calendar components of the day.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days (http://howardhinnant.github.io/date_algorithms.html).
    let z = daysSince1970 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The day as `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = components
    return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
  }

  /// The next day.
  public var next: Day { Day(daysSince1970: daysSince1970 + 1) }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

  /// Whether `year` is a Gregorian leap year.
  static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  /// The number of days in a month.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Howard Hinnant's days_from_civil: the serial number of a valid date.
  static func serial(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `value` in decimal, left-padded with zeros to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
