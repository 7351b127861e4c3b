// Which third countries gained a framework between two dates?
//
//   swift run new-frameworks [DATASET] [FROM] [TO]        (default: GAMM, 2012-12-31 → 2013-12-31)
//
// A country "has" a framework on a date when a link between them holds on that date (the toolkit's
// one as-of rule). Third countries are the country kinds of the vocabulary other than the member
// state kind; frameworks are the kinds the vocabulary flags as frameworks.
import DialogueGraph
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let network = try DialogueNetwork.load(path: arguments.count > 0 ? arguments[0] : "Datasets/gamm-2012-2013")
let from = try network.on(arguments.count > 1 ? arguments[1] : "2012-12-31")
let to = try network.on(arguments.count > 2 ? arguments[2] : "2013-12-31")
let frameworks = Set(network.vocabulary.frameworkKinds)
let thirdCountries = Set(
  network.vocabulary.nodeKinds.filter { $0.country && $0.id != network.conventions.memberStateKind }.map(\.id))

print("\(network.name): third countries that gained a framework between \(from.asOf!) and \(to.asOf!)")
var gained = 0
for country in to.records(kinds: thirdCountries) {
  let before = Set(from.record(country.id)?.neighbors(kinds: frameworks).map(\.id) ?? [])
  let new = country.links.filter { frameworks.contains($0.other.kind) && !before.contains($0.other.id) }
  guard !new.isEmpty else { continue }
  gained += 1
  print("\(country.label) (\(country.id))")
  var shown = Set<String>()
  for link in new where shown.insert(link.other.id).inserted {
    print("  + \(link.other.label) [\(link.other.kind)], \(link.start?.description ?? "undated") — \(link.citation)")
  }
}
print("\(gained) third countries gained at least one framework.")
