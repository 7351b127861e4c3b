import GraphvizRender

/// How one kind of node looks in a diagram.
public struct NodeStyle: Sendable, Hashable {
  /// A Graphviz shape name (`box`, `ellipse`, `hexagon`…).
  public var shape: String
  /// The fill colour (`#rrggbb`).
  public var fill: String
  /// The outline colour.
  public var outline: String

  public init(shape: String, fill: String, outline: String = "#444444") {
    self.shape = shape
    self.fill = fill
    self.outline = outline
  }
}

/// How one kind of link looks in a diagram.
public struct EdgeStyle: Sendable, Hashable {
  /// A Graphviz line style (`solid`, `dashed`, `dotted`, `bold`).
  public var line: String
  /// The line colour.
  public var colour: String
  /// The arrowhead at the target (`none` for links whose direction carries no meaning).
  public var arrowhead: String

  public init(line: String, colour: String, arrowhead: String = "normal") {
    self.line = line
    self.colour = colour
    self.arrowhead = arrowhead
  }
}

/// The visual vocabulary of the toolkit's diagrams: a shape and colour per node kind and a line
/// style per edge kind, chosen so that actors (countries, organisations) read as rounded shapes,
/// frameworks as boxes, and instruments, projects and events as smaller secondary marks.
///
/// Kinds a user adds in their own `vocabulary.json` get a colour from a fixed palette chosen by a
/// stable hash of the kind's id, so diagrams of other dialogue networks are still styled — and
/// still byte-identical from run to run.
public struct DiagramStyle: Sendable {
  public var nodeStyles: [String: NodeStyle]
  public var edgeStyles: [String: EdgeStyle]
  /// The outline and link colour of a highlighted (disengaged) member state.
  public var highlightColour: String

  /// The default style.
  public static let standard = DiagramStyle(
    nodeStyles: [
      "member-state": NodeStyle(shape: "ellipse", fill: "#9ecae1"),
      "third-country": NodeStyle(shape: "ellipse", fill: "#fdd0a2"),
      "eu-institution": NodeStyle(shape: "octagon", fill: "#c6dbef"),
      "eu-agency": NodeStyle(shape: "hexagon", fill: "#6baed6"),
      "international-organisation": NodeStyle(shape: "hexagon", fill: "#a1d99b"),
      "national-authority": NodeStyle(shape: "hexagon", fill: "#e5f5e0"),
      "civil-society-organisation": NodeStyle(shape: "hexagon", fill: "#f7fcb9"),
      "regional-process": NodeStyle(shape: "box", fill: "#bcbddc"),
      "global-process": NodeStyle(shape: "box", fill: "#9e9ac8"),
      "mobility-partnership": NodeStyle(shape: "box", fill: "#fc9272"),
      "common-agenda": NodeStyle(shape: "box", fill: "#fcbba1"),
      "bilateral-dialogue": NodeStyle(shape: "box", fill: "#fee0d2"),
      "agreement": NodeStyle(shape: "note", fill: "#fff7bc"),
      "instrument": NodeStyle(shape: "note", fill: "#f0f0f0"),
      "project": NodeStyle(shape: "component", fill: "#d9f0a3"),
      "funding-programme": NodeStyle(shape: "cylinder", fill: "#addd8e"),
      "thematic-priority": NodeStyle(shape: "diamond", fill: "#fa9fb5"),
      "region": NodeStyle(shape: "tab", fill: "#e0e0e0"),
      "event": NodeStyle(shape: "ellipse", fill: "#ffffff", outline: "#969696"),
      "node": NodeStyle(shape: "ellipse", fill: "#e0e0e0"),
    ],
    edgeStyles: [
      "participates-in": EdgeStyle(line: "solid", colour: "#555555"),
      "party-to": EdgeStyle(line: "solid", colour: "#b8860b"),
      "working-arrangement": EdgeStyle(line: "bold", colour: "#08519c"),
      "addresses": EdgeStyle(line: "dotted", colour: "#c51b8a"),
      "funds": EdgeStyle(line: "dashed", colour: "#238b45"),
      "implements": EdgeStyle(line: "dashed", colour: "#6a51a3"),
      "located-in": EdgeStyle(line: "dotted", colour: "#969696"),
      "hosts": EdgeStyle(line: "solid", colour: "#d94801"),
      "part-of": EdgeStyle(line: "dotted", colour: "#525252"),
      "in-region": EdgeStyle(line: "dotted", colour: "#bdbdbd", arrowhead: "none"),
      "member-of": EdgeStyle(line: "solid", colour: "#969696"),
      "supports": EdgeStyle(line: "dashed", colour: "#3182bd"),
      "link": EdgeStyle(line: "solid", colour: "#555555", arrowhead: "none"),
    ],
    highlightColour: "#cb181d")

  /// The palette for kinds the style does not name.
  static let palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]

  /// The style of node kind `kind`, or a palette style for an unknown kind.
  public func node(_ kind: String) -> NodeStyle {
    nodeStyles[kind] ?? NodeStyle(shape: "ellipse", fill: DiagramStyle.palette[DiagramStyle.stableHash(kind) % 8])
  }

  /// The style of edge kind `kind`, or a palette style for an unknown kind.
  public func edge(_ kind: String) -> EdgeStyle {
    edgeStyles[kind] ?? EdgeStyle(line: "solid", colour: DiagramStyle.palette[DiagramStyle.stableHash(kind) % 8])
  }

  /// FNV-1a over the UTF-8 bytes: unlike `hashValue`, the same in every process.
  static func stableHash(_ text: String) -> Int {
    var hash: UInt32 = 2_166_136_261
    for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash % 1_000_003)
  }
}
