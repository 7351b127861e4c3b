import DialogueGraph
import Foundation

/// A self-contained HTML report on one dataset as of one date: headline figures, the two-mode
/// diagram with the disengaged member states highlighted, the disengaged member states, the
/// participation matrix, thematic and geographic coverage, and the status tables (Annex I /
/// Annex II), each table followed by the dataset rows and citations behind it.
///
/// **Self-contained and inert.** One file: inline CSS, inline SVG, system fonts; no script, no
/// external resource, and a `Content-Security-Policy` that forbids both should anything slip in.
/// Every dataset string is escaped for HTML (``HTMLText``); diagrams are rebuilt from a whitelist
/// (``SVGEmbedder``).
///
/// **Accessible.** `lang="en"`, one `<h1>`, sections with headings, tables with `<caption>` and
/// `<th scope>`, diagrams with `role="img"`, `<title>` and `<desc>`, dark text on white (≥ 7:1).
///
/// **Deterministic.** The same dataset, options and Graphviz version give byte-identical HTML: no
/// clock is read; the report names the dataset and the as-of date instead.
///
/// **Any dataset.** A dataset without member states, mobility partnerships, themes or regions
/// still gets a report; the sections concerned say that the data is missing.
///
/// ```swift
/// let network = try DialogueNetwork.load(path: "Datasets/gamm-2012-2013")
/// let report = HTMLReport(network: network, options: ReportOptions(asOf: Day("2013-12-31")))
/// try report.data.write(to: URL(fileURLWithPath: "gamm-report.html"))
/// ```
public struct HTMLReport: Sendable {
  /// The dataset.
  public let network: DialogueNetwork
  /// What to show.
  public let options: ReportOptions

  /// A report on `network` with `options`.
  public init(network: DialogueNetwork, options: ReportOptions = ReportOptions()) {
    self.network = network
    self.options = options
  }

  /// The HTML document.
  ///
  /// - Complexity: that of the metrics (about O(K·(n + M·F) + E)) plus the Graphviz layouts; a
  ///   few seconds at most for the bundled datasets.
  public var html: String {
    let context = ReportContext(network: network, options: options)
    let (gaps, gapsNote) = context.focusGaps()
    let datasetName = network.name.isEmpty ? "(unnamed dataset)" : network.name
    let title = "Dialogue network report: \(datasetName), \(context.dateCaption)"
    var out = HTMLBuilder()
    out.trusted("<!DOCTYPE html>\n")
    out.open("html", [("lang", "en")])
    out.newline()
    out.open("head")
    out.open("meta", [("charset", "utf-8")])
    out.open(
      "meta",
      [
        ("http-equiv", "Content-Security-Policy"),
        ("content", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"),
      ])
    out.open("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
    out.element("title", text: title)
    out.open("style")
    out.trusted("\n" + ReportStyle.css)
    out.close("style")
    out.close("head")
    out.newline()
    out.open("body")
    writeHeader(context: context, datasetName: datasetName, to: &out)
    out.open("main")
    out.newline()
    HeadlineSection(context: context, gaps: gaps).write(to: &out)
    DiagramSection(context: context, gaps: gaps, gapsNote: gapsNote).write(to: &out)
    DisengagedSection(context: context, gaps: gaps, gapsNote: gapsNote).write(to: &out)
    ParticipationSection(context: context, gaps: gaps, gapsNote: gapsNote).write(to: &out)
    CoverageSection(context: context).write(to: &out)
    StatusSection(context: context).write(to: &out)
    out.close("main")
    out.newline()
    out.open("footer")
    out.element(
      "p",
      text:
        "Dataset “\(datasetName)” (\(network.nodes.count) nodes, \(network.edges.count) links), figures \(context.dateCaption). "
        + "Every figure is computed from the dataset's rows; the rows and citations behind each table are listed under it. "
        + "Produced by dialogue-networks; the same dataset and date always give the same file.")
    out.close("footer")
    out.close("body")
    out.newline()
    out.close("html")
    out.newline()
    return out.html
  }

  /// The HTML document as UTF-8 bytes.
  public var data: Data { Data(html.utf8) }

  /// The `<h1>`, the line naming the dataset and date, and the table of contents.
  private func writeHeader(context: ReportContext, datasetName: String, to out: inout HTMLBuilder) {
    out.open("header")
    out.element("h1", text: "Dialogue network report: \(datasetName)")
    let date =
      options.asOf.map { "Figures as of \($0)" } ?? "Figures regardless of date (every dated row counts)"
    out.element(
      "p", [("class", "lead")],
      text: "\(date). Dataset “\(datasetName)”; focus: \(context.kindPlural(context.focusKind)).")
    out.open("nav", [("aria-label", "Contents")])
    out.open("ul")
    for (anchor, name) in [
      ("figures", "At a glance"), ("diagram", "Diagrams"), ("disengaged", "Disengaged member states"),
      ("participation", "Participation"), ("coverage", "Coverage"), ("status", "Status tables"),
    ] {
      out.element("li") { out in out.element("a", [("href", "#" + anchor)], text: name) }
    }
    out.close("ul")
    out.close("nav")
    out.close("header")
    out.newline()
  }
}
