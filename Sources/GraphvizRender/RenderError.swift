/// Why a graph could not be laid out or rendered; each case carries Graphviz's own words.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Graphviz has no layout plugins: its plugin configuration (`config6a`) is missing, so
  /// `gvContext` loaded nothing. The fix is given in ``description``.
  case pluginsNotConfigured(directory: String)
  /// `gvLayout` failed or reported an error (unknown engine, bad attribute value…).
  case layoutFailed(engine: String, message: String)
  /// `gvRenderData` failed or reported an error (unknown format…).
  case renderFailed(format: String, message: String)
  /// The graph could not be built (`agopen`, `agnode`, `agedge`, `agsubg` or `agsafeset`
  /// failed), for example an attribute value Graphviz rejects.
  case invalidGraph(message: String)
  /// Graphviz completed but reported warnings while ``DiagnosticPolicy/warningsAreErrors``
  /// was requested.
  case warnings(message: String)

  /// A one-paragraph explanation for an analyst.
  public var description: String {
    switch self {
    case .pluginsNotConfigured(let directory):
      return "Graphviz has no layout plugins configured (no config6a in \(directory)). "
        + "Run `libgvc6-config-update -c` as root (or `make setup`) and try again."
    case .layoutFailed(let engine, let message):
      return "Graphviz layout with \(engine) failed: \(message)"
    case .renderFailed(let format, let message):
      return "Graphviz rendering to \(format) failed: \(message)"
    case .invalidGraph(let message):
      return "Graphviz rejected the graph: \(message)"
    case .warnings(let message):
      return "Graphviz reported warnings: \(message)"
    }
  }
}
