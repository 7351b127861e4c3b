import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a rendered SVG back the way a person's browser would: the node and edge groups Graphviz
/// writes (`<g class="node"><title>ID</title>…`), their shapes' stroke colours, and every text shown.
struct SVGReader {
  struct Group {
    var kind: String
    var title = ""
    var strokes: [String] = []
    var texts: [String] = []
  }

  private(set) var groups: [Group] = []
  private(set) var allTexts: [String] = []

  init(_ data: Data) throws {
    let delegate = Delegate()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else {
      throw NSError(
        domain: "SVGReader", code: 1,
        userInfo: [NSLocalizedDescriptionKey: "not well-formed XML: \(String(describing: parser.parserError))"])
    }
    groups = delegate.groups
    allTexts = delegate.texts
  }

  var nodeTitles: [String] { groups.filter { $0.kind == "node" }.map(\.title) }
  var edgeGroups: [Group] { groups.filter { $0.kind == "edge" } }
  func node(_ id: String) -> Group? { groups.first { $0.kind == "node" && $0.title == id } }

  private final class Delegate: NSObject, XMLParserDelegate {
    var groups: [Group] = []
    var texts: [String] = []
    var current: Group?
    var depth = 0
    var groupDepth = 0
    var element = ""
    var buffer = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      depth += 1
      element = name
      buffer = ""
      if name == "g", let cls = attributes["class"], cls == "node" || cls == "edge" {
        current = Group(kind: cls)
        groupDepth = depth
      }
      if let stroke = attributes["stroke"], current != nil { current!.strokes.append(stroke) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "title", current != nil, current!.title.isEmpty { current!.title = buffer }
      if name == "text" {
        texts.append(buffer)
        current?.texts.append(buffer)
      }
      if name == "g", depth == groupDepth, let group = current {
        groups.append(group)
        current = nil
      }
      buffer = ""
      depth -= 1
    }
  }
}
