import Testing

@testable import DialogueGraph

@Suite struct PartialDateTests {
  @Test(arguments: ["2013", "2013-06", "2013-06-07", "2012-02-29", "0001-01-01", "9999-12-31"])
  func descriptionRoundTrips(text: String) {
    #expect(PartialDate(text)?.description == text)
  }

  @Test(arguments: [
    "2013-02-30", "2013-02-29", "2100-02-29", "2013-13", "2013-00", "2013-06-00", "2013-04-31", "0000",
    "13", "2013-6", "2013-06-7", "2013/06/07", "2013-06-07T00:00", " 2013", "", "２０１３", "+201", "2013-06-",
  ])
  func rejectsMalformedAndImpossibleDates(text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test func partialDatesCoverTheirWholePeriod() {
    #expect(PartialDate("2013")!.firstDay == Day(year: 2013, month: 1, day: 1))
    #expect(PartialDate("2013")!.dayAfterLastDay == Day(year: 2014, month: 1, day: 1))
    #expect(PartialDate("2013-06")!.firstDay == Day(year: 2013, month: 6, day: 1))
    #expect(PartialDate("2013-06")!.dayAfterLastDay == Day(year: 2013, month: 7, day: 1))
    #expect(PartialDate("2012-02")!.dayAfterLastDay == Day(year: 2012, month: 3, day: 1))
    #expect(PartialDate("2013-12-31")!.dayAfterLastDay == Day(year: 2014, month: 1, day: 1))
    #expect(PartialDate("2013-06-07")!.firstDay == Day(year: 2013, month: 6, day: 7))
  }

  @Test func dayCountsFromTheEpochAndRoundTrips() {
    #expect(Day(year: 1970, month: 1, day: 1)!.daysSince1970 == 0)
    #expect(Day(year: 2000, month: 3, day: 1)!.daysSince1970 == 11_017)
    #expect(Day(year: 1969, month: 12, day: 31)!.daysSince1970 == -1)
    #expect(Day("2013-06-07")!.description == "2013-06-07")
    #expect(Day("2013-06") == nil)
    for serial in stride(from: -800_000, through: 2_900_000, by: 997) {
      let day = Day(daysSince1970: serial)
      let (y, m, d) = day.components
      if (1...9999).contains(y) { #expect(Day(year: y, month: m, day: d) == day) }
    }
  }

  @Test func holdsUsesFirstDayAndExclusiveDayAfterLastDay() {
    let start = PartialDate("2013-06")
    let end = PartialDate("2014")
    #expect(!holds(start: start, end: end, on: Day("2013-05-31")!))
    #expect(holds(start: start, end: end, on: Day("2013-06-01")!))
    #expect(holds(start: start, end: end, on: Day("2014-12-31")!))
    #expect(!holds(start: start, end: end, on: Day("2015-01-01")!))
    #expect(holds(start: nil, end: nil, on: Day("0001-01-01")!))
  }
}
