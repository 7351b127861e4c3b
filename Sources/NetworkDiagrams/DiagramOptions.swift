import DialogueGraph
import GraphvizRender

/// What a diagram shows.
public enum DiagramSubject: Sendable, Hashable {
  /// Every node and link of the view; countries and member states are drawn even when isolated.
  case network
  /// The frameworks of one kind (e.g. `mobility-partnership`) with every actor that takes part in
  /// them, plus every member state (so that those taking part in none are visible too).
  case frameworks(kind: String)
  /// The neighbourhood of one node: everything within `radius` links of `center`.
  case ego(center: String, radius: Int)
  /// The two-mode picture: member states on one side, the established frameworks of one kind on the
  /// other, a line for each membership.
  case twoMode(frameworkKind: String)
  /// The whole network in overview: one node per node kind (countries other than member states one
  /// node per region), a line per pair of groups weighted by how many links join them (see
  /// ``NetworkOverview``). Every node and link is left to the interactive explorer.
  case overview
}

/// What a node's fill colour shows.
public enum DiagramColouring: String, Sendable, Hashable, CaseIterable {
  /// The kind's colour from the vocabulary's style (the default).
  case kind
  /// The country's region (the first region the dataset lists for it); other nodes white.
  case region
  /// The node's community: Louvain on the drawn links, reproducible with ``DiagramOptions/seed``.
  case community
}

/// How node size is chosen.
public enum NodeSizing: String, Sendable, Hashable, CaseIterable {
  /// Every node the same size (fitted to its label).
  case uniform
  /// By degree centrality within the drawn subgraph.
  case degree
  /// By betweenness centrality within the drawn subgraph.
  case betweenness
  /// By PageRank within the drawn subgraph.
  case pagerank
}

/// Whether countries are grouped in boxes per region (honoured by the `dot` and `fdp` engines).
public enum RegionClustering: String, Sendable, Hashable, CaseIterable {
  case none
  case byRegion = "region"
}

/// Member states to mark, and the frameworks each is absent from (drawn as dashed links).
public struct DiagramHighlight: Sendable, Hashable {
  /// Ids of the nodes to mark (e.g. the disengaged member states).
  public var nodes: Set<String>
  /// For a marked node, the ids of the frameworks it is absent from.
  public var absentFrom: [String: [String]]
  /// What the mark means, for the legend (e.g. "joined no mobility partnership").
  public var caption: String

  public init(nodes: Set<String> = [], absentFrom: [String: [String]] = [:], caption: String = "highlighted") {
    self.nodes = nodes
    self.absentFrom = absentFrom
    self.caption = caption
  }

  /// No highlight.
  public static let none = DiagramHighlight()
}

/// Everything that decides how a diagram is drawn. The same options on the same dataset always give
/// byte-identical output.
public struct DiagramOptions: Sendable {
  public var subject: DiagramSubject
  /// Draw what holds on this day (nil: every row).
  public var asOf: Day?
  /// Keep only nodes of these kinds (nil: all).
  public var nodeKinds: Set<String>?
  /// Keep only links of these kinds (nil: all).
  public var edgeKinds: Set<String>?
  /// Keep only the countries of this region (a region id; nil: all).
  public var region: String?
  public var sizing: NodeSizing
  public var clustering: RegionClustering
  public var highlight: DiagramHighlight
  /// The title; nil composes one from the dataset name, the subject and the date.
  public var title: String?
  /// The layout engine; nil picks the subject's default (see ``DiagramSubject/defaultEngine``).
  public var engine: LayoutEngine?
  /// Whether to draw the legend.
  public var legend: Bool
  /// Whether to lay out a diagram larger than its engine's ``LayoutBudget`` (it may take hours).
  public var ignoresLayoutBudget = false
  public var style: DiagramStyle
  /// Leave out nodes with no drawn link (a highlighted member state stays: its absences are drawn).
  public var hideIsolated = false
  /// The page the diagram must fit (Graphviz scales the drawing down to it); `nil`: natural size.
  /// With a page the layout is compact and chosen by the page's aspect (see ``DiagramPage``).
  public var page: DiagramPage?
  /// What node colours show (with a legend entry per colour).
  public var colouring: DiagramColouring = .kind
  /// The seed of the community detection behind ``DiagramColouring/community``.
  public var seed: UInt64 = 1
  /// Wrap node labels at about this many characters a line (nil: a page's default, else no wrap).
  public var labelWidth: Int?
  /// Frameworks view only: draw each framework, and group the other nodes by kind (countries by
  /// region) as the overview does. ``NetworkDiagram/render(_:options:format:)`` turns it on when a
  /// frameworks view with many actors cannot print at 7 pt on its page.
  public var groupsActors = false

  public init(
    subject: DiagramSubject = .network, asOf: Day? = nil, nodeKinds: Set<String>? = nil,
    edgeKinds: Set<String>? = nil, region: String? = nil, sizing: NodeSizing = .uniform,
    clustering: RegionClustering = .none, highlight: DiagramHighlight = .none, title: String? = nil,
    engine: LayoutEngine? = nil, legend: Bool = true, style: DiagramStyle = .standard
  ) {
    self.subject = subject
    self.asOf = asOf
    self.nodeKinds = nodeKinds
    self.edgeKinds = edgeKinds
    self.region = region
    self.sizing = sizing
    self.clustering = clustering
    self.highlight = highlight
    self.title = title
    self.engine = engine
    self.legend = legend
    self.style = style
  }
}

extension DiagramOptions {
  /// Whether this is a region view: the whole network narrowed to a region's neighbourhood
  /// (``DiagramSelection/regionNeighbourhood(of:in:)``).
  var isRegionView: Bool {
    if case .network = subject, region != nil { return true }
    return false
  }

  /// The engine asked for, else the subject's (``DiagramSubject/defaultEngine``); a region view is
  /// laid out by `dot`, left to right: a few dozen nodes read best in layers.
  public var resolvedEngine: LayoutEngine {
    engine ?? (isRegionView ? .dot : subject.defaultEngine)
  }

  /// The title's description of what is drawn: the subject's caption, or for a region view the
  /// region's neighbourhood.
  func caption(in network: DialogueNetwork) -> String {
    guard isRegionView, let region else { return subject.caption(in: network) }
    let label = network.node(region)?.label ?? region
    return "\(label): its countries, their frameworks and those frameworks' actors"
  }

  /// The filters as title phrases ("region Eastern Partnership", "kinds member state, agreement").
  func filterPhrases(in network: DialogueNetwork) -> [String] {
    var parts: [String] = []
    if let region, !isRegionView { parts.append("region " + (network.node(region)?.label ?? region)) }
    if let nodeKinds {
      parts.append("kinds " + nodeKinds.sorted().map(network.vocabulary.label(ofKind:)).joined(separator: ", "))
    }
    if let edgeKinds {
      parts.append(
        "links " + edgeKinds.sorted().map { network.vocabulary.edgeKind($0)?.label ?? $0 }.joined(separator: ", "))
    }
    if hideIsolated { parts.append("unlinked nodes hidden") }
    return parts
  }
}

extension DiagramSubject {
  /// The engine each subject reads best with: `dot` (left to right) for the layered framework and
  /// two-mode pictures, `sfdp` for the whole network (dot cannot lay out a dense network in bounded
  /// time), `neato` for ego networks.
  public var defaultEngine: LayoutEngine {
    switch self {
    case .network: .sfdp
    case .frameworks, .twoMode, .overview: .dot
    case .ego: .neato
    }
  }

  /// A short description for the title (plurals from the vocabulary).
  func caption(in network: DialogueNetwork) -> String {
    let vocabulary = network.vocabulary
    switch self {
    case .network: return "whole network"
    case .overview: return "overview of the whole network (every node and link: the interactive explorer)"
    case .frameworks(let kind): return vocabulary.pluralLabel(ofKind: kind)
    case .ego(let center, let radius):
      let label = network.node(center)?.label ?? center
      return "within \(radius) link\(radius == 1 ? "" : "s") of \(label)"
    case .twoMode(let kind):
      return vocabulary.pluralLabel(ofKind: network.conventions.memberStateKind) + " × "
        + vocabulary.pluralLabel(ofKind: kind)
    }
  }
}

/// A page a diagram is fitted to: its printable size (12 mm margins, as the report's print
/// stylesheet) and orientation.
public enum DiagramPage: String, Sendable, CaseIterable {
  case a4Portrait = "a4-portrait"
  case a4Landscape = "a4-landscape"
  /// A 16:9 slide (13.33 × 7.5 in).
  case slide

  /// Printable width and height in inches.
  public var inches: (width: Double, height: Double) {
    switch self {
    case .a4Portrait: (7.32, 10.75)
    case .a4Landscape: (10.75, 7.32)
    case .slide: (13.33, 7.5)
    }
  }

  /// The smallest text size, in points, a printed label may have.
  public static let minimumLabelPoints = 7.0

  /// Whether the page is wider than tall (a landscape page or a slide).
  public var isLandscape: Bool { inches.width > inches.height }

  /// The label width, in characters, a diagram fitted to this page wraps at by default.
  var defaultLabelWidth: Int { 22 }
}
