import GraphvizRender

/// The largest diagram each Graphviz engine is asked to lay out.
///
/// Graphviz's layouts have no time limit of their own and run in this process: `circo` on the GAMM
/// dataset (479 nodes) did not finish in 400 s, `dot` on 2,000 nodes and 20,000 links not in 180 s.
/// A diagram above its engine's budget is refused before layout with a message that names an
/// engine or a smaller view that can draw it, instead of a command that never returns.
///
/// The limits come from `Benchmarks/layout_budget.py` and the measurements recorded in README
/// "Reliability": random sparse networks through the real binary on the shared 2-core machine
/// (load average 13–17, so a quiet machine is several times faster). Each limit is the largest
/// measured size whose layout took under about 10 s there. `dot`'s time grows with the links
/// beyond a spanning tree (its crossing minimisation): 400 nodes with 400 links took 0.5 s, 75 with
/// 225 took 2.3 s, 100 with 300 more than 20 s — so `dot` (and `circo`) also bound
/// ``Limit/extraLinks``, links minus nodes. Links are counted after parallel links are drawn once
/// (``ParallelLinks``). The shipped datasets' views are far inside: GAMM's whole network is 480
/// nodes and 1,296 links (sfdp), its two-mode view 37 nodes and 85 links (dot).
public enum LayoutBudget {
  /// One engine's budget.
  public struct Limit: Sendable, Equatable {
    public var nodes: Int
    public var links: Int
    /// The most links beyond one per node (`links - nodes`), for engines whose time grows with it.
    public var extraLinks: Int?

    func admits(nodes n: Int, links m: Int) -> Bool {
      n <= nodes && m <= links && (extraLinks.map { m - n <= $0 } ?? true)
    }

    var text: String {
      "at most \(nodes) nodes and \(links) links"
        + (extraLinks.map { ", and at most \($0) more links than nodes" } ?? "")
    }
  }

  /// The budgets by engine name; other installed engines get the `neato` budget.
  public static let limits: [String: Limit] = [
    "dot": Limit(nodes: 400, links: 600, extraLinks: 150),
    "neato": Limit(nodes: 500, links: 1_500),
    "fdp": Limit(nodes: 500, links: 1_500),
    "sfdp": Limit(nodes: 1_000, links: 3_000),
    "twopi": Limit(nodes: 1_000, links: 3_000),
    "circo": Limit(nodes: 75, links: 225, extraLinks: 150),
  ]

  /// The longest a layout may take, in seconds, or `nil` for no limit (the library default). When
  /// set, diagrams are laid out in a child process that is stopped past the limit (see
  /// ``GraphvizRenderer/renderInChildProcess(_:engine:format:seconds:)``); the `dialogue` tool
  /// sets it once at start-up, before other threads exist (`nonisolated(unsafe)` for that reason).
  nonisolated(unsafe) public static var timeLimit: Double? = nil

  /// The budget of `engine`.
  public static func limit(for engine: LayoutEngine) -> Limit {
    limits[engine.rawValue] ?? limits["neato"]!
  }

  /// Checks a diagram of `nodes` nodes and `links` drawn links against `engine`'s budget.
  /// - Throws: ``DiagramError/overLayoutBudget(_:)`` with the engines that could draw it and the
  ///   views that make it smaller.
  static func check(engine: LayoutEngine, nodes: Int, links: Int) throws(DiagramError) {
    let limit = limit(for: engine)
    guard !limit.admits(nodes: nodes, links: links) else { return }
    let fitting = LayoutEngine.allCases.filter {
      $0 != engine && Self.limit(for: $0).admits(nodes: nodes, links: links)
    }
    var message =
      "\(nodes) nodes and \(links) links are more than the \(engine.rawValue) layout draws in reasonable time"
      + " (\(limit.text))"
    if !fitting.isEmpty {
      message += " — use the \(fitting.map(\.rawValue).joined(separator: " or ")) engine (dialogue render --engine)"
      message += ", or draw less"
    } else {
      message += " — draw less"
    }
    message +=
      " (dialogue render --view ego --focus ID, --kinds, --edge-kinds, --region or --as-of);"
      + " dialogue render --no-layout-limit lifts the limit (the layout may then take minutes or hours)"
    throw .overLayoutBudget(message)
  }
}
