import DialogueGraph
import NetworkDiagrams

/// The diagrams: the two-mode picture (member states × frameworks of the focus kind) with the
/// disengaged member states highlighted and dashed lines to what they are absent from, and —
/// when ``ReportOptions/wholeNetwork`` allows and it stays readable — the whole network.
///
/// Each SVG comes from ``NetworkDiagram/render(_:options:format:)`` and goes through
/// ``SVGEmbedder`` (whitelist rebuild, `role="img"`, a `<title>` and a `<desc>`). A diagram that
/// cannot be drawn leaves a note instead, never a failed report.
struct DiagramSection {
  let context: ReportContext
  let gaps: ParticipationGaps?
  let gapsNote: String?

  func write(to out: inout HTMLBuilder) {
    out.section(id: "diagram", heading: "Diagrams") { out in
      writeTwoMode(to: &out)
      writeWholeNetwork(to: &out)
    }
  }

  private func writeTwoMode(to out: inout HTMLBuilder) {
    let focus = context.focusKind
    let heading =
      context.kindPlural(context.conventions.memberStateKind).capitalizedFirst + " × "
      + context.kindPlural(focus)
    out.element("h3", text: heading)
    guard let gaps else {
      out.element("p", [("class", "no-data")], text: gapsNote ?? "No data for this diagram.")
      return
    }
    let disengaged = gaps.disengaged
    var absent: [String: [String]] = [:]
    for row in disengaged { absent[row.id] = row.absentFrom }
    let highlight = DiagramHighlight(
      nodes: Set(disengaged.map(\.id)), absentFrom: absent, caption: "joined no " + context.kindLabel(focus))
    var options = DiagramOptions(
      subject: .twoMode(frameworkKind: focus), asOf: context.asOf, highlight: highlight)
    options.page = .a4Portrait  // the report's printed page: every label at 7 pt or more
    var description =
      "Two-mode diagram \(context.dateCaption): \(context.count(gaps.matrix.memberStates.count, kind: context.conventions.memberStateKind)) "
      + "on one side, \(context.count(gaps.matrix.frameworks.count, kind: focus)) on the other, a line for each membership."
    if disengaged.isEmpty {
      description += " Every member state joined at least one."
    } else {
      description +=
        " Outlined in red, with dashed red lines to the frameworks they are absent from: the "
        + context.count(disengaged.count, kind: context.conventions.memberStateKind) + " that joined none ("
        + disengaged.map(\.id).joined(separator: ", ") + ")."
    }
    writeFigure(
      options: options, idPrefix: "two-mode", title: heading + " " + context.dateCaption,
      description: description,
      caption: description + " The same data as a table: see the participation matrix.", wide: false, to: &out
    )
  }

  private func writeWholeNetwork(to out: inout HTMLBuilder) {
    out.element("h3", text: "Whole network")
    if let link = context.options.explorerLink {
      out.open("p")
      out.text("The whole network, to explore by date, kind and region: ")
      out.element("a", [("href", link)], text: "open the interactive explorer")
      out.text(" (a file written beside this report).")
      out.close("p")
    }
    let network = context.network
    let view = (try? network.view(asOf: context.asOf)) ?? network.wholeView
    let nodes = view.nodeIndices.count, links = view.edgeIndices.count
    let size =
      "\(ReportContext.count(nodes, "node", "nodes")) and \(ReportContext.count(links, "link", "links")) \(context.dateCaption)"
    let options = DiagramOptions(subject: .network, asOf: context.asOf)
    let description = "The whole network \(context.dateCaption): \(size), drawn with a force-directed layout."
    switch context.options.wholeNetwork {
    case .never:
      out.element("p", [("class", "no-data")], text: "Not drawn in this report (\(size)).")
    case .overview:
      var overview = DiagramOptions(subject: .overview, asOf: context.asOf)
      overview.page = .a4Portrait
      let description =
        "The whole network \(context.dateCaption) in overview (\(size)): one box per kind of node — countries "
        + "other than member states one box per region — with the number of nodes in it, and a line between two "
        + "boxes as thick as the number of links joining them (the number on it). Every node and link: the "
        + "interactive explorer (dialogue explore)."
      writeFigure(
        options: overview, idPrefix: "overview", title: "Whole network in overview " + context.dateCaption,
        description: description, caption: description, wide: false, to: &out)
    case .always:
      writeFigure(
        options: options, idPrefix: "network", title: "Whole network " + context.dateCaption,
        description: description,
        caption: description, wide: true, to: &out)
    case .whenReadable(let maximumNodes, let maximumWidth):
      guard nodes <= maximumNodes else {
        out.element(
          "p", [("class", "no-data")],
          text: "Not drawn inline: \(size) — more than \(maximumNodes) nodes cannot be read at page width. "
            + "Draw it separately, as its own SVG or PDF (NetworkDiagrams, subject: whole network).")
        return
      }
      guard
        let svg = render(
          options: options, idPrefix: "network", title: "Whole network", description: description, to: &out)
      else { return }
      guard svg.widthPoints <= maximumWidth else {
        out.element(
          "p", [("class", "no-data")],
          text: "Not drawn inline: the layout of \(size) is \(Int(svg.widthPoints.rounded())) points wide "
            + "(more than \(Int(maximumWidth))) and cannot be read at page width.")
        return
      }
      writeFigure(svg: svg, caption: description, wide: false, to: &out)
    }
  }

  private func writeFigure(
    options: DiagramOptions, idPrefix: String, title: String, description: String, caption: String,
    wide: Bool,
    to out: inout HTMLBuilder
  ) {
    guard
      let svg = render(options: options, idPrefix: idPrefix, title: title, description: description, to: &out)
    else { return }
    writeFigure(svg: svg, caption: caption, wide: wide, to: &out)
  }

  private func writeFigure(svg: EmbeddedSVG, caption: String, wide: Bool, to out: inout HTMLBuilder) {
    out.open("figure")
    out.open("div", [("class", wide ? "diagram wide" : "diagram")])
    out.trusted(svg.markup)  // rebuilt from a whitelist, every text escaped (SVGEmbedder)
    out.close("div")
    out.element("figcaption", text: caption)
    out.close("figure")
    out.newline()
  }

  /// The embedded SVG, or `nil` after writing a note saying why it could not be drawn.
  private func render(
    options: DiagramOptions, idPrefix: String, title: String, description: String, to out: inout HTMLBuilder
  ) -> EmbeddedSVG? {
    do {
      let data = try NetworkDiagram.render(context.network, options: options, format: .svg)
      return try SVGEmbedder.embed(svg: data, idPrefix: idPrefix, title: title, description: description)
    } catch let error as DiagramError {
      out.element("p", [("class", "no-data")], text: "The diagram could not be drawn: \(error.description)")
    } catch {
      out.element("p", [("class", "no-data")], text: "The diagram could not be embedded: \(error)")
    }
    return nil
  }
}
