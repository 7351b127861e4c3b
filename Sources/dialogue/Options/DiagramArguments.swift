import ArgumentParser
import DialogueGraph
import GraphvizRender
import NetworkDiagrams

/// What a diagram shows and how it is drawn: shared by `render` and `main`.
struct DiagramArguments: ParsableArguments {
  enum View: String, ExpressibleByArgument, CaseIterable {
    case network, overview, frameworks, ego
    case twoMode = "two-mode"
  }

  enum Highlight: String, ExpressibleByArgument, CaseIterable {
    case none, disengaged
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "network: everything; overview: one node per kind (countries per region), lines counting the links between them — the whole network legible on a page; frameworks: the frameworks of --framework-kind with everyone taking part; ego: the neighbourhood of --focus; two-mode: member states × frameworks.",
      valueName: "view"))
  var view: View?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kind of framework for the frameworks and two-mode views and for --highlight (default: the dataset's focus kind, mobility-partnership for GAMM).",
      valueName: "kind"))
  var frameworkKind: String?

  @Option(name: .long, help: ArgumentHelp("Draw the neighbourhood of this node (implies --view ego).", valueName: "id"))
  var focus: String?

  @Option(name: .long, help: ArgumentHelp("How many links away from --focus to draw (1 or more).", valueName: "k"))
  var radius = 1

  @Option(
    name: .long,
    help: ArgumentHelp(
      "disengaged: mark the member states that joined no framework of --framework-kind, with dashed links to what they are absent from.",
      valueName: "what"))
  var highlight: Highlight = .none

  @Option(
    name: .long, help: ArgumentHelp("Size nodes by uniform, degree, betweenness or pagerank.", valueName: "measure"))
  var sizeBy: NodeSizing = .uniform

  @Option(
    name: .long,
    help: ArgumentHelp(
      "none, or region: box the countries of each region (dot and fdp engines).", valueName: "grouping"))
  var clusters: RegionClustering = .none

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: sfdp for the whole network, dot for frameworks and two-mode, neato for ego).",
      valueName: "engine"))
  var engine: String?

  @Flag(
    name: .long,
    help: "Lay out a diagram larger than the engine's size limit anyway (the layout may take minutes or hours).")
  var noLayoutLimit = false

  /// The layout time limit of every diagram, in seconds (report and main use it as is).
  static let defaultLayoutTimeLimit = 120.0

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Stop a layout that takes longer than this many seconds (default 120).", valueName: "seconds"))
  var layoutTimeLimit: Double = DiagramArguments.defaultLayoutTimeLimit

  @Option(name: .long, help: ArgumentHelp("The diagram's title (default: dataset, view and date).", valueName: "text"))
  var title: String?

  @Flag(name: .long, help: "Leave out the legend.")
  var noLegend = false

  @Flag(name: .long, help: "Leave out nodes with no link in the view (highlighted member states stay).")
  var hideIsolated = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Fit the drawing to a page: a4-portrait, a4-landscape or slide (16:9), with a compact layout chosen by the page's shape and labels wrapped; a warning says when labels would still print smaller than 7 pt.",
      valueName: "page"))
  var page: DiagramPage?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Colour nodes by kind (the default), region (a country's region) or community (Louvain, see --seed); the legend says which colour is which (in the overview a box takes its members' most common colour).",
      valueName: "what"))
  var colourBy: DiagramColouring = .kind

  @Option(
    name: .long,
    help: ArgumentHelp("The seed of --colour-by community: the same seed, the same communities.", valueName: "n"))
  var seed: UInt64 = 1

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Wrap node labels at about this many characters a line (default: 22 with --page, else no wrapping).",
      valueName: "n"))
  var labelWidth: Int?

  func validate() throws {
    if radius < 1 { throw ValidationError("--radius must be 1 or more.") }
    if let labelWidth, labelWidth < 4 {
      throw ValidationError("--label-width takes a number of characters, 4 or more.")
    }
    if !(layoutTimeLimit.isFinite && layoutTimeLimit > 0 && layoutTimeLimit <= 86_400) {
      throw ValidationError("--layout-time-limit takes a number of seconds above 0 and at most 86400.")
    }
    if focus != nil, let view, view != .ego { throw ValidationError("--focus goes with --view ego (or no --view).") }
    if view == .ego && focus == nil { throw ValidationError("--view ego needs --focus ID.") }
    if let engine, !LayoutEngine.allCases.map(\.rawValue).contains(engine) {
      throw ValidationError(
        "unknown engine '\(engine)': choose one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
  }

  /// The framework kind asked for, else the dataset's focus kind.
  func frameworkKind(for network: DialogueNetwork) -> String {
    frameworkKind ?? network.conventions.focusFrameworkKind
  }

  func subject(for network: DialogueNetwork) -> DiagramSubject {
    let frameworkKind = frameworkKind(for: network)
    if let focus { return .ego(center: focus, radius: radius) }
    switch view ?? .network {
    case .network: return .network
    case .overview: return .overview
    case .frameworks: return .frameworks(kind: frameworkKind)
    case .twoMode: return .twoMode(frameworkKind: frameworkKind)
    case .ego: return .ego(center: focus ?? "", radius: radius)
    }
  }

  /// The diagram options for `network`, computing the disengaged member states when asked.
  func options(for network: DialogueNetwork, filters: FilterOptions) throws(CommandFailure) -> DiagramOptions {
    let day = filters.date.resolve(for: network).day
    var options = DiagramOptions(
      subject: subject(for: network), asOf: day, nodeKinds: filters.nodeKindSet, edgeKinds: filters.edgeKindSet,
      region: filters.region, sizing: sizeBy, clustering: clusters, title: title,
      engine: engine.map(LayoutEngine.init(rawValue:)), legend: !noLegend)
    options.hideIsolated = hideIsolated
    options.page = page
    options.colouring = colourBy
    options.seed = seed
    options.labelWidth = labelWidth
    options.ignoresLayoutBudget = noLayoutLimit
    LayoutBudget.timeLimit = layoutTimeLimit
    if highlight == .disengaged {
      options.highlight = try DiagramArguments.disengaged(
        in: network, frameworkKind: frameworkKind(for: network), asOf: day)
    }
    return options
  }

  /// The disengaged member states and what each is absent from.
  static func disengaged(in network: DialogueNetwork, frameworkKind: String, asOf: Day?) throws(CommandFailure)
    -> DiagramHighlight
  {
    do {
      let gaps = try network.participationGaps(frameworkKind: frameworkKind, asOf: asOf)
      let label = network.vocabulary.nodeKind(frameworkKind)?.label ?? frameworkKind
      var absent: [String: [String]] = [:]
      for row in gaps.disengaged { absent[row.id] = row.absentFrom }
      return DiagramHighlight(
        nodes: Set(gaps.disengaged.map(\.id)), absentFrom: absent, caption: "joined no \(label)")
    } catch {
      throw CommandFailure.metric(error)
    }
  }
}

extension NodeSizing: ExpressibleByArgument {}
extension RegionClustering: ExpressibleByArgument {}

extension DiagramPage: ExpressibleByArgument {}
extension DiagramColouring: ExpressibleByArgument {}
