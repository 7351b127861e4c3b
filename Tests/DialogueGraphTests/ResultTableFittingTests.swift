import Testing

@testable import DialogueGraph

/// Aligned tables fitted to a width, and CSV in the forms spreadsheets read.
@Suite struct ResultTableFittingTests {
  static func table() -> ResultTable {
    var table = ResultTable(columns: [Column("id"), Column("label"), Column("value"), Column("member")])
    table.append([
      .text("mp-moldova"), .text(String(repeating: "Mobility partnership EU–Moldova ", count: 4)), .number(0.5),
      .bool(true),
    ])
    table.append([.text("AT"), .text("Austria"), .number(12.25), .bool(false)])
    table.notes = ["closeness = (reachable − 1) ÷ (sum of distances) × (reachable − 1) ÷ (n − 1), Wasserman–Faust"]
    table.context = OutputContext(dataset: "gamm-2012-2013", asOf: Day("2013-12-31"), asOfIsReferenceDate: true)
    return table
  }

  @Test func aFittedTableNeverExceedsTheWidthAndCutsTextNotNumbers() {
    for width in [40, 60, 80] {
      let text = Self.table().textTable(width: width)
      for line in text.split(separator: "\n") { #expect(line.count <= width, "\(width): \(line)") }
      #expect(text.contains("12.2500") && text.contains("0.5000"))
      #expect(text.contains("…"))
    }
    let unfitted = Self.table().textTable(width: nil)
    #expect(!unfitted.contains("…"))
    #expect(unfitted.split(separator: "\n").contains { $0.count > 100 })
  }

  @Test func wrappingKeepsParenthesesTogetherWhenItCan() {
    let wrapped = ResultTable.wrap("closeness = (reachable − 1) ÷ (n − 1) for every node", to: 20)
    #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 20 })
    #expect(wrapped.contains("(reachable − 1)") && wrapped.contains("(n − 1)"))
  }

  @Test func csvBooleansAreSpreadsheetLogicalValues() {
    let csv = Self.table().csv()
    #expect(csv.contains(",0.5,TRUE,2013-12-31\r\n") && csv.contains(",12.25,FALSE,2013-12-31\r\n"))
  }

  @Test func columnsCanBeChosenAndReordered() throws {
    let narrowed = try Self.table().selecting(columns: ["value", "id"]).get()
    #expect(narrowed.columns.map(\.key) == ["value", "id"])
    #expect(narrowed.rows[1] == [.number(12.25), .text("AT")])
    guard case .failure(let unknown) = Self.table().selecting(columns: ["id", "lable"]) else {
      Issue.record("an unknown column was accepted")
      return
    }
    #expect(unknown.key == "lable" && unknown.available == ["id", "label", "value", "member"])
  }
}
