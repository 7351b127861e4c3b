/// Wraps a label into lines of about `width` characters at spaces (greedy, like a text editor's
/// fill), so long framework names ("Mobility Partnership with the Republic of Moldova") make tall,
/// narrow nodes that fit a page. A word longer than the width gets a line of its own, unbroken.
///
/// Hand-written: a dozen lines, and Graphviz has no wrapping of its own.
enum LabelWrap {
  static func wrapped(_ text: String, width: Int) -> String {
    guard width > 0, text.count > width else { return text }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}
