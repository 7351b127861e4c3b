import DialogueGraph

/// The report's first screen: the answer. Who is disengaged (joined no framework of the focus
/// kind, ``ParticipationGaps``), since when (the first day it could have joined one: the later of
/// its accession and the framework's start, the earliest over the frameworks it is absent from),
/// from what (those frameworks), with a link to the rows and citations behind it (the folded
/// source list of the disengaged table, one click away) and the sensitivity of the score.
struct AnswerSection {
  let context: ReportContext
  let gaps: ParticipationGaps?
  let gapsNote: String?

  /// The anchor of the disengaged member states' source list.
  static let sourcesAnchor = "sources-disengaged"

  func write(to out: inout HTMLBuilder) {
    let focus = context.focusKind
    let memberStates = context.kindPlural(context.conventions.memberStateKind)
    out.section(id: "answer", heading: "Who is disengaged, \(context.dateCaption)") { out in
      guard let gaps else {
        out.element("p", [("class", "no-data")], text: gapsNote ?? "No data.")
        return
      }
      let names = gaps.disengaged.sorted { $0.label < $1.label }
      var lead =
        "\(names.count) of \(gaps.rows.count) \(memberStates) joined no \(context.kindLabel(focus)) "
        + "\(context.dateCaption), although at least one existed while they were members"
      lead += names.isEmpty ? "." : ":"
      out.element("p", [("class", "answer")], text: lead)
      if !names.isEmpty {
        out.open("ul", [("class", "answer-list")])
        for row in names { writeItem(row, to: &out) }
        out.close("ul")
      }
      out.open("p", [("class", "note")])
      out.text(
        "Every other \(context.kindLabel(context.conventions.memberStateKind)) joined at least one. "
          + "The ranking below orders by participation in \(context.kindPlural(focus)) (joined / could join). ")
      out.text(gaps.sensitivity.sentence + " ")
      out.element("a", [("href", "#" + Self.sourcesAnchor)], text: "Rows and citations behind this answer")
      out.text(".")
      out.close("p")
    }
  }

  private func writeItem(_ row: ParticipationGaps.Row, to out: inout HTMLBuilder) {
    let network = context.network
    let absent = row.absentFrom.compactMap { network.index(of: $0) }
    let memberSince = network.nodes[row.node].start?.firstDay
    let since = absent.compactMap { f -> Day? in
      guard let start = network.nodes[f].start?.firstDay else { return nil }
      return memberSince.map { max($0, start) } ?? start
    }.min()
    let kind = context.kindLabel(context.focusKind)
    out.open("li")
    out.element("strong", text: row.label)
    out.text(" (\(row.id)) — ")
    out.text(since.map { "in no \(kind) since \($0), when it could first have joined one; " } ?? "")
    let all = row.absentFrom.count == row.eligible
    out.text(all ? "absent from all \(row.eligible): " : "absent from \(row.absentFrom.count) of \(row.eligible): ")
    out.text(row.absentFrom.map { context.shortLabel(of: $0, kind: context.focusKind) }.joined(separator: ", "))
    out.text(". ")
    out.element("a", [("href", "#" + Self.sourcesAnchor)], text: "Sources")
    out.close("li")
    out.newline()
  }
}
