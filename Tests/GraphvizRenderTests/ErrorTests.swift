import Foundation
import GraphvizRender
import Testing

@Suite("Graphviz's errors become RenderError")
struct ErrorTests {
  @Test func unknownLayoutEngineCarriesGraphvizsMessage() throws {
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(
        TestGraphs.small(), engine: LayoutEngine(rawValue: "nonesuch"), format: .svg)
    }
    guard case .layoutFailed(let engine, let message) = error else {
      Issue.record("expected layoutFailed, got \(String(describing: error))")
      return
    }
    #expect(engine == "nonesuch")
    #expect(message.contains("Layout type: \"nonesuch\" not recognized"))
    #expect(message.contains("dot"), "Graphviz lists the known engines")
  }

  @Test func unknownFormatCarriesGraphvizsMessage() throws {
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(
        TestGraphs.small(), engine: .dot, format: OutputFormat(rawValue: "nonesuch"))
    }
    guard case .renderFailed(let format, let message) = error else {
      Issue.record("expected renderFailed, got \(String(describing: error))")
      return
    }
    #expect(format == "nonesuch")
    #expect(message.contains("nonesuch"), "\(message)")
  }

  @Test func htmlSyntaxErrorCarriesGraphvizsMessage() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a", attributes: ["label": .html("<B>unclosed")])]
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
    }
    guard case .layoutFailed(_, let message) = error else {
      Issue.record("expected layoutFailed, got \(String(describing: error))")
      return
    }
    #expect(message.contains("Error: mismatched tag"), "\(message)")
    #expect(message.contains("in label of node a"), "\(message)")
  }

  /// Graphviz warns about an unknown shape once per process and shape name (it then remembers
  /// the name), so each check uses a fresh name.
  @Test func badAttributeValueIsAWarningOrAnErrorOnRequest() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a", attributes: ["shape": "nonesuch"])]
    let lenient = try GraphvizRenderer.shared.renderWithDiagnostics(
      graph, engine: .dot, format: .svg)
    #expect(lenient.warnings.contains { $0.contains("unknown shape nonesuch") }, "\(lenient.warnings)")
    graph.nodes[0].attributes["shape"] = "nonesuch2"
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(
        graph, engine: .dot, format: .svg, options: RenderOptions(diagnostics: .warningsAreErrors))
    }
    guard case .warnings(let message) = error else {
      Issue.record("expected warnings, got \(String(describing: error))")
      return
    }
    #expect(message.contains("nonesuch2"))
  }

  @Test func errorsDoNotLeakIntoTheNextRender() throws {
    var broken = GraphvizGraph()
    broken.nodes = [GraphvizNode(id: "a", attributes: ["label": .html("<I>bad")])]
    #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(broken, engine: .dot, format: .svg)
    }
    let clean = try GraphvizRenderer.shared.renderWithDiagnostics(
      TestGraphs.small(), engine: .dot, format: .svg)
    #expect(clean.warnings.isEmpty, "\(clean.warnings)")
  }

  @Test func missingPluginConfigurationNamesTheFix() {
    let result = GraphvizRenderer.check(layoutPlugins: [])
    guard case .failure(let error) = result else {
      Issue.record("an empty plugin list must be an error")
      return
    }
    #expect(error.description.contains("libgvc6-config-update -c"))
    #expect(error.description.contains("make setup"))
    #expect(error.description.contains("config6a"))
    #expect((try? GraphvizRenderer.check(layoutPlugins: ["dot"]).get()) != nil)
  }

  /// Run with `GVBINDIR=<empty folder>` to exercise the real detection: Graphviz then finds no
  /// `config6a`, `gvContext` succeeds silently and knows no layouts.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["GVBINDIR"] != nil))
  func missingConfig6aIsDetectedAtFirstRender() throws {
    let error = #expect(throws: RenderError.self) {
      try GraphvizRenderer.shared.render(TestGraphs.small(), engine: .dot, format: .svg)
    }
    guard case .pluginsNotConfigured = error else {
      Issue.record("expected pluginsNotConfigured, got \(String(describing: error))")
      return
    }
  }
}
