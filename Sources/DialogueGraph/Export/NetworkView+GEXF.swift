extension NetworkView {
  /// The view as a [GEXF 1.3](https://gexf.net) document for Gephi: a dynamic, directed graph whose
  /// nodes and edges carry their lifetime as spells, so Gephi's timeline can play the network.
  ///
  /// ## Shape
  /// - `<graph mode="dynamic" defaultedgetype="directed" timeformat="date">`.
  /// - Attributes are declared per class (`node`, `edge`) with `id` = `title` = the field name and a
  ///   type (`string`, or `double` for `amount_eur`): `kind, subtype, start, end, status, city,
  ///   amount_eur, citation, confidence, note` and the extra attributes sorted by name for nodes;
  ///   `kind, role, start, end, status, amount_eur, citation, confidence, note` and extras for
  ///   edges. The `start`/`end` attributes keep the dataset's partial dates as written (`2013-06`).
  /// - Nodes carry `id` and `label`; edges carry `id`, `source`, `target`, `weight` and GEXF 1.3's
  ///   `kind` (the edge kind: Gephi keeps parallel edges of different kinds apart; Gephi merges
  ///   parallel edges of the *same* kind on import, other readers such as networkx keep them).
  /// - **Spells**: a node or edge with a `start` or an `end` gets `<spells><spell start=… end=…/>`
  ///   in full dates. A partial start is its first day (`2013-06` → `2013-06-01`). GEXF 1.3 bounds
  ///   are **inclusive** (1.3 removed the open-interval attributes `startopen`/`endopen`; see the
  ///   changelog of github.com/gephi/gexf), while the dataset's `end` is exclusive and read as the
  ///   day after its period (`2013` → 2014-01-01): so the spell's `end` is the **last day** the item
  ///   holds (`2013` → `2013-12-31`; an event with `start` 2013-11-13 and `end` 2013-11-14, which
  ///   holds on both days, → `start="2013-11-13" end="2013-11-14"`). A missing bound is left out
  ///   (an interval open on that side).
  ///   Items without dates have no spell and exist throughout.
  ///
  /// Text is escaped by ``XMLText`` (characters XML 1.0 forbids become U+FFFD). Same view, same bytes.
  ///
  /// - Throws: ``ExportError`` for an extra attribute named like a standard field, or ids that
  ///   collide once sanitised.
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func gexf() throws(ExportError) -> String {
    let format = "GEXF"
    let names = try ExportFields.checkedAttributeNames(of: self, format: format)

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    out += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>dialogue-networks</creator>\n"
    if !network.name.isEmpty {
      out += "    <description>"
      XMLText.append(network.name, to: &out)
      out += "</description>\n"
    }
    if let date = network.referenceDate { out += "    <keywords>referenceDate=\(date)</keywords>\n" }
    out += "  </meta>\n"
    out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
    if !network.name.isEmpty {
      out += " name=\""
      XMLText.append(network.name, to: &out)
      out += "\""
    }
    out += ">\n"
    let nodeFields = ExportFields.nodeFields.filter { $0.name != "label" }
    let edgeFields = ExportFields.edgeFields.filter { $0.name != "weight" }
    GEXFWriter.attributes(class: "node", fields: nodeFields, extras: names.nodes, into: &out)
    GEXFWriter.attributes(class: "edge", fields: edgeFields, extras: names.edges, into: &out)

    out += "    <nodes>\n"
    for node in nodes {
      out += "      <node id=\""
      XMLText.append(node.id, to: &out)
      out += "\" label=\""
      XMLText.append(node.label, to: &out)
      out += "\">\n"
      let values = ExportFields.standardValues(of: node).filter { $0.name != "label" }
      GEXFWriter.attvalues(
        values, extras: ExportFields.extraValues(node.attributes), indent: "        ", into: &out)
      GEXFWriter.spells(start: node.start, end: node.end, indent: "        ", into: &out)
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for edge in edges {
      out += "      <edge id=\""
      XMLText.append(edge.id, to: &out)
      out += "\" source=\""
      XMLText.append(edge.source, to: &out)
      out += "\" target=\""
      XMLText.append(edge.target, to: &out)
      out += "\" kind=\""
      XMLText.append(edge.kind, to: &out)
      out += "\" weight=\"\(ExportFields.numberText(edge.weight))\">\n"
      let values = ExportFields.standardValues(of: edge).filter { $0.name != "weight" }
      GEXFWriter.attvalues(
        values, extras: ExportFields.extraValues(edge.attributes), indent: "        ", into: &out)
      GEXFWriter.spells(start: edge.start, end: edge.end, indent: "        ", into: &out)
      out += "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }
}

/// Small pieces of GEXF syntax.
enum GEXFWriter {
  /// Appends an `<attributes class=…>` block: standard fields, then extras as strings.
  static func attributes(
    class scope: String, fields: [(name: String, type: ExportFields.ValueType)], extras: [String],
    into out: inout String
  ) {
    out += "    <attributes class=\"\(scope)\" mode=\"static\">\n"
    for (name, type) in fields + extras.map({ ($0, ExportFields.ValueType.string) }) {
      out += "      <attribute id=\""
      XMLText.append(name, to: &out)
      out += "\" title=\""
      XMLText.append(name, to: &out)
      out += "\" type=\"\(type == .double ? "double" : "string")\"/>\n"
    }
    out += "    </attributes>\n"
  }

  /// Appends an `<attvalues>` block (nothing when there are no values).
  static func attvalues(
    _ values: [(name: String, value: ExportFields.Value)], extras: [(name: String, value: String)],
    indent: String,
    into out: inout String
  ) {
    let all = values.map { ($0.name, $0.value.text) } + extras.map { ($0.name, $0.value) }
    guard !all.isEmpty else { return }
    out += indent + "<attvalues>\n"
    for (name, value) in all {
      out += indent + "  <attvalue for=\""
      XMLText.append(name, to: &out)
      out += "\" value=\""
      XMLText.append(value, to: &out)
      out += "\"/>\n"
    }
    out += indent + "</attvalues>\n"
  }

  /// Appends a one-spell `<spells>` block for these dataset bounds (nothing when both are missing):
  /// `start` as its first day, `end` as the last day it holds (GEXF 1.3 bounds are inclusive).
  static func spells(start: PartialDate?, end: PartialDate?, indent: String, into out: inout String) {
    guard start != nil || end != nil else { return }
    out += indent + "<spells>\n" + indent + "  <spell"
    if let start { out += " start=\"\(start.firstDay)\"" }
    if let end { out += " end=\"\(Day(daysSince1970: end.dayAfterLastDay.daysSince1970 - 1))\"" }
    out += "/>\n" + indent + "</spells>\n"
  }
}
