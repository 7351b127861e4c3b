// Every call into Graphviz's C libraries (libgvc, libcgraph) lives in this file.
//
// Graphviz is not thread-safe (global state in cgraph's error handler and string pools, in the
// layout engines, in the plugin loader): every function here must be called while holding
// `GraphvizRenderer.lock`. Each allocation is paired with its release on the next line (`defer`).
internal import CGraphviz
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Graphviz's messages since the last `takeGraphvizMessages()`, assembled from the pieces
/// `agerr` hands to the `agseterrf` sink ("Error", ": ", "text\n"). Guarded by the renderer lock.
nonisolated(unsafe) private var graphvizMessageBuffer = ""

/// The process's one Graphviz context (`GVC_t`) with the error sink installed.
///
/// One context serves every render: a context per render leaks about 8 KB in Graphviz 2.42.
/// It is never freed (`gvFreeContext`), like any process-wide library state.
final class GraphvizSession {
  /// The `GVC_t *` from `gvContext`.
  private let context: OpaquePointer
  /// Installed layout plugins (`gvPluginList(gvc, "layout")`); empty when `config6a` is missing.
  let layoutPlugins: [String]

  /// Installs the message sink (`agseterrf`, `agseterr(AGWARN)` so warnings are captured too),
  /// then creates the context (`gvContext`) and lists its layout plugins (`gvPluginList`).
  init?() {
    _ = agseterrf { piece in
      if let piece { graphvizMessageBuffer += String(cString: piece) }
      return 0
    }
    _ = agseterr(AGWARN)
    guard let context = gvContext() else { return nil }
    self.context = context
    var count: Int32 = 0
    let list = dn_gvPluginList(context, "layout", &count)
    defer { dn_free_plugin_list(list, count) }
    layoutPlugins = (0..<Int(count)).compactMap { index in
      list?[index].map { String(cString: $0) }
    }
    _ = GraphvizSession.takeMessages()
  }

  /// The folder Graphviz searches for plugins and `config6a`: `$GVBINDIR`, else `graphviz/` next
  /// to the loaded libgvc (found in `/proc/self/maps`), as Graphviz's `gvconfig_libdir` does.
  static var pluginDirectory: String {
    if let override = ProcessInfo.processInfo.environment["GVBINDIR"] { return override }
    let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
    for line in maps.split(separator: "\n") {
      guard let start = line.firstIndex(of: "/"), line.contains("/libgvc.so") else { continue }
      let library = String(line[start...])
      return (library as NSString).deletingLastPathComponent + "/graphviz"
    }
    return "the Graphviz plugin folder (next to libgvc)"
  }

  /// Returns and clears the captured messages and Graphviz's sticky error level
  /// (`agreseterrors`).
  static func takeMessages() -> GraphvizMessages {
    let level = agreseterrors()
    defer { graphvizMessageBuffer = "" }
    return GraphvizMessages(text: graphvizMessageBuffer, hasErrors: level >= Int32(AGERR.rawValue))
  }

  /// Builds `plan` (`agopen`, `agattr`, `agnode`, `agsubg`, `agsubnode`, `agedge`, `agsafeset`),
  /// lays it out (`gvLayout`), renders it (`gvRenderData`) and frees everything (`gvFreeRenderData`,
  /// `gvFreeLayout`, `agclose`).
  func render(_ plan: GraphvizBuildPlan, engine: String, format: String) throws(RenderError)
    -> (data: Data, messages: GraphvizMessages)
  {
    _ = GraphvizSession.takeMessages()
    guard let graph = dn_agopen(plan.name, plan.isDirected ? 1 : 0, plan.isStrict ? 1 : 0) else {
      throw .invalidGraph(message: GraphvizSession.takeMessages().text)
    }
    defer { agclose(graph) }
    try build(plan, into: graph)
    let built = GraphvizSession.takeMessages()
    if built.hasErrors { throw .invalidGraph(message: built.text) }

    GraphvizSession.resetRandomState()
    guard gvLayout(context, graph, engine) == 0 else {
      throw .layoutFailed(engine: engine, message: GraphvizSession.takeMessages().text)
    }
    defer { gvFreeLayout(context, graph) }
    let laidOut = GraphvizSession.takeMessages()
    if laidOut.hasErrors { throw .layoutFailed(engine: engine, message: laidOut.text) }

    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length: UInt32 = 0
    let status = gvRenderData(context, graph, format, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    let rendered = GraphvizSession.takeMessages()
    guard status == 0, let buffer, !rendered.hasErrors else {
      throw .renderFailed(format: format, message: rendered.text)
    }
    let data = Data(bytes: buffer, count: Int(length))
    return (data, GraphvizMessages(text: built.text + laidOut.text + rendered.text, hasErrors: false))
  }

  /// Reseeds the C library's random generators (`srand`, `srand48`) that layout code draws
  /// from, so that every layout starts from the same state whatever ran before: sfdp's layout of
  /// a graph otherwise differs between the first and later calls in a process, and after other
  /// engines ran.
  private static func resetRandomState() {
    srand(1)
    srand48(1)
  }

  /// Creates the plan's attributes, nodes, subgraphs and edges in `graph`.
  private func build(_ plan: GraphvizBuildPlan, into graph: UnsafeMutablePointer<Agraph_t>)
    throws(RenderError)
  {
    for setting in plan.graphSettings { try set(setting, on: graph, default: "") }
    for setting in plan.nodeDefaults { declare(setting, kind: AGNODE, in: graph) }
    for setting in plan.edgeDefaults { declare(setting, kind: AGEDGE, in: graph) }

    var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    nodes.reserveCapacity(plan.nodes.count)
    for node in plan.nodes {
      guard let created = dn_agnode(graph, node.id) else {
        throw .invalidGraph(message: "cannot create node \(node.id.debugDescription)")
      }
      nodes[node.id] = created
      for setting in node.settings {
        try set(setting, on: created, default: setting.name == "label" ? "\\N" : "")
      }
    }
    for subgraph in plan.subgraphs { try build(subgraph, in: graph, nodes: nodes) }
    for edge in plan.edges {
      guard let tail = nodes[edge.tail], let head = nodes[edge.head],
        let created = dn_agedge(graph, tail, head, edge.key)
      else {
        throw .invalidGraph(message: "cannot create edge \(edge.tail) -> \(edge.head)")
      }
      for setting in edge.settings { try set(setting, on: created, default: "") }
    }
  }

  /// Creates one subgraph (`agsubg`), its attributes, members (`agsubnode`) and children.
  private func build(
    _ subgraph: GraphvizBuildPlan.Subgraph, in parent: UnsafeMutablePointer<Agraph_t>,
    nodes: [String: UnsafeMutablePointer<Agnode_t>]
  ) throws(RenderError) {
    guard let created = dn_agsubg(parent, subgraph.name) else {
      throw .invalidGraph(message: "cannot create subgraph \(subgraph.name.debugDescription)")
    }
    for setting in subgraph.settings { try set(setting, on: created, default: "") }
    for id in subgraph.nodeIDs {
      if let node = nodes[id] { _ = agsubnode(created, node, 1) }
    }
    for child in subgraph.children { try build(child, in: created, nodes: nodes) }
  }

  /// Declares a default for every node or edge (`agattr`, or `agstrdup_html` for HTML).
  private func declare(_ setting: GraphvizBuildPlan.Setting, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) {
    if setting.isHTML {
      _ = dn_agattr_html(graph, kind, setting.name, setting.value)
    } else {
      _ = dn_agattr(graph, kind, setting.name, setting.value)
    }
  }

  /// Sets one attribute of a graph, node or edge (`agsafeset`, or `agstrdup_html` for HTML).
  private func set<Object>(
    _ setting: GraphvizBuildPlan.Setting, on object: UnsafeMutablePointer<Object>, default: String
  ) throws(RenderError) {
    let status =
      setting.isHTML
      ? dn_agsafeset_html(object, setting.name, setting.value, `default`)
      : dn_agsafeset(object, setting.name, setting.value, `default`)
    if status != 0 {
      throw .invalidGraph(message: "cannot set \(setting.name) = \(setting.value.debugDescription)")
    }
  }
}

/// Graphviz's messages from one step, and whether any of them was an error (`agerrors`).
struct GraphvizMessages {
  /// The assembled text, "Warning: …" and "Error: …" lines, possibly empty.
  var text: String
  /// Whether Graphviz recorded an error (level `AGERR` or worse).
  var hasErrors: Bool
}
