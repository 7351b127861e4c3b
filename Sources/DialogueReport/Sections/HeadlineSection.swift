import DialogueGraph

/// "At a glance": the key figures, then nodes and links per kind and frameworks per kind.
///
/// Figures on the date use the same rules as the metrics (`Datasets/SCHEMA.md`, "Dates"): a node
/// or link holds on d by its dates (``DialogueNetwork/view(asOf:nodeKinds:edgeKinds:region:minimumConfidence:)``);
/// a framework *exists* on d when it has a `start` and holds on d (prospective frameworks never do).
struct HeadlineSection {
  let context: ReportContext
  let gaps: ParticipationGaps?

  func write(to out: inout HTMLBuilder) {
    let network = context.network
    let view = (try? network.view(asOf: context.asOf)) ?? network.wholeView
    out.section(id: "figures", heading: "At a glance") { out in
      writeKeyFigures(view: view, to: &out)
      out.open("div", [("class", "side-by-side")])
      kindTable(view: view).write(to: &out)
      linkTable(view: view).write(to: &out)
      frameworkTable().write(to: &out)
      out.close("div")
      out.element(
        "p", [("class", "note")],
        text:
          "Counts cover every row of nodes.csv and edges.csv; the sources of each figure are listed under the tables below."
      )
    }
  }

  private func writeKeyFigures(view: NetworkView, to out: inout HTMLBuilder) {
    let network = context.network
    let memberStateKind = context.conventions.memberStateKind
    let memberStates = view.nodeIndices.filter { network.nodes[$0].kind == memberStateKind }.count
    let focus = context.focusKind
    var figures: [(String, String)] = [
      ("Nodes / links on the date", "\(view.nodeIndices.count) / \(view.edgeIndices.count)"),
      ("Nodes / links in the dataset", "\(network.nodes.count) / \(network.edges.count)"),
      (
        context.kindPlural(memberStateKind).capitalizedFirst + " " + context.dateCaption, String(memberStates)
      ),
    ]
    if context.isFrameworkKind(focus) {
      figures.append(
        (
          context.kindPlural(focus).capitalizedFirst + " existing " + context.dateCaption,
          String(existing(focus).count)
        ))
    }
    if let gaps {
      figures.append(
        (
          context.kindPlural(memberStateKind).capitalizedFirst + " in no " + context.kindLabel(focus),
          "\(gaps.disengaged.count) of \(gaps.rows.count)"
        ))
    }
    figures.append(("Dates in the dataset", dateRange() ?? "none"))
    out.open("dl", [("class", "key-figures")])
    for (term, value) in figures {
      out.open("div")
      out.element("dt", text: term)
      out.element("dd", text: value)
      out.close("div")
    }
    out.close("dl")
    out.newline()
  }

  /// Frameworks of `kind` that exist on the date (file order), by the core's one rule.
  func existing(_ kind: String) -> [Int] {
    context.network.nodes.indices.filter { i in
      context.network.nodes[i].kind == kind && context.network.frameworkExists(i, asOf: context.asOf)
    }
  }

  private func kindTable(view: NetworkView) -> HTMLTable {
    let network = context.network
    var inDataset: [String: Int] = [:], onDate: [String: Int] = [:]
    for node in network.nodes { inDataset[node.kind, default: 0] += 1 }
    for node in view.nodes { onDate[node.kind, default: 0] += 1 }
    let order = orderedKinds(Set(inDataset.keys), known: network.vocabulary.nodeKinds.map(\.id))
    var table = HTMLTable(
      caption: "Nodes per kind (\(context.dateCaption); total in the dataset)",
      columns: ["Kind", "On the date", "Total"])
    table.rows = order.map { kind in
      [
        .labelled(context.kindLabel(kind), detail: kind), .number(String(onDate[kind] ?? 0)),
        .number(String(inDataset[kind] ?? 0)),
      ]
    }
    return table
  }

  private func linkTable(view: NetworkView) -> HTMLTable {
    let network = context.network
    var inDataset: [String: Int] = [:], onDate: [String: Int] = [:]
    for edge in network.edges { inDataset[edge.kind, default: 0] += 1 }
    for edge in view.edges { onDate[edge.kind, default: 0] += 1 }
    let order = orderedKinds(Set(inDataset.keys), known: network.vocabulary.edgeKinds.map(\.id))
    var table = HTMLTable(
      caption: "Links per kind (\(context.dateCaption); total in the dataset)",
      columns: ["Kind", "On the date", "Total"])
    table.rows = order.map { kind in
      let label = network.vocabulary.edgeKind(kind)?.label ?? kind
      return [
        .labelled(label, detail: kind), .number(String(onDate[kind] ?? 0)),
        .number(String(inDataset[kind] ?? 0)),
      ]
    }
    return table
  }

  private func frameworkTable() -> HTMLTable {
    var table = HTMLTable(
      caption: "Frameworks of each kind existing \(context.dateCaption) (concluded or launched, not ended)",
      columns: ["Framework kind", "Existing", "Total (incl. prospective)"])
    table.emptyNote = "The vocabulary marks no node kind as a framework."
    for kind in context.frameworkKinds {
      let total = context.network.nodes.filter { $0.kind == kind }.count
      guard total > 0 else { continue }
      table.rows.append([
        .labelled(context.kindLabel(kind), detail: kind), .number(String(existing(kind).count)),
        .number(String(total)),
      ])
    }
    return table
  }

  /// "earliest – latest" over every `start` and `end` of nodes and links, as written.
  func dateRange() -> String? {
    let network = context.network
    var dates: [PartialDate] = []
    for node in network.nodes { dates += [node.start, node.end].compactMap { $0 } }
    for edge in network.edges { dates += [edge.start, edge.end].compactMap { $0 } }
    guard let first = dates.min(by: { ($0.firstDay, $0.description) < ($1.firstDay, $1.description) }),
      let last = dates.max(by: { ($0.firstDay, $0.description) < ($1.firstDay, $1.description) })
    else { return nil }
    return "\(first) – \(last)"
  }

  /// Kinds in vocabulary order, then unknown ones alphabetically.
  private func orderedKinds(_ present: Set<String>, known: [String]) -> [String] {
    known.filter(present.contains) + present.subtracting(known).sorted()
  }
}

extension String {
  /// The string with its first letter upper-cased ("mobility partnerships" → "Mobility partnerships").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
