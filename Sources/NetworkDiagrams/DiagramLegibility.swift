import Foundation

/// How large a rendered diagram's text prints: Graphviz writes each text's `font-size` and scales
/// the whole drawing with one `transform="scale(s s)"` on the graph group when it fits the drawing
/// to a `size` (``DiagramPage``); the printed size of a text is `font-size × s` points (an SVG
/// user unit is a point in Graphviz output).
///
/// Hand-written with regular expressions because Graphviz's SVG has a fixed, simple shape and a
/// full XML parse of a 600 KB drawing is not needed to read two attributes.
public enum DiagramLegibility {
  /// The graph group's scale factor (1 when there is none).
  public static func scale(ofSVG svg: String) -> Double {
    guard let match = svg.firstMatch(of: /class="graph" transform="scale\(([0-9.]+)/) else { return 1 }
    return Double(match.1) ?? 1
  }

  /// The smallest printed text size in points, or `nil` when the drawing has no text.
  public static func smallestTextPoints(inSVG svg: String) -> Double? {
    let sizes = svg.matches(of: /<text[^>]*font-size="([0-9.]+)"/).compactMap { Double($0.1) }
    guard let smallest = sizes.min() else { return nil }
    return smallest * scale(ofSVG: svg)
  }
}
