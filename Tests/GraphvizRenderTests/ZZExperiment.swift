import Foundation
import GraphvizRender
import Testing

@Test func zzExperiment() throws {
  var g = TestGraphs.random(nodes: 200, edges: 1000)
  let s = TestGraphs.small()
  let d = try GraphvizRenderer.shared.render(s, engine: .sfdp, format: .svg)
  let a = try GraphvizRenderer.shared.render(g, engine: .sfdp, format: .svg)
  let b = try GraphvizRenderer.shared.render(g, engine: .sfdp, format: .svg)
  let e = try GraphvizRenderer.shared.render(s, engine: .sfdp, format: .svg)
  print("sfdp after small warmup a==b", a == b, "small d==e", d == e)
  let x = try GraphvizRenderer.shared.render(g, engine: .dot, format: .svg, options: .init(dotEffort: .fast))
  let c = try GraphvizRenderer.shared.render(g, engine: .sfdp, format: .svg)
  print("sfdp after dot b==c", b == c, x.count)
  for (name, extra) in [("line", ["splines": "line"]), ("false", ["splines": "false"]), ("polyline", ["splines": "polyline"]), ("nomc", ["mclimit": "0.01", "remincross": "false"] as GraphvizAttributes)] as [(String, GraphvizAttributes)] {
    var h = g
    for (k, v) in extra.values { h.attributes[k] = v }
    let t0 = Date()
    let r = try GraphvizRenderer.shared.renderWithDiagnostics(h, engine: .dot, format: .svg, options: RenderOptions(dotEffort: .fast))
    print("dot", name, Date().timeIntervalSince(t0), r.data.count, r.warnings.prefix(3))
  }
  g.attributes["splines"] = "line"
  let t0 = Date()
  _ = try GraphvizRenderer.shared.render(g, engine: .dot, format: .svg, options: RenderOptions(dotEffort: .unbounded))
  print("dot unbounded line", Date().timeIntervalSince(t0))
}
