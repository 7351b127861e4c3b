/// A Graphviz layout engine (the `engine` argument of `gvLayout`).
///
/// The six engines every Graphviz installation ships are static members; ``init(rawValue:)``
/// names any other installed layout plugin (`osage`, `patchwork`…). An unknown name is reported
/// by Graphviz itself when rendering (``RenderError/layoutFailed(engine:message:)``).
public struct LayoutEngine: RawRepresentable, Sendable, Hashable, CaseIterable,
  CustomStringConvertible
{
  /// The plugin name passed to `gvLayout`.
  public let rawValue: String

  /// Names a layout plugin; it is checked by Graphviz when used.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Hierarchical layers (network simplex ranking); best for flows and hierarchies.
  public static let dot = LayoutEngine(rawValue: "dot")
  /// Spring model minimising stress; good for small undirected networks (≲ 100 nodes).
  public static let neato = LayoutEngine(rawValue: "neato")
  /// Force-directed placement (Fruchterman–Reingold); supports clusters.
  public static let fdp = LayoutEngine(rawValue: "fdp")
  /// Multiscale force-directed placement; the engine for large graphs (thousands of nodes).
  public static let sfdp = LayoutEngine(rawValue: "sfdp")
  /// Circular layout of biconnected components.
  public static let circo = LayoutEngine(rawValue: "circo")
  /// Radial layout around a root node.
  public static let twopi = LayoutEngine(rawValue: "twopi")

  /// The six standard engines.
  public static let allCases: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

  /// The plugin name.
  public var description: String { rawValue }
}
