import DialogueGraph

/// A status table to print: a bilateral framework kind and the name of the annex it rebuilds.
public struct StatusTableSpec: Sendable, Equatable {
  /// The framework kind (e.g. `mobility-partnership`).
  public var frameworkKind: String
  /// What the source calls the table (e.g. "Annex I"); shown in the heading.
  public var title: String

  /// A status table of `frameworkKind`, headed `title`.
  public init(frameworkKind: String, title: String) {
    self.frameworkKind = frameworkKind
    self.title = title
  }
}

/// Whether the report draws the whole network besides the two-mode picture.
public enum WholeNetworkDiagram: Sendable, Equatable {
  /// Never.
  case never
  /// When the drawing stays readable inline: at most `maximumNodes` nodes on the date and an SVG
  /// of at most `maximumWidthPoints` points wide. Otherwise the report says why it left it out.
  case whenReadable(maximumNodes: Int, maximumWidthPoints: Double)
  /// Always, however large (the page scrolls sideways).
  case always
  /// In overview, on any dataset: one box per kind (countries per region), lines counting the
  /// links between them, fitted to the printed A4 page (`NetworkDiagrams`' overview subject).
  /// Every node and link is left to the interactive explorer the report links to.
  case overview

  /// The overview: legible on the printed page whatever the network's size.
  public static let `default` = WholeNetworkDiagram.overview
}

/// What an ``HTMLReport`` shows.
///
/// The framework kind and the status tables default to the dataset's conventions (its
/// `vocabulary.json`; COM(2014) 96's mobility partnerships, Annex I and Annex II for the toolkit's
/// default vocabulary). A kind the dataset's vocabulary does not know is not an error: the sections
/// about it say that the dataset has no such data.
public struct ReportOptions: Sendable {
  /// The date of every figure (`nil`: regardless of date, as the metrics define it).
  public var asOf: Day?
  /// The framework kind of the disengagement analysis, the participation matrix, the two-mode
  /// diagram and the geographic coverage; `nil`: the dataset's focus kind.
  public var focusFrameworkKind: String?
  /// The status tables, in order; `nil`: the dataset's.
  public var statusTables: [StatusTableSpec]?
  /// Whether to draw the whole network too.
  public var wholeNetwork: WholeNetworkDiagram
  /// The engagement weights.
  public var weights: EngagementWeights
  /// A relative link to the interactive explorer written beside the report (`dialogue main` writes
  /// `explorer.html`), offered for the whole network; `nil`: no link.
  public var explorerLink: String? = nil

  /// Options with the given date and the defaults described above.
  public init(
    asOf: Day? = nil, focusFrameworkKind: String? = nil, statusTables: [StatusTableSpec]? = nil,
    wholeNetwork: WholeNetworkDiagram = .default, weights: EngagementWeights = .default
  ) {
    self.asOf = asOf
    self.focusFrameworkKind = focusFrameworkKind
    self.statusTables = statusTables
    self.wholeNetwork = wholeNetwork
    self.weights = weights
  }
}
