import DialogueGraph

/// The engagement ranking as horizontal stacked bars, in the ranking's order: one bar per member
/// state, each segment a component's contribution `wᵢ·nᵢ / Σw` (so a bar's length is the score),
/// with joined / could join printed beside it and the disengaged named in red.
struct EngagementChart {
  let context: ReportContext
  let gaps: ParticipationGaps

  func write(to out: inout HTMLBuilder) {
    let rows = gaps.rows
    let labelWidth = 170.0, barWidth = 420.0, rowHeight = 16.0, top = 44.0
    let width = labelWidth + barWidth + 110, height = top + Double(rows.count) * rowHeight + 30
    let w = gaps.engagement.effectiveWeights
    let total = w.reduce(0, +)
    let components = EngagementComponent.allCases.filter { w[$0.index] > 0 }
    SVGChart.open(
      &out, id: "chart-engagement", width: width, height: height,
      title: "Engagement ranking \(context.dateCaption)",
      description:
        "One bar per member state in ranking order (least engaged first); each segment is one component's "
        + "weighted, scaled contribution; the bar's length is the engagement score (0–1).")
    // Legend.
    var x = 0.0
    for k in components {
      SVGChart.rect(&out, x: x, y: 4, width: 12, height: 12, fill: SVGChart.palette[k.index])
      SVGChart.text(&out, k.title, x: x + 16, y: 14)
      x += 22 + Double(k.title.count) * 6.3
    }
    SVGChart.text(&out, "score (0–1)", x: labelWidth, y: top - 8, fill: "#4d4d4d")
    SVGChart.text(&out, "joined / could join", x: width - 2, y: top - 8, anchor: "end", fill: "#4d4d4d")
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      let tx = labelWidth + tick * barWidth
      SVGChart.line(&out, x1: tx, y1: top - 4, x2: tx, y2: top + Double(rows.count) * rowHeight, stroke: "#dde1e6")
      SVGChart.text(&out, ReportContext.decimal(tick, 2), x: tx, y: height - 12, anchor: "middle", fill: "#4d4d4d")
    }
    for (i, row) in rows.enumerated() {
      let y = top + Double(i) * rowHeight
      SVGChart.text(
        &out, SVGChart.short(row.label, 24), x: labelWidth - 6, y: y + 12, anchor: "end",
        fill: row.disengaged ? SVGChart.red : "#1b1b1b", weight: row.disengaged ? "700" : nil)
      var bx = labelWidth
      for k in components where total > 0 {
        let part = w[k.index] * row.components.normalised[k.index] / total
        SVGChart.rect(
          &out, x: bx, y: y + 2, width: part * barWidth, height: rowHeight - 4, fill: SVGChart.palette[k.index],
          tooltip: "\(row.label): \(k.title) \(ReportContext.decimal(part, 3))")
        bx += part * barWidth
      }
      SVGChart.text(&out, ReportContext.decimal(row.score, 3), x: bx + 4, y: y + 12, fill: "#4d4d4d", size: 11)
      SVGChart.text(&out, "\(row.joined) / \(row.eligible)", x: width - 2, y: y + 12, anchor: "end")
    }
    out.close("svg")
  }
}
