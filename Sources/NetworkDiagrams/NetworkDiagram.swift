import DialogueGraph
import Foundation
import GraphvizRender

/// Why a diagram could not be drawn.
public enum DiagramError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A filter named an unknown kind, region or confidence level.
  case invalidFilter(String)
  /// The ego network's centre is not a node of the dataset.
  case unknownNode(String)
  /// The framework kind is not a node kind of the dataset's vocabulary.
  case unknownFrameworkKind(String, known: [String])
  /// The radius of an ego network must be at least 1.
  case invalidRadius(Int)
  /// Graphviz could not lay out or render the diagram.
  case render(String)
  /// The diagram is larger than its layout engine's ``LayoutBudget``; the message says what to use.
  case overLayoutBudget(String)

  public var description: String {
    switch self {
    case .invalidFilter(let message): message
    case .unknownNode(let id): "unknown node \"\(id)\" — expected an id from the dataset's nodes.csv"
    case .unknownFrameworkKind(let kind, let known):
      "unknown framework kind \"\(kind)\" — expected one of: \(known.joined(separator: ", "))"
    case .invalidRadius(let r): "radius \(r) is not allowed — expected a whole number of at least 1"
    case .render(let message): "the diagram could not be drawn: \(message)"
    case .overLayoutBudget(let message): "the diagram is too large to draw: \(message)"
    }
  }
}

/// Builds Graphviz graphs of a dialogue network: the styling and selection layer between the
/// dataset (``DialogueNetwork``) and the rendering engine (``GraphvizRenderer``).
///
/// Node names in the output are the dataset ids, so an SVG's `<title>` elements list exactly the
/// nodes drawn; labels are the dataset labels, always passed as literal text (never interpreted by
/// Graphviz). Everything is ordered by the dataset's row order, so the same dataset and options
/// always give byte-identical output.
///
/// ```swift
/// let network = try DialogueNetwork.load(from: URL(fileURLWithPath: "Datasets/gamm-2012-2013"))
/// let svg = try NetworkDiagram.render(network, options: DiagramOptions(subject: .twoMode(frameworkKind: "mobility-partnership")), format: .svg)
/// ```
public enum NetworkDiagram {
  /// The Graphviz graph for `network` drawn with `options`.
  /// - Throws: ``DiagramError`` for unknown ids or kinds.
  /// - Complexity: O(n + m), plus the centrality used for node size.
  public static func graph(for network: DialogueNetwork, options: DiagramOptions) throws(DiagramError) -> GraphvizGraph
  {
    let selection = try DiagramSelection(network: network, options: options)
    let builder = DiagramBuilder(network: network, options: options, selection: selection)
    if case .overview = options.subject {
      return NetworkOverview(network: network, options: options, selection: selection).graph(title: builder.title)
    }
    if case .frameworks(let kind) = options.subject, options.groupsActors {
      var overview = NetworkOverview(network: network, options: options, selection: selection)
      overview.individuals = Set(selection.nodes.filter { network.nodes[$0].kind == kind })
      return overview.graph(title: builder.title + " — their actors grouped by kind and region")
    }
    return builder.build()
  }

  /// How many nodes and links a diagram with `options` draws (the legend not counted): zero links
  /// means an empty view, which the `render` command reports.
  /// - Throws: ``DiagramError`` for unknown ids or kinds.
  public static func content(
    of network: DialogueNetwork, options: DiagramOptions
  ) throws(DiagramError) -> (nodes: Int, links: Int) {
    let selection = try DiagramSelection(network: network, options: options)
    return (selection.nodes.count, selection.edges.count)
  }

  /// Draws `network` and renders it in `format` through Graphviz, in this process.
  /// - Throws: ``DiagramError`` for unknown ids or kinds, a diagram over its engine's
  ///   ``LayoutBudget`` (unless ``DiagramOptions/ignoresLayoutBudget``), or when Graphviz fails.
  ///
  /// With a ``DiagramOptions/page`` and no ``DiagramOptions/labelWidth``, a diagram whose labels
  /// would print below ``DiagramPage/minimumLabelPoints`` is laid out again with narrower labels
  /// (16, then 12 characters a line: taller, narrower nodes), and a frameworks view then with its
  /// actors grouped (``DiagramOptions/groupsActors``), keeping the most legible; only diagrams of
  /// at most ``refitNodeLimit`` nodes, whose layouts take a fraction of a second.
  public static func render(
    _ network: DialogueNetwork, options: DiagramOptions, format: OutputFormat
  ) throws(DiagramError) -> Data {
    guard options.page != nil, options.labelWidth == nil,
      try content(of: network, options: options).nodes <= refitNodeLimit
    else { return try renderOnce(network, options: options, format: format) }
    let first = try renderOnce(network, options: options, format: .svg)
    var best = options
    var bestPoints = DiagramLegibility.smallestTextPoints(inSVG: String(decoding: first, as: UTF8.self)) ?? .infinity
    var legible: Bool { bestPoints >= DiagramPage.minimumLabelPoints }
    /// Lays out `candidate`, keeps it when it prints larger than the best so far.
    func attempt(_ candidate: DiagramOptions) throws(DiagramError) {
      let svg = try renderOnce(network, options: candidate, format: .svg)
      let points = DiagramLegibility.smallestTextPoints(inSVG: String(decoding: svg, as: UTF8.self)) ?? .infinity
      if points > bestPoints {
        best = candidate
        bestPoints = points
      }
    }
    for width in [16, 12] where !legible {
      var narrower = options
      narrower.labelWidth = width
      try attempt(narrower)
    }
    // A frameworks view with many actors: keep the frameworks, group their actors. Its frameworks
    // stand in one column: wider labels (fewer lines) make the column shorter.
    if case .frameworks = options.subject, !options.groupsActors {
      for width in [nil, 40] as [Int?] where !legible {
        var grouped = options
        grouped.groupsActors = true
        grouped.labelWidth = width
        try attempt(grouped)
      }
    }
    if format == .svg && best.labelWidth == options.labelWidth && best.groupsActors == options.groupsActors {
      return first
    }
    return try renderOnce(network, options: best, format: format)
  }

  /// The largest diagram ``render(_:options:format:)`` lays out again to make it legible.
  public static let refitNodeLimit = 150

  private static func renderOnce(
    _ network: DialogueNetwork, options: DiagramOptions, format: OutputFormat
  ) throws(DiagramError) -> Data {
    let graph = try graph(for: network, options: options)
    let engine = options.resolvedEngine
    if !options.ignoresLayoutBudget {
      try LayoutBudget.check(engine: engine, nodes: graph.nodes.count, links: graph.edges.count)
    }
    if let seconds = LayoutBudget.timeLimit, !options.ignoresLayoutBudget {
      do {
        return try GraphvizRenderer.shared.renderInChildProcess(graph, engine: engine, format: format, seconds: seconds)
      } catch {
        switch error {
        case .render(let message): throw .render(message)
        case .childFailed(let message): throw .render(message)
        case .timeLimitExceeded(let seconds):
          throw .overLayoutBudget(
            "the \(engine.rawValue) layout of \(graph.nodes.count) nodes and \(graph.edges.count) links took longer than"
              + " \(String(format: "%g", seconds)) s and was stopped — use the sfdp engine (dialogue render --engine sfdp), or draw less"
              + " (dialogue render --view ego --focus ID, --kinds, --edge-kinds, --region or --as-of)")
        }
      }
    }
    do {
      return try GraphvizRenderer.shared.render(graph, engine: engine, format: format)
    } catch {
      throw .render(error.description)
    }
  }
}
