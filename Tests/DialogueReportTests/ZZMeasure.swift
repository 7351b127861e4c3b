import DialogueGraph
import Foundation
import NetworkDiagrams
import Testing

@Test func measureDiagrams() throws {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  for name in ["gamm-2012-2013", "circular-migration-2007"] {
    let network = try DialogueNetwork.load(from: root.appendingPathComponent("Datasets/\(name)"))
    for subject in [DiagramSubject.network, .twoMode(frameworkKind: "mobility-partnership")] {
      let clock = ContinuousClock()
      let start = clock.now
      let svg = try NetworkDiagram.render(network, options: DiagramOptions(subject: subject, asOf: Day("2013-12-31")), format: .svg)
      let text = String(decoding: svg, as: UTF8.self)
      let header = text.components(separatedBy: "\n").filter { $0.hasPrefix("<svg") }.first ?? ""
      print("MEASURE", name, subject, svg.count, clock.now - start, header)
    }
  }
}
