// A starting point for your own analysis: copy this folder to Analyses/NAME, edit, then run
// `swift run NAME [DATASET] [DATE]` (or `make analysis NAME=NAME`). Everything the `dialogue` tool
// knows is a Swift call away: `import DialogueGraph` (networks, views, metrics), `NetworkDiagrams`
// (diagrams), `DialogueReport` (the HTML report).
import DialogueGraph
import Foundation

// The dataset: a folder, a file or the shipped GAMM dataset; the date: YYYY[-MM[-DD]], or "all"; by
// default the dataset's reference date (the same one rule as every `dialogue` command).
let arguments = CommandLine.arguments.dropFirst()
let dataset = arguments.first ?? "Datasets/gamm-2012-2013"
let network = try DialogueNetwork.load(path: dataset)
let view = try network.on(arguments.dropFirst().first)
print("\(network.name) · as of \(view.asOf?.description ?? "all dates")")

// Look a node up by id and read its links: no adjacency indices.
if let moldova = view.record("MD") {
  print("\(moldova.label) (\(moldova.kind)), cited as \(moldova.citation)")
  for link in moldova.links(kind: network.conventions.participationEdgeKind) {
    print(
      "  \(link.kind) \(link.other.label) [\(link.other.kind)] since \(link.start?.description ?? "?") — \(link.citation)"
    )
  }
}
