import Foundation
import GraphvizRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// libFuzzer harness for the render module's label and attribute writer.
///
/// The input is split at record-separator bytes (`0x1E`) into up to four texts — a node label, a
/// second node's id, an edge label and a tooltip — decoded as UTF-8 (ill-formed bytes become
/// U+FFFD, as for any Swift `String`). They are placed in a two-node graph as ``GraphvizValue/text(_:)``
/// values, the way the diagrams place dataset text, and rendered with `dot` to SVG.
///
/// Checked for every input (a violation aborts, so libFuzzer saves the input):
/// - the render does not crash and does not fail (text values are always legal);
/// - the SVG is well-formed XML (`XMLParser`), so no dataset text can break out of its element;
/// - the node label's visible text survives: the characters of the label other than line breaks
///   and spaces appear, in order, in the SVG's `<text>` elements.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let parts = UnsafeBufferPointer(start: data, count: size)
    .split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    .map { String(decoding: $0, as: UTF8.self) }
  func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
  let label = part(0)
  let otherID = part(1).isEmpty ? "other" : part(1)

  var graph = GraphvizGraph(name: "fuzz")
  graph.nodes = [
    GraphvizNode(id: "n1", attributes: ["label": .text(label), "tooltip": .text(part(3))]),
    GraphvizNode(id: otherID),
  ]
  graph.edges = [GraphvizEdge(from: "n1", to: otherID, attributes: ["label": .text(part(2))])]

  let svg: Data
  do {
    svg = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
  } catch {
    fail("render failed for text values: \(error)")
  }
  let texts: [String]
  do {
    texts = try SVGTexts.read(svg)
  } catch {
    fail("SVG is not well-formed XML: \(error)\n\(String(decoding: svg, as: UTF8.self).prefix(2000))")
  }
  let expected = VisibleText.of(label)
  let shown = VisibleText.of(texts.joined())
  // Compared as UTF-8 bytes: String.contains works on grapheme clusters, so a combining mark
  // after the label in the SVG (e.g. U+0653 after "d") would hide a label that is there.
  if !expected.isEmpty && !containsBytes(Array(shown.utf8), Array(expected.utf8)) {
    fail("label text lost: expected \(expected.debugDescription) in \(shown.debugDescription)")
  }
  return 0
}

/// The characters a reader must find: the text without whitespace (Graphviz splits lines into
/// `<text>` elements and may trim spaces), control characters (XML 1.0 cannot carry most of them,
/// so writers drop them or put U+FFFD in their place) and U+FFFD.
/// Whether `needle` occurs in `haystack` as a contiguous run of bytes.
func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
  guard needle.count <= haystack.count else { return false }
  for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
    if Array(haystack[start..<(start + needle.count)]) == needle { return true }
  }
  return false
}

enum VisibleText {
  static func of(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          // Whitespace, controls and the characters XML forbids (U+FFFE, U+FFFF) are not shown as
          // themselves: the renderer replaces the latter two by U+FFFD.
          !$0.properties.isWhitespace && $0.properties.generalCategory != .control && $0 != "\u{FFFD}"
            && $0 != "\u{FFFE}" && $0 != "\u{FFFF}"
        }))
  }
}

/// The text content of every `<text>` element of an SVG document.
final class SVGTexts: NSObject, XMLParserDelegate {
  private var texts: [String] = []
  private var depth = 0

  static func read(_ svg: Data) throws -> [String] {
    let delegate = SVGTexts()
    let parser = XMLParser(data: svg)
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else { throw parser.parserError ?? NSError(domain: "SVG", code: 1) }
    return delegate.texts
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "text" {
      depth += 1
      texts.append("")
    }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" { depth -= 1 }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if depth > 0 { texts[texts.count - 1] += string }
  }
}

/// Reports a broken property and aborts, so libFuzzer keeps the input as a crash.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("property violated: \(message)\n".utf8))
  abort()
}
