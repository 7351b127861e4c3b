import DialogueGraph

/// The status tables (Annex I mobility partnerships, Annex II common agendas by default): one row
/// per partner country with the status **as printed** in the source, since when, and the
/// citation; with a date, also the status **derived** from dated rows on that date
/// (``StatusTable``). Sources: the row that gives each status, for both columns.
struct StatusSection {
  let context: ReportContext

  func write(to out: inout HTMLBuilder) {
    out.section(id: "status", heading: "Status tables") { out in
      if context.statusTables.isEmpty {
        out.element("p", [("class", "no-data")], text: "No status table was asked for.")
      }
      for spec in context.statusTables { write(spec, to: &out) }
    }
  }

  private func write(_ spec: StatusTableSpec, to out: inout HTMLBuilder) {
    let kind = context.kindLabel(spec.frameworkKind)
    out.element("h3", text: "\(spec.title): \(context.kindPlural(spec.frameworkKind))")
    guard context.isFrameworkKind(spec.frameworkKind) else {
      out.element(
        "p", [("class", "no-data")],
        text: "The dataset's vocabulary has no framework kind “\(spec.frameworkKind)”.")
      return
    }
    let network = context.network
    guard
      let printed = try? network.statusTable(
        frameworkKind: spec.frameworkKind, asOf: nil)
    else { return }
    let derived = context.asOf.flatMap {
      try? network.statusTable(frameworkKind: spec.frameworkKind, asOf: $0)
    }
    var columns = ["Country", "Framework", "Status as printed", "Since"]
    if let asOf = context.asOf { columns += ["Status on \(asOf)", "Since (derived)"] }
    columns.append("Citation")
    var table = HTMLTable(
      caption: "\(spec.title): \(context.kindPlural(spec.frameworkKind)) by partner country", columns: columns)
    table.emptyNote = "the dataset has no partner country in a \(kind)."
    var sources = SourceList()
    for (i, row) in printed.rows.enumerated() {
      var cells: [TableCell] = [
        .labelled(row.label, detail: row.country), .text(context.label(of: row.framework)),
        row.printed.isEmpty ? .empty : .labelled(row.printed, detail: row.printedEnglish),
        .text(row.printedSince ?? ""),
      ]
      sources.add(row.source)
      if let derived {
        // Both tables list the partner links in the same order (framework file order, then link).
        let d =
          derived.rows.indices.contains(i) && derived.rows[i].country == row.country ? derived.rows[i] : nil
        cells.append(d.map { $0.status.isEmpty ? .text("none dated") : .text($0.status) } ?? .empty)
        cells.append(.text(d?.since ?? ""))
        sources.add(d?.source)
      }
      cells.append(.text(row.citation))
      table.rows.append(cells)
    }
    table.write(to: &out)
    if derived != nil {
      out.element(
        "p", [("class", "note")],
        text:
          "“Status on” a date is derived from dated rows only: concluded when the framework's start is on or before "
          + "the date, else the latest dated status, else “negotiating” when an event of the framework took place."
      )
    }
    sources.write(to: &out, network: network, about: spec.title)
  }
}
