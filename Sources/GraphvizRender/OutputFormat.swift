/// A Graphviz output format (the `format` argument of `gvRenderData`).
///
/// The four formats the toolkit uses are static members; ``init(rawValue:)`` names any other
/// installed device (`json`, `xdot`, `plain`…). An unknown name is reported by Graphviz itself
/// (``RenderError/renderFailed(format:message:)``).
public struct OutputFormat: RawRepresentable, Sendable, Hashable, CaseIterable,
  CustomStringConvertible
{
  /// The device name passed to `gvRenderData`.
  public let rawValue: String

  /// Names an output device; it is checked by Graphviz when used.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Scalable Vector Graphics (UTF-8 XML text).
  public static let svg = OutputFormat(rawValue: "svg")
  /// Portable Network Graphics (binary, via cairo).
  public static let png = OutputFormat(rawValue: "png")
  /// Portable Document Format (binary, via cairo).
  public static let pdf = OutputFormat(rawValue: "pdf")
  /// DOT text annotated with the layout (`pos`, `bb`…).
  public static let dot = OutputFormat(rawValue: "dot")

  /// The four formats above.
  public static let allCases: [OutputFormat] = [.svg, .png, .pdf, .dot]

  /// The usual file extension (without dot): the device name.
  public var fileExtension: String { rawValue }

  /// The device name.
  public var description: String { rawValue }
}
