import DialogueGraph

/// The interactive explorer: one self-contained, offline HTML file showing the whole network as it
/// stood on any date, with the source of every node and link one click away.
///
/// - **Layout** once, in Swift, by Graphviz, for the union of all dates (``ExplorerLayout``); the
///   page shows and hides parts of that one SVG, so nothing jumps when the date moves.
/// - **Dates** by the project's one as-of rule, `network.view(asOf:)`, evaluated in Swift on every
///   date boundary (``ExplorerTimeline``); the page looks the states up, it never decides.
/// - **Region filter and disengagement** likewise computed per date in Swift (``ExplorerDateFacts``).
/// - **Safety**: data as escaped JSON, inserted with `textContent` only; a Content-Security-Policy
///   that forbids all network access and allows only the page's own script and style by hash
///   (``PageAssets``).
///
/// ```swift
/// let network = try DialogueNetwork.load(path: "Datasets/gamm-2012-2013")
/// let html = try NetworkExplorer.html(for: network, options: ExplorerOptions(asOf: Day("2013-12-31")))
/// ```
public enum NetworkExplorer {
  /// The explorer page for `network`.
  /// - Throws: ``ExplorerError`` when Graphviz cannot lay the network out or a resource is missing.
  /// - Complexity: the `sfdp` layout, plus O(B · (R + K + 1) · (n + m)) for the per-date facts
  ///   (B date boundaries, R regions, K framework kinds).
  public static func html(for network: DialogueNetwork, options: ExplorerOptions = ExplorerOptions())
    throws(ExplorerError) -> String
  {
    let assets = try PageAssets.load()
    let svg = try ExplorerLayout.svg(for: network)
    let timeline = ExplorerTimeline(network: network)
    let facts = ExplorerDateFacts(network: network, timeline: timeline)
    let data = ExplorerData(network: network, timeline: timeline, facts: facts, options: options)
    return ExplorerPage(
      title: network.name, svg: svg, json: data.json.serialized(escapingHTMLSensitiveCharacters: true),
      assets: assets
    ).html
  }
}
