import DialogueGraph

/// The disengaged member states of the focus framework kind (joined none of its frameworks on the
/// date; ``ParticipationGaps``): the engagement score with each component, joined / eligible /
/// rate, and the frameworks each is absent from. Sources: the rows of
/// ``DialogueNetwork/explain(_:memberState:)`` for every member state listed.
struct DisengagedSection {
  let context: ReportContext
  let gaps: ParticipationGaps?
  let gapsNote: String?

  func write(to out: inout HTMLBuilder) {
    let focus = context.focusKind
    out.section(id: "disengaged", heading: "Disengaged member states") { out in
      guard let gaps else {
        out.element("p", [("class", "no-data")], text: gapsNote ?? "No data.")
        return
      }
      let w = gaps.weights
      out.element(
        "p",
        text:
          "A member state is disengaged when it joined none of the \(context.kindPlural(focus)) it could have joined "
          + "(\(context.dateCaption)). The engagement score (0–1) is the weighted mean of five components, each "
          + "divided by the largest value among the member states: participation across all framework kinds "
          + "(weight \(ReportContext.decimal(w.participation))), leadership roles (\(ReportContext.decimal(w.leadership))), "
          + "events hosted (\(ReportContext.decimal(w.hosting))), funding (\(ReportContext.decimal(w.funding)), "
          + "\(w.fundingMeasure == .count ? "number of grants" : "euros")) and other commitments "
          + "(\(ReportContext.decimal(w.commitments))). Each cell shows the raw figure and, in brackets, the normalised one."
      )
      var table = HTMLTable(
        caption:
          "Member states in no \(context.kindLabel(focus)), \(context.dateCaption) (\(gaps.disengaged.count) of \(gaps.rows.count))",
        columns: [
          "Member state", "Score", "Participation, all kinds", "Leadership roles", "Events hosted", "Funding",
          "Commitments", "Joined", "Eligible", "Rate", "Absent from",
        ])
      table.emptyNote = "every member state joined at least one \(context.kindLabel(focus))."
      var sources = SourceList()
      for row in gaps.disengaged {
        let c = row.components
        let n = c.normalised.count == 5 ? c.normalised : [Double](repeating: 0, count: 5)
        let funding =
          w.fundingMeasure == .count ? String(c.fundsGiven) : "€" + ReportContext.decimal(c.fundsEUR, 0)
        table.rows.append([
          .labelled(row.label, detail: row.id),
          .number(ReportContext.decimal(row.score, 3)),
          .number("\(c.frameworksJoined)/\(c.frameworksEligible) (\(ReportContext.decimal(n[0])))"),
          .number("\(c.leadershipRoles) (\(ReportContext.decimal(n[1])))"),
          .number("\(c.eventsHosted) (\(ReportContext.decimal(n[2])))"),
          .number("\(funding) (\(ReportContext.decimal(n[3])))"),
          .number("\(c.commitments) (\(ReportContext.decimal(n[4])))"),
          .number(String(row.joined)), .number(String(row.eligible)), .number(ReportContext.percent(row.rate)),
          .list(row.absentFrom.map(context.label(of:))),
        ])
        if let explanation = try? context.network.explain(gaps, memberState: row.id) {
          for evidence in explanation.evidence { sources.add(evidence.row) }
        }
      }
      table.write(to: &out)
      sources.write(to: &out, network: context.network, about: "disengaged member states")
    }
  }
}
