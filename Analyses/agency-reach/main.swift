// Which agency reaches which regions?
//
//   swift run agency-reach [DATASET] [DATE] [AGENCY-KIND]   (default: GAMM, its reference date, eu-agency)
//
// An agency reaches a country when it is linked to the country directly, or to a framework the
// country is linked to (two steps, agency — framework — country). A region is reached through the
// countries in it (the vocabulary's in-region link kind). Counts are countries reached / countries
// in the region, on the date.
import DialogueGraph
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let network = try DialogueNetwork.load(path: arguments.count > 0 ? arguments[0] : "Datasets/gamm-2012-2013")
let view = try network.on(arguments.count > 1 ? arguments[1] : nil)
let agencyKind = arguments.count > 2 ? arguments[2] : "eu-agency"
let countryKinds = Set(network.vocabulary.nodeKinds.filter(\.country).map(\.id))
let frameworkKinds = Set(network.vocabulary.frameworkKinds)
let inRegion = network.conventions.inRegionEdgeKind

/// The regions each country is in, and the countries of each region, on the date.
var regionsOf: [String: [String]] = [:]
var countriesIn: [String: Set<String>] = [:]
for region in view.records(kinds: [network.conventions.regionKind]) {
  for link in region.links(kind: inRegion, direction: .incoming) where countryKinds.contains(link.other.kind) {
    regionsOf[link.other.id, default: []].append(region.id)
    countriesIn[region.id, default: []].insert(link.other.id)
  }
}

print("\(network.name) · as of \(view.asOf?.description ?? "all dates"): regions reached by each \(agencyKind)")
let agencies = view.records(kinds: [agencyKind])
if agencies.isEmpty { print("(no node of kind \(agencyKind) on this date)") }
for agency in agencies {
  var reached = Set<String>()
  for link in agency.links {
    if countryKinds.contains(link.other.kind) { reached.insert(link.other.id) }
    if frameworkKinds.contains(link.other.kind), let framework = view.record(link.other.id) {
      reached.formUnion(framework.neighbors(kinds: countryKinds).map(\.id))
    }
  }
  var perRegion: [String: Int] = [:]
  for country in reached { for region in regionsOf[country] ?? [] { perRegion[region, default: 0] += 1 } }
  let regions = perRegion.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
  print("\(agency.label) (\(agency.id)): \(reached.count) countries")
  for (region, count) in regions {
    let label = view.record(region)?.label ?? region
    print("  \(label): \(count) of \(countriesIn[region]?.count ?? 0) countries")
  }
}
