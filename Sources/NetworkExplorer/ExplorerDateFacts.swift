import DialogueGraph

/// Per-date facts the page shows beside the as-of state, each computed in Swift on every boundary of
/// the ``ExplorerTimeline`` by the core's own functions:
/// - **regions**: for each region, the nodes the region filter removes on that date
///   (`network.view(asOf: d)` minus `network.view(asOf: d, region: r)`: the countries outside it);
/// - **disengagement**: for each framework kind, the member states that joined no framework of the
///   kind on that date and the frameworks each is absent from, and how much the sources leave
///   unrecorded (``DialogueNetwork/participationGaps(frameworkKind:asOf:weights:)``).
///
/// - Complexity: O(B · (R + K) · (n + m)) for B boundaries, R regions and K framework kinds.
struct ExplorerDateFacts {
  /// A region and, per node, the runs of boundary indices on which the region filter hides it.
  struct Region {
    let node: Int
    let hiddenRuns: [Int: [Int]]
  }

  /// One framework kind's disengaged member states, as runs of boundaries with equal answers.
  struct Disengagement {
    /// A run `[from, to)` of boundary indices and, for each disengaged member state, its node and
    /// the nodes of the frameworks it is absent from.
    struct Run {
      let from: Int
      var to: Int
      let rows: [[Int]]
      /// How many member state × framework cells the sources do not record, said as the metric
      /// says it (``ParticipationMatrix/notRecordedNote``); nil when every cell is known.
      let notRecorded: String?
    }
    let kind: String
    let runs: [Run]
  }

  let regions: [Region]
  let disengagement: [Disengagement]
  /// Why a framework kind has no disengagement answer (the metric's own message), by kind.
  let problems: [String: String]

  init(network: DialogueNetwork, timeline: ExplorerTimeline) {
    let regionKind = network.conventions.regionKind
    let regionNodes = network.nodes.indices.filter { network.nodes[$0].kind == regionKind }
    var hidden = [RunBuilder](repeating: RunBuilder(count: network.nodes.count), count: regionNodes.count)
    for (k, day) in timeline.steps.enumerated() {
      let base = ExplorerTimeline.view(network, asOf: day)
      for (r, region) in regionNodes.enumerated() {
        let inRegion = ExplorerTimeline.view(network, asOf: day, region: network.nodes[region].id)
        hidden[r].record(base.nodeIndices.filter { !inRegion.contains(node: $0) }, at: k)
      }
    }
    regions = regionNodes.enumerated().map { r, node in
      var runs: [Int: [Int]] = [:]
      for (v, run) in hidden[r].runs.enumerated() where !run.isEmpty { runs[v] = run }
      return Region(node: node, hiddenRuns: runs)
    }

    var problems: [String: String] = [:]
    var disengagement: [Disengagement] = []
    let present = Set(network.nodes.map(\.kind))
    for kind in network.vocabulary.nodeKinds where kind.framework && present.contains(kind.id) {
      var runs: [Disengagement.Run] = []
      do {
        for (k, day) in timeline.steps.enumerated() {
          let gaps = try network.participationGaps(frameworkKind: kind.id, asOf: day)
          let rows = gaps.disengaged.map { row in [row.node] + row.absentFrom.compactMap { network.index(of: $0) } }
          let note = gaps.matrix.notRecordedNote
          if var last = runs.last, last.rows == rows, last.notRecorded == note, last.to == k {
            last.to = k + 1
            runs[runs.count - 1] = last
          } else {
            runs.append(Disengagement.Run(from: k, to: k + 1, rows: rows, notRecorded: note))
          }
        }
        disengagement.append(Disengagement(kind: kind.id, runs: runs))
      } catch {
        problems[kind.id] = error.description
      }
    }
    self.disengagement = disengagement
    self.problems = problems
  }
}
