import DialogueGraph

/// Who takes part in what, as of the date:
/// - the **participation matrix** of the focus kind (member state × framework, ✓ joined, — could
///   have joined but did not, blank not eligible; ``ParticipationMatrix``), with the share of
///   member states in each framework as a footer;
/// - a **summary across framework kinds**: per member state, joined / eligible for every framework
///   kind that has a framework on the date.
/// Sources: the member-state rows, the framework rows and the `participates-in` rows that show
/// each ✓.
struct ParticipationSection {
  let context: ReportContext
  let gaps: ParticipationGaps?
  let gapsNote: String?

  func write(to out: inout HTMLBuilder) {
    out.section(id: "participation", heading: "Participation") { out in
      if let gaps {
        writeMatrix(gaps.matrix, to: &out)
      } else {
        out.element("p", [("class", "no-data")], text: gapsNote ?? "No data.")
      }
      writeSummary(to: &out)
    }
  }

  private func writeMatrix(_ matrix: ParticipationMatrix, to out: inout HTMLBuilder) {
    let kind = context.kindLabel(matrix.frameworkKind)
    out.element("h3", text: "Member state × " + kind)
    var table = HTMLTable(
      caption:
        "Participation in each \(kind), \(context.dateCaption): ✓ joined, — could have joined but did not",
      columns: ["Member state", "Joined", "Rate"] + matrix.frameworks.map(\.id))
    table.classes = ["matrix"]
    for (i, framework) in matrix.frameworks.enumerated() { table.columnTitles[i + 3] = framework.label }
    table.emptyNote =
      matrix.frameworks.isEmpty
      ? "no \(kind) existed on the date." : "no member state on the date."
    var sources = SourceList()
    if !matrix.frameworks.isEmpty {
      for (r, row) in matrix.memberStates.enumerated() {
        var cells: [TableCell] = [
          .labelled(row.label, detail: row.id), .number("\(row.joined.count)/\(row.joined.count + row.absentFrom.count)"),
          .number(ReportContext.percent(row.rate)),
        ]
        for entry in matrix.entries[r] {
          switch entry {
          case .joined(let edges):
            cells.append(.mark(.yes))
            sources.add(edges: edges)
          case .absent: cells.append(.mark(.no))
          case .notEligible: cells.append(.mark(.notApplicable))
          case .notRecorded: cells.append(.mark(.notRecorded))
          }
        }
        table.rows.append(cells)
        sources.add(nodes: [row.node])
      }
      table.footer = [
        [.text("Member states in"), .empty, .empty]
          + matrix.frameworks.map {
            .number("\($0.memberStatesIn.count)/\($0.memberStatesIn.count + $0.memberStatesOut.count)")
          }
      ]
      sources.add(nodes: matrix.frameworks.map(\.node))
    }
    table.write(to: &out)
    if let note = matrix.notRecordedNote { out.element("p", [("class", "note")], text: note) }
    if !matrix.frameworks.isEmpty {
      out.open("p", [("class", "note")])
      out.text("Column headers are framework ids: ")
      out.text(matrix.frameworks.map { "\($0.id) = \($0.label)" }.joined(separator: "; ") + ".")
      out.close("p")
    }
    sources.write(to: &out, network: context.network, about: "participation matrix")
  }

  private func writeSummary(to out: inout HTMLBuilder) {
    out.element("h3", text: "Across framework kinds")
    var matrices: [ParticipationMatrix] = []
    for kind in context.frameworkKinds {
      guard
        let matrix = try? context.network.participationMatrix(
          frameworkKind: kind, asOf: context.asOf),
        !matrix.frameworks.isEmpty
      else { continue }
      matrices.append(matrix)
    }
    var table = HTMLTable(
      caption: "Frameworks joined / could have joined, per framework kind, \(context.dateCaption)",
      columns: ["Member state"] + matrices.map { context.kindLabel($0.frameworkKind) })
    table.emptyNote = "no member state or no framework on the date."
    var sources = SourceList()
    if let first = matrices.first {
      for (r, row) in first.memberStates.enumerated() {
        var cells: [TableCell] = [.labelled(row.label, detail: row.id)]
        for matrix in matrices {
          let m = matrix.memberStates[r]
          let unknown = m.notRecorded.isEmpty ? "" : " (\(m.notRecorded.count) not recorded)"
          cells.append(.number("\(m.joined.count)/\(m.joined.count + m.absentFrom.count)" + unknown))
          for entry in matrix.entries[r] { if case .joined(let edges) = entry { sources.add(edges: edges) } }
        }
        table.rows.append(cells)
      }
    }
    table.write(to: &out)
    let unknown = matrices.reduce(0) { $0 + $1.notRecordedCount }
    if unknown > 0 {
      out.element(
        "p", [("class", "note")],
        text: "\(unknown) member state × framework cells are not recorded in the sources (memberships the sources do "
          + "not list): they count neither as joined nor as absent.")
    }
    sources.write(to: &out, network: context.network, about: "participation across framework kinds")
  }
}
