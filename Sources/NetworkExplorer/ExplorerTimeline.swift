import DialogueGraph

/// What exists on each date, computed by the project's one as-of rule (``DialogueNetwork/view(asOf:nodeKinds:edgeKinds:region:minimumConfidence:)``)
/// and nothing else; the page looks states up and never decides what exists.
///
/// ## Definition
/// The **boundaries** are the distinct days on which some row's dates begin or stop holding: every
/// node's and link's `start.firstDay` and `end.dayAfterLastDay`. Whatever the rule does with
/// those dates (a link may borrow its target's start, a prospective framework never exists), a
/// view can only change on one of these days, so the view on a day `d` equals the view on the last
/// boundary `b ≤ d`. The timeline takes `network.view(asOf: b)` for every boundary `b` and stores,
/// per node and per link, the runs of consecutive boundaries on which it is in the view
/// (`[from, to)` boundary indices).
///
/// - Complexity: O(B · (n + m)) for B boundaries, n nodes and m links.
struct ExplorerTimeline {
  /// The boundaries, ascending.
  let days: [Day]
  /// The dates the states are taken on: the boundaries, or — for a dataset without dated rows —
  /// one state regardless of date (`nil`).
  var steps: [Day?] { days.isEmpty ? [nil] : days }
  /// For each node, flat `[from, to, from, to…]` runs of boundary indices on which it is shown.
  let nodeRuns: [[Int]]
  /// For each link, the same.
  let edgeRuns: [[Int]]

  init(network: DialogueNetwork) {
    var candidates = Set<Day>()
    for node in network.nodes {
      if let start = node.start { candidates.insert(start.firstDay) }
      if let end = node.end { candidates.insert(end.dayAfterLastDay) }
    }
    for edge in network.edges {
      if let start = edge.start { candidates.insert(start.firstDay) }
      if let end = edge.end { candidates.insert(end.dayAfterLastDay) }
    }
    let days = candidates.sorted()
    self.days = days
    let steps: [Day?] = days.isEmpty ? [nil] : days
    var nodes = RunBuilder(count: network.nodes.count)
    var edges = RunBuilder(count: network.edges.count)
    for (k, day) in steps.enumerated() {
      let view = ExplorerTimeline.view(network, asOf: day)
      nodes.record(view.nodeIndices, at: k)
      edges.record(view.edgeIndices, at: k)
    }
    nodeRuns = nodes.runs
    edgeRuns = edges.runs
  }

  /// The view on `day` with optional region filter; without filters that name something the
  /// network lacks, a view cannot fail.
  static func view(_ network: DialogueNetwork, asOf day: Day?, region: String? = nil) -> NetworkView {
    do {
      return try network.view(asOf: day, region: region)
    } catch {
      preconditionFailure("a view without unknown filters failed: \(error)")
    }
  }
}

/// Turns "item i is present at step k" facts, given step by step in increasing k, into runs.
struct RunBuilder {
  /// For each item, flat `[from, to, from, to…]` runs of the steps it was present at.
  private(set) var runs: [[Int]]
  private var lastSeen: [Int]

  init(count: Int) {
    runs = [[Int]](repeating: [], count: count)
    lastSeen = [Int](repeating: -2, count: count)
  }

  /// Records that `items` are present at step `k` (called once per step, k increasing).
  mutating func record(_ items: [Int], at k: Int) {
    for i in items {
      if lastSeen[i] == k - 1, !runs[i].isEmpty {
        runs[i][runs[i].count - 1] = k + 1
      } else {
        runs[i] += [k, k + 1]
      }
      lastSeen[i] = k
    }
  }
}
