import DialogueGraph

/// Member state × framework of the focus kind as a heat map, member states sorted by name: joined
/// (dark), recorded absent (light red, ✕), not recorded in the sources (grey, “?”: unknown is not
/// absent), not eligible (blank).
struct ParticipationHeatMap {
  let context: ReportContext
  let matrix: ParticipationMatrix

  static let states: [(text: String, fill: String, mark: String)] = [
    ("joined", "#0d5c2e", ""), ("absent (recorded)", "#f6d5da", "✕"), ("not recorded", "#c9ccd1", "?"),
    ("not eligible", "#ffffff", ""),
  ]

  func write(to out: inout HTMLBuilder) {
    let order = matrix.memberStates.indices.sorted { matrix.memberStates[$0].label < matrix.memberStates[$1].label }
    let labelWidth = 150.0, cell = 22.0, top = 130.0
    let width = max(labelWidth + Double(matrix.frameworks.count) * cell + 40, 520)
    let height = top + Double(order.count) * cell + 10
    SVGChart.open(
      &out, id: "chart-matrix", width: width, height: height,
      title:
        "\(context.kindPlural(context.conventions.memberStateKind).capitalizedFirst) × \(context.kindPlural(context.focusKind)) \(context.dateCaption)",
      description: "Dark: joined; light red with a cross: recorded as not joined; grey with a question mark: "
        + "not recorded in the sources; blank: could not have joined (not a member or framework not existing).")
    var lx = 0.0
    for state in Self.states {
      SVGChart.rect(&out, x: lx, y: 2, width: 12, height: 12, fill: state.fill, stroke: "#8a8f98")
      SVGChart.text(&out, state.text, x: lx + 16, y: 12)
      lx += 28 + Double(state.text.count) * 6.2
    }
    for (c, framework) in matrix.frameworks.enumerated() {
      let x = labelWidth + Double(c) * cell + cell / 2
      SVGChart.text(&out, SVGChart.short(framework.label, 22), x: x, y: top - 6, rotate: true)
    }
    for (i, r) in order.enumerated() {
      let row = matrix.memberStates[r]
      let y = top + Double(i) * cell
      SVGChart.text(&out, SVGChart.short(row.label, 22), x: labelWidth - 6, y: y + 15, anchor: "end")
      for (c, entry) in matrix.entries[r].enumerated() {
        let state: Int
        switch entry {
        case .joined: state = 0
        case .absent: state = 1
        case .notRecorded: state = 2
        case .notEligible: state = 3
        }
        let style = Self.states[state]
        let x = labelWidth + Double(c) * cell
        SVGChart.rect(
          &out, x: x, y: y, width: cell - 2, height: cell - 2, fill: style.fill, stroke: "#c8cdd4",
          tooltip: "\(row.label) — \(matrix.frameworks[c].label): \(style.text)")
        if !style.mark.isEmpty {
          SVGChart.text(&out, style.mark, x: x + cell / 2 - 1, y: y + 15, anchor: "middle", fill: "#333333")
        }
      }
    }
    out.close("svg")
  }
}
