import DialogueGraph

/// Coverage, as of the date:
/// - **thematic**: framework × thematic priority for every framework kind whose frameworks
///   address at least one priority (``ThematicCoverage``), with the count per priority as a footer;
/// - **geographic**: for every region with countries, the share of its countries that take part
///   in a framework of the focus kind (``GeographicCoverage`` with ``CoverageInstrument/frameworkKind(_:)``).
/// Sources: the framework and `addresses` rows; the region, `in-region` and covering rows (from
/// ``DialogueNetwork/explain(_:country:)``).
struct CoverageSection {
  let context: ReportContext

  func write(to out: inout HTMLBuilder) {
    out.section(id: "coverage", heading: "Coverage") { out in
      writeThematic(to: &out)
      writeGeographic(to: &out)
    }
  }

  private func writeThematic(to out: inout HTMLBuilder) {
    let themeKind = context.conventions.themeKind
    out.element("h3", text: "Thematic priorities")
    guard context.hasNodes(ofKind: themeKind) else {
      out.element("p", [("class", "no-data")], text: "The dataset has no \(context.kindPlural(themeKind)).")
      return
    }
    var written = 0
    for kind in context.frameworkKinds {
      guard
        let coverage = try? context.network.thematicCoverage(
          frameworkKind: kind, asOf: context.asOf),
        coverage.rows.contains(where: { !$0.themes.isEmpty })
      else { continue }
      write(coverage, to: &out)
      written += 1
    }
    if written == 0 {
      out.element(
        "p", [("class", "no-data")],
        text: "No framework existing \(context.dateCaption) is linked to a \(context.kindLabel(themeKind)).")
    }
  }

  private func write(_ coverage: ThematicCoverage, to out: inout HTMLBuilder) {
    let kind = context.kindLabel(coverage.frameworkKind)
    var table = HTMLTable(
      caption:
        "\(context.kindPlural(coverage.frameworkKind).capitalizedFirst) × \(context.kindPlural(context.conventions.themeKind)), "
        + "\(context.dateCaption): ✓ addressed, — not addressed, ? not recorded in the sources",
      columns: [kind.capitalizedFirst] + coverage.allThemes.map(context.label(of:)) + ["Share"])
    var sources = SourceList()
    for row in coverage.rows {
      let addressed = Set(row.themes)
      table.rows.append(
        [.labelled(row.label, detail: row.framework)]
          + coverage.allThemes.map {
            .mark(addressed.contains($0) ? .yes : row.themesRecorded ? .no : .notRecorded)
          }
          + [row.themesRecorded ? .number(ReportContext.percent(row.ratio)) : .mark(.notRecorded)])
      sources.add(nodes: [row.node])
      sources.add(edges: row.evidence)
    }
    table.footer = [
      [.text("Frameworks addressing it")] + coverage.themeCounts.map { .number(String($0)) }
        + [.number("balance " + ReportContext.decimal(coverage.balance))]
    ]
    table.write(to: &out)
    if let note = coverage.notRecordedNote { out.element("p", [("class", "note")], text: note) }
    sources.write(
      to: &out, network: context.network, about: "thematic coverage of \(context.kindPlural(coverage.frameworkKind))")
  }

  private func writeGeographic(to out: inout HTMLBuilder) {
    let focus = context.focusKind
    let regionKind = context.conventions.regionKind
    out.element("h3", text: "Regions reached by \(context.kindPlural(focus))")
    guard context.isFrameworkKind(focus) else {
      out.element("p", [("class", "no-data")], text: "The vocabulary has no framework kind “\(focus)”.")
      return
    }
    guard context.hasNodes(ofKind: regionKind) else {
      out.element("p", [("class", "no-data")], text: "The dataset has no \(context.kindPlural(regionKind)).")
      return
    }
    var table = HTMLTable(
      caption:
        "Countries of each region taking part in a \(context.kindLabel(focus)), \(context.dateCaption)",
      columns: ["Region", "Countries", "Covered", "Share", "Covered countries"])
    table.emptyNote = "no region has countries on the date."
    var sources = SourceList()
    let network = context.network
    for region in network.nodes.indices where network.nodes[region].kind == regionKind {
      let id = network.nodes[region].id
      guard
        let coverage = try? network.geographicCoverage(
          of: .region(id), by: .frameworkKind(focus), asOf: context.asOf),
        !coverage.countryNodes.isEmpty
      else { continue }
      table.rows.append([
        .labelled(network.nodes[region].label, detail: id), .number(String(coverage.countryNodes.count)),
        .number(String(coverage.covered.count)), .number(ReportContext.percent(coverage.ratio)),
        .list(coverage.covered.map(context.label(of:))),
      ])
      sources.add(nodes: [region])
      for country in coverage.countryNodes.map({ network.nodes[$0].id }) {
        guard let explanation = try? network.explain(coverage, country: country) else { continue }
        for evidence in explanation.evidence { sources.add(evidence.row) }
      }
    }
    table.write(to: &out)
    sources.write(to: &out, network: network, about: "regions reached by \(context.kindPlural(focus))")
  }
}
