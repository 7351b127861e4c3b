import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What a streaming XML reader (``GraphMLReader``, ``GEXFReader``) implements: it receives each
/// element as it starts and ends, and builds its graph as it goes, so no document tree is held.
protocol XMLEventHandler: AnyObject {
  /// An element starts (`depth` 0 is the root; `name` is its local name, namespaces processed).
  /// - Returns: whether the element's own character data is wanted at ``end(_:text:depth:)``.
  func start(_ name: String, attributes: [String: String], line: Int, depth: Int) -> Bool
  /// An element ends; `text` is its own character data (CDATA included, children's excluded) when
  /// ``start(_:attributes:line:depth:)`` asked for it, else empty.
  func end(_ name: String, text: String, depth: Int)
  /// Whether the reader has seen enough (a document that is not its format): the parse stops.
  var isFinished: Bool { get }
}

/// An ``XMLEventHandler`` that builds an ``ImportedGraph`` (GraphML, GEXF).
protocol XMLGraphReader: XMLEventHandler {
  init(file: String)
  /// The graph read, once the document has ended.
  func finish() -> ImportedGraph
}

extension XMLGraphReader {
  /// Streams the document and returns its graph (problems of structure inside it).
  static func read(
    file: String, path: String, read: @escaping (UnsafeMutableRawBufferPointer) -> Int
  ) throws(DatasetError) -> ImportedGraph {
    let reader = Self(file: file)
    try XMLEventStream.parse(file: file, path: path, read: read, handler: reader)
    return reader.finish()
  }
}

/// Streams an XML document through Foundation's `XMLParser` (libxml2's push parser) to an
/// ``XMLEventHandler``, refusing what a hostile file could abuse. Memory is bounded by what the
/// handler keeps (the graph), not by the document: the bytes go to libxml2 in chunks of 128 KiB
/// (`XMLParser(stream:)`), and only the open elements' names and wanted text are held.
///
/// Why Foundation's parser and not a hand-written one: XML's syntax (encodings, CDATA, character
/// references, namespaces, well-formedness) is large, and libxml2 gets it right with line and column
/// for every error. What it must not do is expand entities: on Linux `XMLParser` substitutes them
/// (libxml2's `XML_PARSE_NOENT`), neither reports entity declarations to its delegate nor lets a
/// caller cap expansion, so every chunk is checked by ``CheckedXMLInput`` *before* libxml2 sees it:
/// - a document that declares entities at all (`<!ENTITY`, the billion-laughs and XXE vector;
///   GraphML and GEXF never need one) stops at the chunk holding the declaration, reported with its
///   line; external entities are off besides (`shouldResolveExternalEntities = false`);
/// - bytes that are not UTF-8, or NUL, stop the parse with their line and column (Foundation's
///   `XMLParser` traps on element or attribute names that are not UTF-8);
/// - an XML declaration naming an encoding other than UTF-8 stops it before libxml2 reads a byte
///   (libxml2 2.9 crashes on `encoding='utf-7'`);
/// - nesting deeper than ``depthLimit`` stops the parse.
///
/// Measured (docs/RELIABILITY.md, "Large graph files"): a 400 MB GraphML of two nodes and comments
/// loads in 28 MB; a GraphML of 200,000 nodes and 1,000,000 edges (82 MB) in 739 MB, the graph's
/// own size. The tree-building reader this replaces refused both (the first by its 256 MB limit; on
/// the second libxml2 stopped with "error 1", as on every generated GraphML from about 10 MB on).
enum XMLEventStream {
  /// The deepest element nesting accepted (GraphML with yEd graphics needs about 8).
  static let depthLimit = 64

  /// Streams the document `read` supplies to `handler`.
  /// - Parameters:
  ///   - read: fills a buffer with the next bytes and returns their count (0 at the end, -errno on
  ///     failure).
  /// - Throws: ``DatasetError/invalid(problems:total:)`` with one problem at its line and column
  ///   (an entity declaration, bytes that are not UTF-8, malformed XML, too deep a nesting), or
  ///   ``DatasetError/unreadable(path:reason:)`` when reading fails.
  static func parse(
    file: String, path: String, read: @escaping (UnsafeMutableRawBufferPointer) -> Int, handler: any XMLEventHandler
  ) throws(DatasetError) {
    let input = CheckedXMLInput(read: read)
    let parser = XMLParser(stream: input)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    let forwarder = Forwarder(handler: handler)
    input.shouldStop = { [unowned forwarder] in forwarder.stopped }
    parser.delegate = forwarder
    _ = parser.parse()
    // What the input refused comes first: libxml2 only saw the bytes before it.
    if let failure = input.failure {
      switch failure {
      case .readError(EFBIG):
        let limit = InputLimits.size(InputLimits.current.maximumTableBytes)
        throw .unreadable(path: path, reason: "it holds more than the \(limit) a dataset file may hold")
      case .readError(let code):
        throw .unreadable(path: path, reason: String(cString: strerror(code)))
      case .entityDeclaration(let line):
        throw fail(
          DatasetProblem(
            file: file, line: line, column: nil, value: "<!ENTITY",
            expected: "no entity declarations (GraphML and GEXF need none)",
            message: "XML entity declarations are refused (they can expand without bound or read other files)"))
      case .declaredEncoding(let encoding):
        throw fail(
          DatasetProblem(
            file: file, line: 1, column: nil, value: encoding == "?" ? nil : encoding,
            expected: "encoding=\"UTF-8\" (or no encoding) in the XML declaration, and UTF-8 text",
            message: encoding == "?"
              ? "the XML declaration is malformed or longer than \(CheckedXMLInput.declarationWindow) bytes"
              : "the file declares the encoding \(DatasetProblem.quoted(encoding)); only UTF-8 is read"))
      case .notUTF8(let line, let column, let nul):
        throw fail(
          DatasetProblem(
            file: file, line: line, column: column, value: nil, expected: "UTF-8 text",
            message: nul ? "a NUL byte, which XML does not allow" : "invalid UTF-8"))
      }
    }
    if let problem = forwarder.problem {
      throw fail(
        DatasetProblem(
          file: file, line: problem.line, column: problem.column, value: nil, expected: nil, message: problem.message))
    }
    if handler.isFinished { return }
    // libxml2 reports a document that ends early (5) itself; the fallbacks cover inputs it gives
    // no error for (fewer than 4 bytes).
    let error =
      forwarder.firstError
      ?? (!forwarder.sawRoot
        ? (code: 4, line: 0, column: 0) : forwarder.depth > 0 ? (code: 5, line: 0, column: 0) : nil)
    if let error {
      throw fail(
        DatasetProblem(
          file: file, line: error.line > 0 ? error.line : nil, column: error.column > 0 ? error.column : nil,
          value: nil, expected: "well-formed XML", message: "not well-formed XML: " + describe(error.code)))
    }
  }

  private static func fail(_ problem: DatasetProblem) -> DatasetError { .invalid(problems: [problem], total: 1) }

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

  /// Turns `XMLParser`'s delegate calls into handler events; keeps the open elements' wanted text.
  private final class Forwarder: NSObject, XMLParserDelegate {
    let handler: any XMLEventHandler
    /// Per open element: whether its text is wanted, and the text so far.
    var open: [(wantsText: Bool, text: String)] = []
    var depth: Int { open.count }
    var sawRoot = false
    var stopped = false
    var problem: (line: Int, column: Int, message: String)?
    /// libxml2's first error and where it was reported (it may read on before giving up).
    var firstError: (code: Int, line: Int, column: Int)?

    init(handler: any XMLEventHandler) { self.handler = handler }

    func stop(_ parser: XMLParser) {
      stopped = true
      parser.abortParsing()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
      guard !stopped else { return }
      if firstError == nil {
        firstError = ((error as NSError).code, parser.lineNumber, parser.columnNumber)
      }
      stop(parser)
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      guard !stopped else { return }
      if open.count >= XMLEventStream.depthLimit {
        problem = (parser.lineNumber, parser.columnNumber, "elements nested deeper than \(XMLEventStream.depthLimit)")
        stop(parser)
        return
      }
      sawRoot = true
      let wants = handler.start(name, attributes: attributes, line: parser.lineNumber, depth: open.count)
      open.append((wants, ""))
      if handler.isFinished { stop(parser) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      guard !stopped, let element = open.popLast() else { return }
      handler.end(name, text: element.text, depth: open.count)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stopped, let last = open.indices.last, open[last].wantsText else { return }
      open[last].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      guard !stopped, let last = open.indices.last, open[last].wantsText else { return }
      open[last].text += String(decoding: block, as: UTF8.self)
    }
  }
}
