import Foundation

/// Lays out and renders ``GraphvizGraph`` values in process, through Graphviz's C library.
///
/// There is one renderer per process, ``shared``: Graphviz keeps global state and is not
/// thread-safe (two layouts at once crash it), so every call into it — building, layout,
/// rendering, freeing — runs under one process-wide lock. Renders from many threads or tasks are
/// safe; they run one at a time.
///
/// Each render builds a fresh C graph and frees its layout and the graph afterwards, so memory
/// stays flat over thousands of renders (see `Tests/GraphvizRenderTests/MemoryTests.swift`).
/// Known exception: Graphviz 2.42's `dot` engine itself leaks about 4.6 KB per render of a
/// mid-sized graph (more with clusters); it is measured and documented there, not hidden.
///
/// ```swift
/// let svg: Data = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
/// try AtomicFile.write(svg, to: URL(fileURLWithPath: "network.svg"))  // module AtomicFiles
/// ```
public final class GraphvizRenderer: @unchecked Sendable {
  // @unchecked: the only state, `session`, is created once and used only under `lock`.

  /// The process-wide renderer.
  public static let shared = GraphvizRenderer()

  /// Serialises every call into Graphviz in this process.
  private let lock = NSLock()
  /// The Graphviz context, created on first use (`gvContext`), or why it could not be.
  private var session: Result<GraphvizSession, RenderError>?

  private init() {}

  /// Lays out `graph` with `engine` and renders it as `format`.
  ///
  /// Wraps `gvLayout` and `gvRenderData`. Warnings are dropped unless
  /// ``DiagnosticPolicy/warningsAreErrors`` is requested; use
  /// ``renderWithDiagnostics(_:engine:format:options:)`` to see them.
  /// - Returns: The rendered bytes: UTF-8 text for SVG and DOT, binary for PNG and PDF.
  /// - Throws: ``RenderError`` carrying Graphviz's message.
  /// - Complexity: that of the layout engine; `dot` is bounded by ``RenderOptions/dotEffort``.
  public func render(
    _ graph: GraphvizGraph, engine: LayoutEngine, format: OutputFormat,
    options: RenderOptions = RenderOptions()
  ) throws(RenderError) -> Data {
    try renderWithDiagnostics(graph, engine: engine, format: format, options: options).data
  }

  /// Lays out and renders `graph`, also returning Graphviz's warnings.
  ///
  /// Wraps `gvLayout` and `gvRenderData`; messages are captured with `agseterrf`.
  /// - Throws: ``RenderError`` carrying Graphviz's message.
  public func renderWithDiagnostics(
    _ graph: GraphvizGraph, engine: LayoutEngine, format: OutputFormat,
    options: RenderOptions = RenderOptions()
  ) throws(RenderError) -> Rendering {
    let plan = GraphvizBuildPlan(try GraphvizNames.sanitized(options.prepared(graph, for: engine), for: format))
    lock.lock()
    defer { lock.unlock() }
    let session = try currentSession()
    let result = try session.render(plan, engine: engine.rawValue, format: format.rawValue)
    let warnings = result.messages.text.split(separator: "\n").map(String.init)
    if options.diagnostics == .warningsAreErrors && !warnings.isEmpty {
      throw .warnings(message: result.messages.text)
    }
    return Rendering(data: result.data, warnings: warnings)
  }

  /// The layout engines Graphviz has plugins for (`gvPluginList(gvc, "layout")`).
  /// - Throws: ``RenderError/pluginsNotConfigured(directory:)`` when there are none.
  public func availableLayoutEngines() throws(RenderError) -> [LayoutEngine] {
    lock.lock()
    defer { lock.unlock() }
    return try currentSession().layoutPlugins.map(LayoutEngine.init(rawValue:))
  }

  /// The session, created on first use; call with `lock` held.
  private func currentSession() throws(RenderError) -> GraphvizSession {
    if session == nil {
      if let created = GraphvizSession() {
        session = GraphvizRenderer.check(layoutPlugins: created.layoutPlugins).map { created }
      } else {
        session = .failure(.invalidGraph(message: "gvContext() returned no context"))
      }
    }
    return try session!.get()
  }

  /// Detects Graphviz's silent failure mode: with no `config6a`, `gvContext` succeeds but knows
  /// no layout (every `gvLayout` then fails with "Layout type: "dot" not recognized. Use one
  /// of:" and an empty list).
  package static func check(layoutPlugins: [String]) -> Result<Void, RenderError> {
    layoutPlugins.isEmpty
      ? .failure(.pluginsNotConfigured(directory: GraphvizSession.pluginDirectory)) : .success(())
  }
}

/// The bytes of one rendering and the warnings Graphviz printed while producing them.
public struct Rendering: Sendable, Hashable {
  /// The rendered document (SVG, PNG, PDF, DOT…).
  public var data: Data
  /// Graphviz's warnings, one line each ("Warning: …"), in the order it reported them.
  public var warnings: [String]
}
