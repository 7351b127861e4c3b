import Foundation
import Testing

@testable import DialogueGraph

/// The XML readers stream: libxml2 gets the file in chunks of 128 KiB (`XMLParser(stream:)`), and
/// each chunk is checked before it does (``CheckedXMLInput``). What a chunk boundary could hide
/// must still be found, and what it could cut must still be read.
@Suite struct ImportStreamingTests {
  /// `XMLParser`'s chunk size: where the first boundary falls in a file read whole.
  static let chunk = 128 * 1024

  /// `prefix`, padded with an XML comment so that `marker` starts `offset` bytes before the first
  /// chunk boundary, then `marker` and `suffix`.
  static func document(prefix: String, marker: String, offset: Int, suffix: String) -> String {
    let open = prefix + "<!--"
    let padding = chunk - offset - open.utf8.count - "-->\n".utf8.count
    return open + String(repeating: "x", count: padding) + "-->\n" + marker + suffix
  }

  static func load(_ text: String, as name: String) throws(DatasetError) -> DialogueNetwork {
    let url = try! ImportRobustnessTests.write(text, as: name)
    return try DialogueNetwork.load(from: url)
  }

  /// `<!ENTITY` starting `offset` bytes before the boundary: 1…7 cut it in two.
  @Test(arguments: 0...8)
  func entityDeclarationAcrossABoundaryIsRefused(offset: Int) throws {
    let doctype = "<!DOCTYPE graphml ["
    let text = Self.document(
      prefix: "<?xml version=\"1.0\"?>\n", marker: doctype + "<!ENTITY a \"aaaa\">]>",
      offset: offset + doctype.utf8.count, suffix: "\n<graphml><graph><node id=\"&a;\"/></graph></graphml>\n")
    #expect {
      _ = try Self.load(text, as: "laughs.graphml")
    } throws: { error in
      "\(error)".contains("laughs.graphml:3: XML entity declarations are refused")
    }
  }

  /// A two-, three- and four-byte character cut by the boundary is read whole.
  @Test(arguments: ["é", "€", "𝄞"], 0...4)
  func characterCutByABoundaryIsRead(character: String, offset: Int) throws {
    let text = Self.document(
      prefix: "<?xml version=\"1.0\"?>\n<gexf><graph><nodes>\n", marker: "<node id=\"a\" label=\"",
      offset: offset + "<node id=\"a\" label=\"".utf8.count, suffix: "\(character)\"/></nodes></graph></gexf>\n")
    let network = try Self.load(text, as: "cut.gexf")
    #expect(network.nodes.map(\.label) == [character])
  }

  /// A bad byte after the first chunk is reported at its own line and column.
  @Test func badByteInALaterChunkHasItsPosition() throws {
    var text = "<?xml version=\"1.0\"?>\n<graphml><graph>\n"
    while text.utf8.count < 3 * Self.chunk { text += "<node id=\"n\(text.utf8.count)\"/>\n" }
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
    var bytes = Array(text.utf8) + Array("<node id=\"ab".utf8) + [0xFF] + Array("\"/>\n</graph></graphml>\n".utf8)
    let url = try ImportRobustnessTests.write("", as: "bad.graphml")
    try Data(bytes).write(to: url)
    bytes.removeAll()
    #expect {
      _ = try DialogueNetwork.load(from: url)
    } throws: { error in
      "\(error)".contains("bad.graphml:\(line):13: invalid UTF-8")
    }
  }

  /// Keys declared before the graph apply; a `<data>` naming a key declared only after its
  /// element is reported (GraphML declares keys first).
  @Test func keysAreResolvedAsTheyStream() throws {
    let good = try Self.load(
      """
      <graphml><key id="k" for="node" attr.name="kind"><default>member-state</default></key>
      <key id="l" for="node" attr.name="label"/><graph>
      <node id="AT"><data key="l">Austria</data></node><node id="MP" ><data key="k">mobility-partnership</data></node>
      </graph></graphml>
      """, as: "keys.graphml")
    #expect(good.nodes.map(\.kind) == ["member-state", "mobility-partnership"])
    #expect(good.nodes.map(\.label) == ["Austria", "MP"])
    #expect {
      _ = try Self.load(
        "<graphml><graph>\n<node id=\"a\"><data key=\"late\">x</data></node></graph>\n<key id=\"late\" attr.name=\"note\"/></graphml>",
        as: "late.graphml")
    } throws: { error in
      "\(error)".contains("late.graphml:2: <data> names an undeclared key")
    }
  }

  /// Only UTF-8 is read: another declared encoding is refused before libxml2 sees the file
  /// (`encoding='utf-7'` crashed libxml2; found by the FuzzGraphFiles harness).
  @Test(arguments: [
    ("<?xml version='1.0' encoding='utf-7'?>", "declares the encoding \"utf-7\""),
    ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "declares the encoding \"ISO-8859-1\""),
    ("<?xml version=\"1.0\"" + String(repeating: " ", count: 2000) + "encoding=\"utf-7\"?>", "longer than 1024 bytes"),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", nil), ("<?xml version='1.0' encoding = 'utf8' ?>", nil),
    ("\u{FEFF}<?xml version=\"1.0\"?>", nil), ("", nil),
  ])
  func onlyUTF8IsDeclared(declaration: String, refusal: String?) throws {
    let text = declaration + "\n<graphml><graph><node id=\"a\"/></graph></graphml>\n"
    if let refusal {
      #expect {
        _ = try Self.load(text, as: "encoded.graphml")
      } throws: { error in
        "\(error)".contains("encoded.graphml:1: ") && "\(error)".contains(refusal)
      }
    } else {
      #expect(try Self.load(text, as: "encoded.graphml").nodes.map(\.id) == ["a"])
    }
  }

  /// Nesting deeper than the limit stops the parse at the element that goes too deep.
  @Test func deepNestingStops() throws {
    let deep = String(repeating: "<x>", count: 100) + String(repeating: "</x>", count: 100)
    #expect {
      _ = try Self.load("<graphml><graph>\n<node id=\"a\">\n" + deep + "</node></graph></graphml>", as: "deep.graphml")
    } throws: { error in
      "\(error)".contains("deep.graphml:3:") && "\(error)".contains("elements nested deeper than 64")
    }
  }
}
