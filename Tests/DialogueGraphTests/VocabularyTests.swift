import Foundation
import Testing

@testable import DialogueGraph

@Suite struct VocabularyTests {
  @Test func defaultVocabularyLoadsFromTheBundle() {
    let v = Vocabulary.default
    #expect(v.isCountry(kind: "member-state") && v.isCountry(kind: "third-country"))
    #expect(!v.isCountry(kind: "region"))
    #expect(v.isFramework(kind: "mobility-partnership") && !v.isFramework(kind: "event"))
    #expect(v.edgeKind("link")?.directed == true && v.isDirected(kind: "participates-in"))
    #expect(v.hasSubtype("readmission", ofKind: "agreement") && !v.hasSubtype("readmission", ofKind: "event"))
    #expect(v.status(printed: "Indgået")?.id == "concluded")
    #expect(v.status(printed: "") == nil)
    #expect(v.confidences == ["seed", "high", "medium", "low"])
    #expect(v.confidenceRank("seed") == 0 && v.confidenceRank("low") == 3 && v.confidenceRank("none") == nil)
  }

  @Test func aDatasetVocabularyReplacesTheDefault() throws {
    let vocabulary = """
      {"nodeKinds": [{"id": "state", "label": "state", "framework": false, "country": true},
                     {"id": "process", "label": "process", "framework": true, "country": false}],
       "edgeKinds": [{"id": "joins", "label": "joins", "directed": true}],
       "confidences": ["sure", "unsure"]}
      """
    let folder = try CoreFixtures.folder([
      "vocabulary.json": Array(vocabulary.utf8),
      "nodes.csv": Array(
        "id,kind,label,citation,confidence\nER,state,Eritrea,x,sure\nkhartoum-process,process,Khartoum Process,x,unsure\n"
          .utf8),
      "edges.csv": Array("source,target,kind,citation,confidence\nER,khartoum-process,joins,x,sure\n".utf8),
    ])
    let network = try DialogueNetwork.load(from: folder)
    #expect(network.vocabulary.nodeKinds.map(\.id) == ["state", "process"])
    #expect(network.node("er")?.label == "Eritrea")
    // The default kinds no longer apply.
    let problems = try CoreFixtures.problems(
      nodes: "id,kind,label,citation,confidence\nDE,member-state,Germany,x,seed\n",
      edges: "source,target,kind,citation,confidence\n", extra: ["vocabulary.json": vocabulary])
    #expect(
      problems.map(\.description) == [
        "nodes.csv:2:2: unknown node kind \"member-state\" — expected a node kind from the vocabulary",
        "nodes.csv:2:5: unknown confidence \"seed\" — expected one of sure, unsure",
      ])
  }

  @Test func aMalformedVocabularyIsReported() throws {
    let problems = try CoreFixtures.problems(
      nodes: CoreFixtures.nodeHeader, extra: ["vocabulary.json": "{\"nodeKinds\": []}"])
    #expect(problems.count == 1)
    #expect(problems.first?.file == "vocabulary.json")
    #expect(problems.first?.message.contains("missing key .edgeKinds") == true)
  }
}
