import DialogueGraph

/// Member state × framework participation at a series of dates, drawn as small multiples on one
/// A4-landscape page with a **fixed layout**: every panel has the same rows (every member state of
/// any of the dates, sorted by name) and the same columns (every framework of the kind existing on
/// any of the dates, by start date), so a reader's eye finds the same cell in each panel and sees
/// who joined when. A cell is dark when the member state had joined, light red with a cross when it
/// could have and had not, grey with “?” when the sources do not record it, blank when it could not
/// have (not yet a member, framework not yet concluded). Each date's cells come from
/// ``DialogueNetwork/participationMatrix(frameworkKind:asOf:)``: the same rule as every command.
///
/// The page is 297 × 210 mm with a viewBox in points, so the smallest text (7.5) is 7.5 pt printed.
public struct ParticipationSmallMultiples: Sendable {
  /// The dataset.
  public let network: DialogueNetwork
  /// The framework kind drawn.
  public let frameworkKind: String
  /// The dates, one panel each (at most 8 fit the page).
  public let dates: [Day]

  public init(network: DialogueNetwork, frameworkKind: String, dates: [Day]) {
    self.network = network
    self.frameworkKind = frameworkKind
    self.dates = dates
  }

  /// Year-ends from `from` to `to` (inclusive).
  public static func yearEnds(from: Int, to: Int) -> [Day] {
    guard from <= to else { return [] }
    return (from...to).compactMap { Day(year: $0, month: 12, day: 31) }
  }

  /// The year of the first dated framework of `kind`, or `nil`.
  public static func firstYear(of kind: String, in network: DialogueNetwork) -> Int? {
    network.nodes.filter { $0.kind == kind }.compactMap { $0.start?.firstDay }.min()
      .flatMap { Int($0.description.prefix(4)) }
  }

  /// A framework's label without the kind's own words ("Mobility partnership EU–Armenia" →
  /// "EU–Armenia"), which every column shares.
  func shortLabel(_ f: Int) -> String {
    ReportContext.withoutKindWords(network.nodes[f].label, kindLabel: network.vocabulary.label(ofKind: frameworkKind))
  }

  /// The standalone SVG document.
  /// - Throws: ``MetricError`` for an unknown framework kind.
  /// - Complexity: O(D·(n + M·F)) for D dates.
  public func svg() throws(MetricError) -> String {
    var matrices: [ParticipationMatrix] = []
    for day in dates { matrices.append(try network.participationMatrix(frameworkKind: frameworkKind, asOf: day)) }
    var rowNodes = Set<Int>(), columnNodes = Set<Int>()
    for m in matrices {
      rowNodes.formUnion(m.memberStates.map(\.node))
      columnNodes.formUnion(m.frameworks.map(\.node))
    }
    let rows = rowNodes.sorted { (network.nodes[$0].label, $0) < (network.nodes[$1].label, $1) }
    let columns = columnNodes.sorted {
      (network.nodes[$0].start?.firstDay.description ?? "", $0) < (
        network.nodes[$1].start?.firstDay.description ?? "", $1
      )
    }
    let pageWidth = 842.0, pageHeight = 595.0, margin = 18.0, font = 7.5
    let perRow = 4, panelRows = max(1, (dates.count + perRow - 1) / perRow)
    let labelWidth = 16.0, header = 58.0, title = 30.0, legend = 16.0
    let panelWidth = (pageWidth - 2 * margin) / Double(perRow)
    let cellW = min(14, (panelWidth - labelWidth - 10) / Double(max(columns.count, 1)))
    let available = (pageHeight - 2 * margin - title - legend) / Double(panelRows) - header - 6
    let cellH = min(12, available / Double(max(rows.count, 1)))
    var out = HTMLBuilder()
    out.trusted(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
    let kindPlural = network.vocabulary.pluralLabel(ofKind: frameworkKind)
    let memberStates = network.vocabulary.pluralLabel(ofKind: network.conventions.memberStateKind)
    let heading =
      "\(memberStates.prefix(1).uppercased() + memberStates.dropFirst()) × \(kindPlural), "
      + (dates.first.map { "\($0)" } ?? "") + (dates.count > 1 ? " to \(dates.last!)" : "")
      + " · \(network.name)"
    SVGChart.open(
      &out, id: "small-multiples", width: pageWidth, height: pageHeight, title: heading,
      description:
        "One panel per date, same rows and columns in each. Dark: joined; light red with a cross: could have "
        + "joined, recorded as not; grey with a question mark: not recorded in the sources; blank: could not have joined.",
      printedSize: ("297mm", "210mm"))
    out.trusted("\n")
    SVGChart.text(&out, heading, x: margin, y: margin + 10, weight: "700", size: 11)
    var lx = margin
    for state in ParticipationHeatMap.states {
      SVGChart.rect(&out, x: lx, y: margin + 16, width: 8, height: 8, fill: state.fill, stroke: "#8a8f98")
      SVGChart.text(&out, state.text, x: lx + 11, y: margin + 23, size: font)
      lx += 18 + Double(state.text.count) * 4.2
    }
    for (p, (day, matrix)) in zip(dates, matrices).enumerated() {
      let px = margin + Double(p % perRow) * panelWidth
      let py = margin + title + legend + Double(p / perRow) * (header + Double(rows.count) * cellH + 6)
      let rowIndex = Dictionary(uniqueKeysWithValues: matrix.memberStates.enumerated().map { ($1.node, $0) })
      let columnIndex = Dictionary(uniqueKeysWithValues: matrix.frameworks.enumerated().map { ($1.node, $0) })
      SVGChart.text(&out, day.description, x: px, y: py + 9, weight: "700", size: 9)
      for (c, f) in columns.enumerated() {
        let x = px + labelWidth + Double(c) * cellW + cellW / 2 + 2
        SVGChart.text(&out, SVGChart.short(shortLabel(f), 16), x: x, y: py + header - 3, size: font, rotate: true)
      }
      for (r, m) in rows.enumerated() {
        let y = py + header + Double(r) * cellH
        SVGChart.text(&out, network.nodes[m].id, x: px, y: y + cellH - 1.5, size: font)
        for (c, f) in columns.enumerated() {
          var state = 3
          if let i = rowIndex[m], let j = columnIndex[f] {
            switch matrix.entries[i][j] {
            case .joined: state = 0
            case .absent: state = 1
            case .notRecorded: state = 2
            case .notEligible: state = 3
            }
          }
          let style = ParticipationHeatMap.states[state]
          let x = px + labelWidth + Double(c) * cellW
          SVGChart.rect(
            &out, x: x, y: y, width: cellW - 1, height: cellH - 1, fill: style.fill, stroke: "#c8cdd4",
            tooltip: "\(network.nodes[m].label) — \(network.nodes[f].label), \(day): \(style.text)")
        }
      }
      out.trusted("\n")
    }
    out.close("svg")
    out.trusted("\n")
    return out.html
  }
}
