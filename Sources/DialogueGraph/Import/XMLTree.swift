import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An element of an XML document read by ``XMLTree/parse(_:file:)``: local name, namespace,
/// attributes, children, its own text, and the line it starts on.
struct XMLTreeElement {
  /// The local name (`node`, `NodeLabel`).
  var name: String
  /// The namespace URI, empty when none.
  var namespace: String
  /// Attributes by qualified name as written (`id`, `attr.name`, `xsi:schemaLocation`).
  var attributes: [String: String]
  var children: [XMLTreeElement] = []
  /// The element's own character data (not its children's), CDATA included.
  var text = ""
  /// The line of the start tag (where libxml2 finished reading it).
  var line: Int

  /// The children called `name`.
  func children(_ name: String) -> [XMLTreeElement] { children.filter { $0.name == name } }
  /// The first child called `name`.
  func child(_ name: String) -> XMLTreeElement? { children.first { $0.name == name } }
}

/// Reads an XML file into a tree of ``XMLTreeElement`` with Foundation's `XMLParser` (libxml2),
/// refusing what a hostile file could abuse.
///
/// Why Foundation's parser and not a hand-written one: XML's syntax (encodings, CDATA, character
/// references, namespaces, well-formedness) is large, and libxml2 gets it right with line and column
/// for every error. What it must not do is expand entities: on Linux `XMLParser` neither reports
/// entity declarations to its delegate nor lets a caller cap expansion, so
/// - external entities are off (`shouldResolveExternalEntities = false`: no file or URL is read);
/// - a document that declares entities at all (`<!ENTITY`, the billion-laughs and XXE vector;
///   GraphML and GEXF never need one) is refused before parsing, with the line of the declaration;
/// - files above ``sizeLimit`` are refused and nesting deeper than ``depthLimit`` stops the parse.
/// The tree is built in memory (GraphML and GEXF need the keys declared before use), which the
/// size limit bounds.
enum XMLTree {
  /// The largest file read (256 MiB).
  static let sizeLimit = 256 << 20
  /// The deepest element nesting accepted (GraphML with yEd graphics needs about 8).
  static let depthLimit = 64

  /// The root element of `data`.
  /// - Throws: ``DatasetError/invalid(problems:total:)`` with one problem at its line and column.
  static func parse(_ data: Data, file: String) throws(DatasetError) -> XMLTreeElement {
    if data.count > sizeLimit {
      throw fail(
        DatasetProblem(
          file: file, line: nil, column: nil, value: nil, expected: "a file of at most 256 MB",
          message: "file too large (\(data.count / (1 << 20)) MB) to read as XML"))
    }
    if let line = entityDeclarationLine(data) {
      throw fail(
        DatasetProblem(
          file: file, line: line, column: nil, value: "<!ENTITY",
          expected: "no entity declarations (GraphML and GEXF need none)",
          message: "XML entity declarations are refused (they can expand without bound or read other files)"))
    }
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    let builder = TreeBuilder()
    parser.delegate = builder
    let finished = parser.parse()
    if let problem = builder.problem {
      throw fail(
        DatasetProblem(
          file: file, line: problem.line, column: problem.column, value: nil, expected: nil,
          message: problem.message))
    }
    guard finished, let root = builder.root else {
      let code = (parser.parserError as NSError?)?.code ?? 0
      let (line, column) = builder.firstErrorAt ?? (parser.lineNumber, parser.columnNumber)
      throw fail(
        DatasetProblem(
          file: file, line: line > 0 ? line : nil, column: column > 0 ? column : nil, value: nil,
          expected: "well-formed XML", message: "not well-formed XML: " + describe(code)))
    }
    return root
  }

  private static func fail(_ problem: DatasetProblem) -> DatasetError { .invalid(problems: [problem], total: 1) }

  /// The line of the first `<!ENTITY` in the bytes, if any.
  static func entityDeclarationLine(_ data: Data) -> Int? {
    let needle = Array("<!ENTITY".utf8)
    return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard bytes.count >= needle.count else { return nil }
      var line = 1
      for i in 0...(bytes.count - needle.count) {
        if bytes[i] == UInt8(ascii: "\n") { line += 1 }
        if bytes[i] == needle[0] && needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) { return line }
      }
      return nil
    }
  }

  /// A phrase for libxml2's most common error codes (`XMLParser.ErrorCode` raw values).
  static func describe(_ code: Int) -> String {
    switch code {
    case 4: "the document is empty"
    case 5: "the document ends too early (an element is not closed)"
    case 9: "a character that XML does not allow"
    case 23, 38, 39, 40, 41: "a malformed attribute"
    case 26: "an entity reference (&name;) that is not one of XML's five (&amp; &lt; &gt; &quot; &apos;)"
    case 64, 65: "a malformed XML declaration"
    case 68: "a name is missing or malformed"
    case 73: "'>' expected"
    case 76: "an end tag does not match its start tag"
    case 85: "extra content after the end of the document"
    default: "libxml2 error \(code)"
    }
  }

  /// Builds the tree from parser events; stops at the depth limit.
  private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLTreeElement] = []
    var root: XMLTreeElement?
    var problem: (line: Int, column: Int, message: String)?
    /// Where libxml2 reported its first error (it may read on before giving up).
    var firstErrorAt: (Int, Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
      if firstErrorAt == nil { firstErrorAt = (parser.lineNumber, parser.columnNumber) }
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if stack.count >= XMLTree.depthLimit {
        problem = (parser.lineNumber, parser.columnNumber, "elements nested deeper than \(XMLTree.depthLimit)")
        parser.abortParsing()
        return
      }
      stack.append(
        XMLTreeElement(name: name, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber))
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      guard let element = stack.popLast() else { return }
      if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
    }
  }
}
