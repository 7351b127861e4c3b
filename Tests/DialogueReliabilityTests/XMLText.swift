import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What a conforming XML reader (a browser, yEd, Gephi, networkx) sees in an SVG or GraphML file.
struct XMLText {
  /// The largest document this reader is trusted with: libxml2, under Foundation's `XMLParser`,
  /// refuses text nodes over 10,000,000 bytes unless asked for "huge" mode, which `XMLParser` cannot.
  static let parserLimit = 8_000_000

  /// Every run of character data, in document order.
  private(set) var characterData: [String] = []
  /// The character data inside `<text>` elements (SVG's visible text), one entry per element.
  private(set) var svgTexts: [String] = []

  /// Parses `data`; throws when it is not well-formed XML.
  init(_ data: Data) throws {
    let delegate = Delegate()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    guard parser.parse() else {
      throw NotWellFormed(reason: parser.parserError.map { "\($0)" } ?? "unknown", line: parser.lineNumber)
    }
    characterData = delegate.characterData
    svgTexts = delegate.svgTexts
  }

  /// The document is not well-formed XML.
  struct NotWellFormed: Error, CustomStringConvertible {
    var reason: String
    var line: Int
    var description: String { "not well-formed XML (line \(line)): \(reason)" }
  }

  /// Whether the visible characters of `text` appear, in order and uninterrupted, in `shown`:
  /// whitespace, control characters and U+FFFD are ignored on both sides, since line breaks become
  /// separate `<text>` elements, Graphviz may trim spaces, and XML 1.0 cannot carry most control
  /// characters (writers drop them or put U+FFFD in their place).
  static func shows(_ text: String, in shown: [String]) -> Bool {
    visible(shown.joined()).contains(visible(text))
  }

  /// The characters of `text` other than whitespace, control characters (`Cc`) and U+FFFD.
  static func visible(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          !$0.properties.isWhitespace && $0.properties.generalCategory != .control && $0 != "\u{FFFD}"
        }))
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    var characterData: [String] = []
    var svgTexts: [String] = []
    private var textDepth = 0

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      characterData.append("")
      if name == "text" {
        textDepth += 1
        svgTexts.append("")
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      if name == "text" { textDepth -= 1 }
      characterData.append("")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if characterData.isEmpty { characterData.append("") }
      characterData[characterData.count - 1] += string
      if textDepth > 0 { svgTexts[svgTexts.count - 1] += string }
    }
  }
}
