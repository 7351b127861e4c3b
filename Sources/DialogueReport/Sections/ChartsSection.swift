import DialogueGraph

/// The charts, after the answer: the engagement ranking with its components, the member state ×
/// framework heat map, and participation over time. SVG written by the toolkit (no script).
struct ChartsSection {
  let context: ReportContext
  let gaps: ParticipationGaps?

  func write(to out: inout HTMLBuilder) {
    guard let gaps else { return }
    out.section(id: "charts", heading: "Charts") { out in
      out.element("h3", text: "Engagement ranking, with the components of the score")
      out.element(
        "p", [("class", "note")],
        text: gaps.notes.prefix(3).joined(separator: " "))
      out.element("figure", [("class", "chart-figure")]) { out in
        EngagementChart(context: context, gaps: gaps).write(to: &out)
      }
      out.element("h3", text: "Who is in which \(context.kindLabel(context.focusKind))")
      out.element("figure", [("class", "chart-figure")]) { out in
        ParticipationHeatMap(context: context, matrix: gaps.matrix).write(to: &out)
      }
      out.element("h3", text: "Participation over time")
      out.element("figure", [("class", "chart-figure")]) { out in
        ParticipationTimeline(context: context).write(to: &out)
      }
    }
  }
}
