import DialogueGraph
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Why a Graphviz SVG could not be embedded.
struct SVGEmbedError: Error, CustomStringConvertible {
  /// The XML parser's message.
  let message: String
  var description: String { "the SVG could not be read: \(message)" }
}

/// An SVG rebuilt for inline use, with its natural size.
struct EmbeddedSVG {
  /// The `<svg>` element.
  let markup: String
  /// The root's `width` in points (Graphviz writes `864pt`), 0 when absent.
  let widthPoints: Double
  /// The root's `height` in points, 0 when absent.
  let heightPoints: Double
}

/// Turns a Graphviz SVG document into an inline `<svg>` element that is safe to put in the report.
///
/// Graphviz escapes the labels it writes, but the report does not rely on that: the SVG is parsed
/// (FoundationXML; the XML prolog, DOCTYPE and comments are dropped) and **rebuilt from a
/// whitelist**:
/// - only drawing elements are kept (`svg`, `g`, `title`, `desc`, `text`, `tspan`, `path`,
///   `polygon`, `polyline`, `ellipse`, `circle`, `rect`, `line`, `a`, `defs`, gradients, `stop`);
///   anything else (`script`, `style`, `foreignObject`, `image`, …) is dropped with its content;
/// - only presentation attributes are kept (geometry, fill, stroke, font, `class`, `id`,
///   `xlink:title`); no event handler (`on…`), no `href`, no `style` can come through; a value
///   that mentions `url(` other than a local `url(#…)` reference is dropped;
/// - every text and attribute value is escaped again with ``HTMLText``;
/// - ids are prefixed (and `url(#…)` references rewritten), so two diagrams in one page do not
///   clash;
/// - the root gets `role="img"`, an `aria-labelledby` pointing at a new `<title>` and `<desc>`,
///   and keeps its `viewBox`, so CSS can scale it to the page width.
///
/// - Complexity: O(size of the SVG).
enum SVGEmbedder {
  static let allowedElements: Set<String> = [
    "svg", "g", "title", "desc", "text", "tspan", "path", "polygon", "polyline", "ellipse", "circle", "rect",
    "line", "a", "defs", "linearGradient", "radialGradient", "stop",
  ]

  static let allowedAttributes: Set<String> = [
    "id", "class", "transform", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
    "r",
    "rx", "ry", "fx", "fy", "points", "d", "fill", "fill-opacity", "stroke", "stroke-width",
    "stroke-dasharray",
    "stroke-opacity", "stroke-linecap", "stroke-linejoin", "font-family", "font-size", "font-weight",
    "font-style", "text-anchor", "text-decoration", "dominant-baseline", "baseline-shift", "xlink:title",
    "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "preserveAspectRatio",
    "opacity", "xml:space",
  ]

  /// The inline `<svg>` element for `svg`, labelled with `title` and `description`.
  /// - Parameter idPrefix: a prefix for every id in the SVG (letters, digits and `-` only).
  /// - Throws: ``SVGEmbedError`` when the SVG is not well-formed XML.
  static func embed(svg: Data, idPrefix: String, title: String, description: String) throws(SVGEmbedError)
    -> EmbeddedSVG
  {
    let document: XMLDocument
    do {
      document = try XMLDocument(data: xmlSafe(withoutDoctype(svg)), options: [.nodePreserveWhitespace])
    } catch {
      throw SVGEmbedError(message: String(describing: error))
    }
    guard let root = document.rootElement(), root.localName == "svg" else {
      throw SVGEmbedError(message: "the document's root element is not <svg>")
    }
    var out = HTMLBuilder()
    var attributes: [(String, String?)] = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
      ("role", "img"), ("aria-labelledby", "\(idPrefix)-title \(idPrefix)-desc"),
    ]
    attributes += safeAttributes(of: root, idPrefix: idPrefix).filter { $0.0 != "role" }
    out.open("svg", attributes)
    out.element("title", [("id", "\(idPrefix)-title")], text: title)
    out.element("desc", [("id", "\(idPrefix)-desc")], text: description)
    for child in root.children ?? [] { write(child, idPrefix: idPrefix, to: &out) }
    out.close("svg")
    func points(_ name: String) -> Double {
      let text = root.attributes?.first { $0.name == name }?.stringValue ?? ""
      return Double(text.hasSuffix("pt") ? String(text.dropLast(2)) : text) ?? 0
    }
    return EmbeddedSVG(markup: out.html, widthPoints: points("width"), heightPoints: points("height"))
  }

  /// The document without its `<!DOCTYPE …>` (so no external DTD is ever looked at).
  static func withoutDoctype(_ svg: Data) -> Data {
    guard let text = String(data: svg, encoding: .utf8), let start = text.range(of: "<!DOCTYPE") else {
      return svg
    }
    guard let end = text[start.upperBound...].firstIndex(of: ">") else { return svg }
    var cleaned = text
    cleaned.removeSubrange(start.lowerBound...end)
    return Data(cleaned.utf8)
  }

  /// The document with every character XML 1.0 forbids (C0 controls other than tab, line feed and
  /// carriage return; U+FFFE, U+FFFF) replaced by U+FFFD. Graphviz copies labels into the SVG as
  /// they are, so a control character in a dataset label would otherwise make it unreadable.
  static func xmlSafe(_ svg: Data) -> Data {
    let text = String(decoding: svg, as: UTF8.self)
    func allowed(_ s: Unicode.Scalar) -> Bool {
      s.value == 0x9 || s.value == 0xA || s.value == 0xD
        || (s.value >= 0x20 && s.value != 0xFFFE && s.value != 0xFFFF)
    }
    guard !text.unicodeScalars.allSatisfy(allowed) else { return svg }
    var cleaned = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { cleaned.append(allowed(scalar) ? scalar : "\u{FFFD}") }
    return Data(String(cleaned).utf8)
  }

  private static func write(_ node: XMLNode, idPrefix: String, to out: inout HTMLBuilder) {
    switch node.kind {
    case .text:
      out.text(node.stringValue ?? "")
    case .element:
      guard let element = node as? XMLElement, let name = element.localName, allowedElements.contains(name),
        name != "svg"
      else { return }
      out.open(name, safeAttributes(of: element, idPrefix: idPrefix))
      for child in element.children ?? [] { write(child, idPrefix: idPrefix, to: &out) }
      out.close(name)
    default:
      return  // comments, processing instructions, DTD nodes
    }
  }

  /// The whitelisted attributes of `element`, ids prefixed, local references rewritten.
  static func safeAttributes(of element: XMLElement, idPrefix: String) -> [(String, String?)] {
    var result: [(String, String?)] = []
    for attribute in element.attributes ?? [] {
      guard let name = attribute.name, allowedAttributes.contains(name) else { continue }
      var value = attribute.stringValue ?? ""
      if name == "id" { value = idPrefix + "-" + value }
      guard let rewritten = rewriteReferences(value, idPrefix: idPrefix) else { continue }
      value = rewritten
      result.append((name, value))
    }
    return result
  }

  /// `value` with every `url(#x)` turned into `url(#prefix-x)`; `nil` when it holds any other
  /// `url(` or a `javascript:` scheme.
  static func rewriteReferences(_ value: String, idPrefix: String) -> String? {
    let folded = value.lowercased().filter { !$0.isWhitespace }
    if folded.contains("javascript:") { return nil }
    guard folded.contains("url(") else { return value }
    let pieces = value.components(separatedBy: "url(")
    // "URL(" or "url (" would slip past the split below: refuse rather than guess.
    guard pieces.count == folded.components(separatedBy: "url(").count else { return nil }
    var result = pieces[0]
    for piece in pieces.dropFirst() {
      guard piece.hasPrefix("#") else { return nil }
      result += "url(#" + idPrefix + "-" + piece.dropFirst()
    }
    return result
  }
}
