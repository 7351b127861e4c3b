import DialogueGraph
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

/// How a diagram draws each kind: a shape and colour per node kind and a line style per edge kind.
///
/// The styles are **data**: each kind's `style` in the dataset's `vocabulary.json` (the toolkit's
/// default vocabulary draws actors — countries, organisations — as rounded shapes, frameworks as
/// boxes, and instruments, projects and events as smaller secondary marks). ``nodeStyles`` and
/// ``edgeStyles`` override them per kind; kinds with no style anywhere get a colour from a fixed
/// palette chosen by a stable hash of the kind's id, so diagrams of other dialogue networks are
/// still styled — and still byte-identical from run to run.
public struct DiagramStyle: Sendable {
  /// Overrides of the vocabulary's node styles, by kind id.
  public var nodeStyles: [String: NodeStyle]
  /// Overrides of the vocabulary's edge styles, by kind id.
  public var edgeStyles: [String: EdgeStyle]
  /// The outline and link colour of a highlighted (disengaged) member state.
  public var highlightColour: String

  public init(
    nodeStyles: [String: NodeStyle] = [:], edgeStyles: [String: EdgeStyle] = [:], highlightColour: String = "#cb181d"
  ) {
    self.nodeStyles = nodeStyles
    self.edgeStyles = edgeStyles
    self.highlightColour = highlightColour
  }

  /// The vocabulary's styles, no overrides.
  public static let standard = DiagramStyle()

  /// The palette for kinds no style names.
  static let palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]

  /// The style of node kind `kind`: an override, else the vocabulary's, else a palette style.
  public func node(_ kind: String, in vocabulary: Vocabulary) -> NodeStyle {
    if let style = nodeStyles[kind] { return style }
    if let style = vocabulary.nodeKind(kind)?.style {
      return NodeStyle(shape: style.shape, fill: style.fill, outline: style.outline ?? "#444444")
    }
    return NodeStyle(shape: "ellipse", fill: DiagramStyle.palette[DiagramStyle.stableHash(kind) % 8])
  }

  /// The style of edge kind `kind`: an override, else the vocabulary's, else a palette style.
  public func edge(_ kind: String, in vocabulary: Vocabulary) -> EdgeStyle {
    if let style = edgeStyles[kind] { return style }
    if let style = vocabulary.edgeKind(kind)?.style {
      return EdgeStyle(line: style.line, colour: style.colour, arrowhead: style.arrowhead ?? "normal")
    }
    return EdgeStyle(line: "solid", colour: DiagramStyle.palette[DiagramStyle.stableHash(kind) % 8])
  }

  /// FNV-1a over the UTF-8 bytes: unlike `hashValue`, the same in every process.
  static func stableHash(_ text: String) -> Int {
    var hash: UInt32 = 2_166_136_261
    for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash % 1_000_003)
  }
}
