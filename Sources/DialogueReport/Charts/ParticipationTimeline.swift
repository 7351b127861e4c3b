import DialogueGraph

/// Participation over time: at every year-end from the first framework of the focus kind to the
/// report's date, how many member states had joined at least one, and how many could have but had
/// joined none (disengaged) — by the same rule as the rest of the report
/// (``DialogueNetwork/participationMatrix(frameworkKind:asOf:)`` at each date).
struct ParticipationTimeline {
  let context: ReportContext

  /// (year-end, joined at least one, disengaged) for each year.
  func series() -> [(day: Day, joined: Int, disengaged: Int)] {
    let network = context.network
    let starts = network.nodes.filter { $0.kind == context.focusKind }.compactMap { $0.start?.firstDay }
    guard let first = starts.min() else { return [] }
    let lastYear = context.asOf.map { Int($0.description.prefix(4))! } ?? Int(starts.max()!.description.prefix(4))!
    let firstYear = Int(first.description.prefix(4))!
    guard firstYear <= lastYear else { return [] }
    return (firstYear...lastYear).compactMap { year in
      guard let day = Day(year: year, month: 12, day: 31),
        let matrix = try? network.participationMatrix(frameworkKind: context.focusKind, asOf: day)
      else { return nil }
      let joined = matrix.memberStates.filter { !$0.joined.isEmpty }.count
      let out = matrix.memberStates.filter { $0.joined.isEmpty && !$0.absentFrom.isEmpty && $0.notRecorded.isEmpty }
      return (day, joined, out.count)
    }
  }

  func write(to out: inout HTMLBuilder) {
    let points = series()
    guard points.count >= 1 else {
      out.element(
        "p", [("class", "no-data")], text: "No dated \(context.kindLabel(context.focusKind)) to chart over time.")
      return
    }
    let left = 40.0, top = 30.0, plotWidth = 520.0, plotHeight = 180.0
    let width = left + plotWidth + 30, height = top + plotHeight + 40
    let maxY = max(points.map { max($0.joined, $0.disengaged) }.max() ?? 1, 1)
    func px(_ i: Int) -> Double {
      left + (points.count == 1 ? plotWidth / 2 : Double(i) * plotWidth / Double(points.count - 1))
    }
    func py(_ v: Int) -> Double { top + plotHeight - Double(v) / Double(maxY) * plotHeight }
    let memberStates = context.kindPlural(context.conventions.memberStateKind)
    SVGChart.open(
      &out, id: "chart-timeline", width: width, height: height,
      title: "Participation in \(context.kindPlural(context.focusKind)) at each year-end",
      description:
        "Blue: \(memberStates) in at least one; red, dashed: \(memberStates) that could have joined one and joined none."
    )
    SVGChart.rect(&out, x: left, y: 4, width: 12, height: 12, fill: SVGChart.palette[0])
    SVGChart.text(&out, "in at least one", x: left + 16, y: 14)
    SVGChart.rect(&out, x: left + 130, y: 4, width: 12, height: 12, fill: SVGChart.red)
    SVGChart.text(&out, "in none (disengaged)", x: left + 146, y: 14)
    for v in Set([0, maxY / 2, maxY]).sorted() {
      SVGChart.line(&out, x1: left, y1: py(v), x2: left + plotWidth, y2: py(v), stroke: "#dde1e6")
      SVGChart.text(&out, String(v), x: left - 6, y: py(v) + 4, anchor: "end", fill: "#4d4d4d")
    }
    for (series, colour, dash) in [
      (points.map(\.joined), SVGChart.palette[0], nil), (points.map(\.disengaged), SVGChart.red, "5 3"),
    ] {
      let path = series.enumerated().map { i, v in "\(SVGChart.n(px(i))),\(SVGChart.n(py(v)))" }.joined(separator: " ")
      out.open(
        "polyline",
        [("points", path), ("fill", "none"), ("stroke", colour), ("stroke-width", "2"), ("stroke-dasharray", dash)])
      out.close("polyline")
      for (i, v) in series.enumerated() {
        out.open("circle", [("cx", SVGChart.n(px(i))), ("cy", SVGChart.n(py(v))), ("r", "3"), ("fill", colour)])
        out.element("title", text: "\(points[i].day): \(v)")
        out.close("circle")
      }
    }
    for (i, p) in points.enumerated() {
      SVGChart.text(
        &out, String(p.day.description.prefix(4)), x: px(i), y: top + plotHeight + 18, anchor: "middle", fill: "#4d4d4d"
      )
    }
    out.close("svg")
  }
}
