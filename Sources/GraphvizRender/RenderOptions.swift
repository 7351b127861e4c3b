/// How hard `dot` may work, so that no render can hang.
///
/// `dot`'s network simplex (ranking and x-coordinates) and crossing minimisation have no time
/// limit by default; on a dense random graph of 200 nodes and 1,000 edges Graphviz 2.42 does not
/// finish. The bounds are graph attributes, applied only when the graph does not set them itself.
public enum DotEffort: Sendable, Hashable {
  /// Graphviz's defaults: unbounded network simplex; best drawings, may never finish.
  case unbounded
  /// Bounded iterations (the default): `nslimit`, `nslimit1`, `mclimit`, `searchsize` as in
  /// ``attributes``. Measured on this toolkit's dense benchmark graphs; sparse diagrams converge
  /// long before the bounds and are drawn exactly as with ``unbounded``.
  case bounded
  /// Tighter bounds for large or dense graphs, trading drawing quality for time.
  case fast

  /// The graph attributes implementing the bound.
  public var attributes: GraphvizAttributes {
    switch self {
    case .unbounded: return [:]
    case .bounded:
      return ["nslimit": "4", "nslimit1": "4", "mclimit": "0.5", "searchsize": "30"]
    case .fast:
      return ["nslimit": "1", "nslimit1": "1", "mclimit": "0.1", "searchsize": "10"]
    }
  }
}

/// Whether Graphviz's warnings fail a render.
public enum DiagnosticPolicy: Sendable, Hashable {
  /// Only errors throw; warnings are returned in ``Rendering/warnings``.
  case errorsOnly
  /// Any warning throws ``RenderError/warnings(message:)`` (for tests and strict pipelines).
  case warningsAreErrors
}

/// Options of one render beyond engine and format.
public struct RenderOptions: Sendable, Hashable {
  /// The bound on `dot`'s effort; ignored by the other engines.
  public var dotEffort: DotEffort
  /// Whether warnings fail the render.
  public var diagnostics: DiagnosticPolicy

  /// Creates options; the defaults bound `dot` and let warnings pass.
  public init(dotEffort: DotEffort = .bounded, diagnostics: DiagnosticPolicy = .errorsOnly) {
    self.dotEffort = dotEffort
    self.diagnostics = diagnostics
  }

  /// `graph` with the engine-specific defaults these options add (attributes the graph sets
  /// itself win).
  func prepared(_ graph: GraphvizGraph, for engine: LayoutEngine) -> GraphvizGraph {
    var prepared = graph
    if engine == .dot {
      for (name, value) in dotEffort.attributes.values where graph.attributes[name] == nil {
        prepared.attributes[name] = value
      }
    }
    return prepared
  }
}
