import DialogueGraph

/// Writes HTML into a string, escaping every piece of text and every attribute value.
///
/// Tag and attribute *names* are the report's own constants; everything that may come from a
/// dataset goes through ``HTMLText`` on the way in. The only way to add markup that is not escaped
/// is ``trusted(_:)``, used for the report's style sheet and for SVG that ``SVGEmbedder`` has
/// rebuilt from a whitelist.
///
/// The output is also well-formed XML (void elements are written `<br/>`), so tests can parse it.
struct HTMLBuilder {
  /// The HTML written so far.
  private(set) var html = ""

  /// HTML5 void elements, written self-closed.
  private static let voidElements: Set<String> = ["br", "hr", "meta", "img", "link", "col", "wbr"]

  /// Appends `<tag a="v"…>`; values are escaped, `nil` values are left out.
  mutating func open(_ tag: String, _ attributes: [(String, String?)] = []) {
    html += "<" + tag
    for (name, value) in attributes {
      guard let value else { continue }
      html += " " + name + "=\""
      HTMLText.append(value, to: &html)
      html += "\""
    }
    html += HTMLBuilder.voidElements.contains(tag) ? "/>" : ">"
  }

  /// Appends `</tag>`.
  mutating func close(_ tag: String) { html += "</" + tag + ">" }

  /// Appends escaped text.
  mutating func text(_ text: String) { HTMLText.append(text, to: &html) }

  /// Appends a line break in the source (readability of the file only).
  mutating func newline() { html += "\n" }

  /// Writes a report section: `<section id="ID" aria-labelledby="ID-heading">`, its `<h2>` heading,
  /// what `body` writes, and the closing tag — so every section is labelled and closed the same way,
  /// whichever way `body` ends.
  mutating func section(id: String, heading: String, _ body: (inout HTMLBuilder) -> Void) {
    open("section", [("id", id), ("aria-labelledby", id + "-heading")])
    element("h2", [("id", id + "-heading")], text: heading)
    body(&self)
    close("section")
    newline()
  }

  /// Appends `<tag …>text</tag>`.
  mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// Appends `<tag …>`, whatever `body` writes, then `</tag>`.
  mutating func element(
    _ tag: String, _ attributes: [(String, String?)] = [], body: (inout HTMLBuilder) -> Void
  ) {
    open(tag, attributes)
    body(&self)
    close(tag)
  }

  /// Appends markup as is. Only for the report's own constant markup and whitelisted SVG.
  mutating func trusted(_ markup: String) { html += markup }
}
