// Which member states joined no mobility partnership concluded by the end of 2013?
// (COM(2014) 96 §5.2.2 says five did, without naming them.)
import DialogueGraph
import Foundation

let folder = CommandLine.arguments.dropFirst().first ?? "Datasets/gamm-2012-2013"
let network = try DialogueNetwork.load(from: URL(fileURLWithPath: folder))
let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31"))
for row in gaps.disengaged {
  let absent = row.absentFrom.compactMap { network.node($0)?.label }
  print("\(row.label) (\(row.id)) joined none of: \(absent.joined(separator: ", "))")
}
print("\(gaps.disengaged.count) member states joined no mobility partnership.")
