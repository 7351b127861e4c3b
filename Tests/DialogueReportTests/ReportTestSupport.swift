import DialogueGraph
import DialogueReport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Paths and datasets the report tests read, found from this file's location.
enum ReportFixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures")

  static func load(_ name: String) throws -> DialogueNetwork {
    try DialogueNetwork.load(
      from: repositoryRoot.appendingPathComponent("Datasets").appendingPathComponent(name))
  }

  /// The date of COM(2014) 96's §5.2.2 figures.
  static let endOf2013 = Day("2013-12-31")!

  /// The GAMM report as of 2013-12-31, rendered once for all tests.
  static let gammReport: Result<(network: DialogueNetwork, html: String), any Error> = Result {
    let network = try load("gamm-2012-2013")
    return (network, HTMLReport(network: network, options: ReportOptions(asOf: endOf2013)).html)
  }

  /// A fresh temporary directory (removed by the caller).
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dialogue-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// The report parsed as XML (it is written XHTML-compatible), with helpers to find elements.
struct ParsedReport {
  let document: XMLDocument

  init(_ html: String) throws {
    document = try XMLDocument(xmlString: html, options: [.nodePreserveWhitespace])
  }

  var root: XMLElement { document.rootElement()! }

  /// Every element named `name` (local name, any namespace), in document order.
  func elements(_ name: String, under start: XMLElement? = nil) -> [XMLElement] {
    var found: [XMLElement] = []
    func visit(_ element: XMLElement) {
      if element.localName == name { found.append(element) }
      for child in element.children ?? [] { if let e = child as? XMLElement { visit(e) } }
    }
    visit(start ?? root)
    return found
  }

  /// Every element, in document order.
  var allElements: [XMLElement] {
    var found: [XMLElement] = []
    func visit(_ element: XMLElement) {
      found.append(element)
      for child in element.children ?? [] { if let e = child as? XMLElement { visit(e) } }
    }
    visit(root)
    return found
  }

  /// The table whose caption starts with `prefix`.
  func table(captionStartingWith prefix: String) -> XMLElement? {
    elements("table").first { table in
      elements("caption", under: table).first?.stringValue?.hasPrefix(prefix) ?? false
    }
  }

  /// The text of each body row's header cell (`<tbody><tr><th scope="row">`).
  func rowHeaders(of table: XMLElement) -> [String] {
    elements("tbody", under: table).flatMap { body in
      elements("tr", under: body).compactMap { row in
        (row.children ?? []).compactMap { $0 as? XMLElement }.first { $0.localName == "th" }?.stringValue
      }
    }
  }
}

extension XMLElement {
  /// The value of attribute `name`, or `nil`.
  /// (Looked up by name among all attributes: `attribute(forName:)` misses unprefixed attributes of
  /// elements in a default namespace, such as `<svg xmlns=…>`.)
  func value(of name: String) -> String? { attributes?.first { $0.name == name }?.stringValue }
}
