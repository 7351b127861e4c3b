import DialogueGraph
import Foundation
import Testing

@testable import DialogueReport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Dataset text is untrusted: hostile labels, ids, citations and notes must come out as inert text.
@Suite struct ReportSafetyTests {
  static let hostileName = #"<script>alert("name")</script>"#

  /// A small but complete dataset (member states, a mobility partnership with a partner, a theme,
  /// a region) in which every string an attacker controls is hostile.
  static func hostileNetwork() throws -> DialogueNetwork {
    let cite = #"<script>alert('cite')</script> javascript:alert(1)"#
    let note = #"<a href="javascript:alert(1)">click</a> javascript:alert(2)"#
    func node(_ id: String, _ kind: String, _ label: String, start: String? = nil, status: String? = nil)
      -> Node
    {
      Node(
        id: id, kind: kind, label: label, start: start.flatMap(PartialDate.init), status: status,
        citation: cite,
        confidence: "seed", note: note)
    }
    let mp = #"mp-"><svg onload=alert(5)>"#
    let nodes = [
      node("AT", "member-state", "<script>alert(1)</script>", start: "1995-01-01"),
      node("FI", "member-state", #""><img src=x onerror=alert(1)>"#, start: "1995-01-01"),
      node("DE", "member-state", "Evil\u{202E}txt.exe\u{0007}\u{0000}", start: "1958-01-01"),
      node("MD", "third-country", "<svg onload=alert(1)>"),
      node(
        mp, "mobility-partnership", "</title><script>alert(2)</script>", start: "2008-06-05",
        status: "concluded"),
      node("theme-x", "thematic-priority", "javascript:alert(3)"),
      node("region-x", "region", #"<a href="javascript:alert(4)">region</a>"#),
    ]
    func edge(_ id: String, _ source: String, _ target: String, _ kind: String, role: String? = nil) -> Edge {
      Edge(
        id: id, source: source, target: target, kind: kind, role: role,
        status: role == "partner" ? "concluded" : nil,
        citation: cite, confidence: "seed", note: note)
    }
    let edges = [
      edge("e1", "DE", mp, "participates-in"),
      edge("e2", "MD", mp, "participates-in", role: "partner"),
      edge("e3", mp, "theme-x", "addresses"),
      edge("e4", "MD", "region-x", "in-region"),
    ]
    return try DialogueNetwork(nodes: nodes, edges: edges, name: hostileName)
  }

  @Test func hostileDatasetProducesNoScriptNoHandlerAndNoJavascriptURL() throws {
    let network = try Self.hostileNetwork()
    let html = HTMLReport(
      network: network, options: ReportOptions(asOf: Day("2013-12-31"), wholeNetwork: .always)
    ).html
    let lower = html.lowercased()
    #expect(!lower.contains("<script"))
    #expect(!lower.contains("<img"))
    #expect(!lower.contains("<svg onload"))
    // A tag is `<name` then attributes `name="value"` (the report always quotes with `"` and
    // escapes `"` inside values), so these patterns find handlers and URLs in attributes only —
    // not the same words shown as text or inside a title's value.
    let attributes = #"<[a-zA-Z][^\s/>]*(\s+[^\s=/>]+(="[^"]*")?)*"#
    #expect(
      html.range(of: attributes + #"\s+on[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil
    )
    #expect(
      html.range(
        of: attributes + #"\s+(xlink:)?(href|src)="\s*javascript:"#,
        options: [.regularExpression, .caseInsensitive]) == nil)
    // And in the hostile input those words do occur: the patterns are not vacuous.
    #expect(html.contains("onerror=alert(1)") && html.contains("javascript:alert"))
    #expect(!html.unicodeScalars.contains { HTMLText.isBidiControl($0) || HTMLText.isForbidden($0) })

    // Parsed, no element is a script, no attribute is a handler, no link goes to javascript:.
    let report = try ParsedReport(html)
    for element in report.allElements {
      #expect(
        !["script", "iframe", "object", "embed", "img", "foreignObject"].contains(element.localName ?? ""))
      for attribute in element.attributes ?? [] {
        let name = (attribute.localName ?? "").lowercased()
        #expect(!name.hasPrefix("on"), "handler attribute \(name) on <\(element.localName ?? "")>")
        if name == "href" || name == "src" {
          #expect(attribute.stringValue?.hasPrefix("#") == true, "link \(attribute.stringValue ?? "")")
        }
      }
    }
    // Both diagrams and the three charts were drawn and the hostile text is shown as text, in
    // tables, in the diagrams' SVG and in the charts' SVG.
    #expect(report.elements("svg").filter { $0.value(of: "class") != "chart" }.count == 2)
    #expect(report.elements("svg").filter { $0.value(of: "class") == "chart" }.count == 3)
    let texts = report.allElements.compactMap {
      $0.children?.compactMap { $0.kind == .text ? $0.stringValue : nil }.joined()
    }
    #expect(texts.contains { $0.contains("<script>alert(1)</script>") })
    #expect(texts.contains { $0.contains(#""><img src=x onerror=alert(1)>"#) })
    let diagrams = report.elements("svg").filter { $0.value(of: "class") != "chart" }
    let svgTexts = report.elements("text", under: diagrams[0]).compactMap(\.stringValue)
    #expect(svgTexts.contains("<script>alert(1)</script>"))
    // The charts carry the hostile labels as text too (full in their tooltips), never as markup.
    let charts = report.elements("svg").filter { $0.value(of: "class") == "chart" }
    let chartTitles = charts.flatMap { report.elements("title", under: $0) }.compactMap(\.stringValue)
    #expect(chartTitles.contains { $0.contains("<script>alert(1)</script>") })
    for chart in charts {
      #expect(report.elements("script", under: chart).isEmpty && report.elements("foreignObject", under: chart).isEmpty)
    }
    #expect(html.contains("Evil\\u{202e}txt.exe\u{FFFD}\u{FFFD}"))
    #expect(report.elements("title").first?.stringValue?.contains(Self.hostileName) == true)
  }

  @Test func escapingCoversTextAndAttributeContexts() {
    #expect(HTMLText.escaped(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    #expect(HTMLText.escaped("x\u{202E}y\u{2066}z") == "x\\u{202e}y\\u{2066}z")
    #expect(
      HTMLText.escaped("bell\u{07} del\u{7F} c1\u{85} nul\u{00}")
        == "bell\u{FFFD} del\u{FFFD} c1\u{FFFD} nul\u{FFFD}")
    #expect(HTMLText.escaped("tab\tline\ncr\r") == "tab\tline\ncr\n")
    #expect(HTMLText.escaped("Škoda – “quoted” 東京") == "Škoda – “quoted” 東京")
    var builder = HTMLBuilder()
    builder.open("p", [("title", #"" onmouseover="alert(1)"#)])
    #expect(builder.html == #"<p title="&quot; onmouseover=&quot;alert(1)">"#)
  }

  @Test func svgEmbedderDropsScriptsHandlersForeignContentAndExternalReferences() throws {
    let hostile = """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <!-- Generated by graphviz -->
      <svg width="100pt" height="50pt" viewBox="0 0 100 50" onload="alert(1)" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
      <script>alert(2)</script><style>* { background: url(http://evil.example/x) }</style>
      <defs><linearGradient id="l_0"><stop offset="0" stop-color="red"/></linearGradient></defs>
      <g id="graph0" class="graph" onclick="alert(3)" style="fill:url(javascript:alert(4))">
      <title>G</title>
      <a xlink:href="javascript:alert(5)" href="javascript:alert(6)" xlink:title="&lt;script&gt;"><text x="1" y="2">&lt;script&gt;alert(7)&lt;/script&gt;</text></a>
      <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(8)"/></div></foreignObject>
      <image xlink:href="http://evil.example/x.png"/>
      <polygon fill="url(#l_0)" stroke="url(http://evil.example/#x)" points="0,0 1,1"/>
      <path fill="URL(javascript:alert(9))" d="M0,0"/>
      </g></svg>
      """
    let svg = try SVGEmbedder.embed(svg: Data(hostile.utf8), idPrefix: "t", title: "T <b>", description: "D")
    let lower = svg.markup.lowercased()
    for forbidden in [
      "<script", "<style", "<foreignobject", "<img", "<image", "onload", "onclick", "onerror", "javascript",
      "evil.example", "href", "<?xml", "<!doctype", "<!--",
    ] {
      #expect(!lower.contains(forbidden), "\(forbidden) came through")
    }
    #expect(svg.markup.contains(#"fill="url(#t-l_0)""#))
    #expect(svg.markup.contains(#"<linearGradient id="t-l_0">"#))
    #expect(svg.markup.contains("&lt;script&gt;alert(7)&lt;/script&gt;"))
    #expect(
      svg.markup.hasPrefix(
        #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" role="img" aria-labelledby="t-title t-desc""#
      ))
    #expect(svg.markup.contains(#"<title id="t-title">T &lt;b&gt;</title><desc id="t-desc">D</desc>"#))
    #expect(svg.widthPoints == 100 && svg.heightPoints == 50)
    // Malformed input is either refused or recovered into well-formed markup, never passed through.
    if let recovered = try? SVGEmbedder.embed(
      svg: Data("<svg><g><script>x</svg>".utf8), idPrefix: "t", title: "", description: "")
    {
      #expect(!recovered.markup.contains("<script"))
      _ = try ParsedReport(recovered.markup)
    }
    // Control characters (which Graphviz copies from labels) do not stop the SVG from being read.
    let bell = try SVGEmbedder.embed(
      svg: Data("<svg><text>a\u{07}b</text></svg>".utf8), idPrefix: "t", title: "", description: "")
    #expect(bell.markup.contains("<text>a\u{FFFD}b</text>"))
    #expect(throws: SVGEmbedError.self) {
      try SVGEmbedder.embed(svg: Data("<html/>".utf8), idPrefix: "t", title: "", description: "")
    }
  }
}
