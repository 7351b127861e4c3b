import DialogueGraph

/// Small helpers shared by the report's charts: each chart is inline SVG written through
/// ``HTMLBuilder``, so every label from the dataset is escaped like any other text, and no script
/// is needed to read it. Text is at least 11 px (8 pt) at the chart's own size.
enum SVGChart {
  /// Colour-blind-safe palette (Okabe & Ito 2008), one per engagement component.
  static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"]
  /// The disengaged red of the report's style sheet.
  static let red = "#a8001c"

  /// Opens `<svg>` with a `viewBox`, `role="img"`, a title and a description; `printedSize` (e.g.
  /// `297mm`) fixes the size on paper, else the size is `width` × `height` CSS pixels.
  static func open(
    _ out: inout HTMLBuilder, id: String, width: Double, height: Double, title: String, description: String,
    printedSize: (width: String, height: String)? = nil
  ) {
    out.open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"), ("id", id),
        ("viewBox", "0 0 \(n(width)) \(n(height))"), ("width", printedSize?.width ?? n(width)),
        ("height", printedSize?.height ?? n(height)),
        ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("font-family", "system-ui, sans-serif"), ("font-size", "12"),
      ])
    out.element("title", [("id", "\(id)-title")], text: title)
    out.element("desc", [("id", "\(id)-desc")], text: description)
  }

  static func rect(
    _ out: inout HTMLBuilder, x: Double, y: Double, width: Double, height: Double, fill: String,
    stroke: String? = nil, tooltip: String? = nil
  ) {
    out.open(
      "rect",
      [
        ("x", n(x)), ("y", n(y)), ("width", n(max(width, 0))), ("height", n(height)), ("fill", fill),
        ("stroke", stroke),
      ])
    if let tooltip { out.element("title", text: tooltip) }
    out.close("rect")
  }

  static func text(
    _ out: inout HTMLBuilder, _ text: String, x: Double, y: Double, anchor: String = "start",
    fill: String = "#1b1b1b", weight: String? = nil, size: Double? = nil, rotate: Bool = false
  ) {
    out.element(
      "text",
      [
        ("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("fill", fill), ("font-weight", weight),
        ("font-size", size.map(n)), ("transform", rotate ? "rotate(-45 \(n(x)) \(n(y)))" : nil),
      ], text: text)
  }

  static func line(
    _ out: inout HTMLBuilder, x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#8a8f98",
    width: Double = 1
  ) {
    out.open(
      "line",
      [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke), ("stroke-width", n(width))])
    out.close("line")
  }

  /// A number for an attribute: at most 2 decimals, no float noise.
  static func n(_ x: Double) -> String {
    let r = (x * 100).rounded() / 100
    return r == r.rounded() ? String(Int(r)) : ReportContext.decimal(r, 2)
  }

  /// A label cut to `limit` characters with an ellipsis (the full label is in the tables).
  static func short(_ s: String, _ limit: Int) -> String { s.count <= limit ? s : String(s.prefix(limit - 1)) + "…" }
}
