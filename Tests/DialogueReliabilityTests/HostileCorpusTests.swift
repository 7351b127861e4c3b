import Foundation
import Testing

/// Runs the real `dialogue` binary over every case of `Tests/ReliabilityCorpus`.
///
/// An **invalid** case must, for `validate`, `render`, `export --format graphml` and
/// `export --format dot` alike: exit with status 1, print exactly one line
/// `dialogue: error: DATASET/FILE:LINE:COL: …` naming the file, line and column that `expect.json`
/// gives and containing its text, show no sign of a crash (signal, "Fatal error", stack trace), and
/// leave nothing behind in the output folder.
///
/// A **valid** case must exit with 0 for all four; the SVG and the GraphML must be well-formed XML,
/// the DOT must lex as Graphviz lexes it with every label shown literally, and a hostile label named
/// by `label_contains` must be visible in the GraphML and the DOT (and in the SVG when its node is
/// drawn).
@Suite("Hostile corpus through the dialogue binary")
struct HostileCorpusTests {
  /// One command run over a case, and the output file it is asked to write.
  struct Command {
    var name: String
    var arguments: [String]
    var output: String?
  }

  @Test("the corpus has at least 60 readable cases, both valid and invalid")
  func corpusIsComplete() {
    #expect(
      CorpusCase.loadProblems.isEmpty, "folders without a readable expect.json: \(CorpusCase.loadProblems)")
    #expect(CorpusCase.all.count >= 60, "only \(CorpusCase.all.count) cases in \(CorpusCase.root.path)")
    #expect(CorpusCase.all.contains { $0.expectation.valid })
    #expect(CorpusCase.all.contains { !$0.expectation.valid })
  }

  @Test("each case is rejected with one located error, or loads", arguments: CorpusCase.all)
  func corpusCase(_ corpusCase: CorpusCase) throws {
    let copy = try corpusCase.materialise()
    let dataset = copy.dataset.path
    let work = try ScratchFolder.make("out")
    defer {
      try? FileManager.default.removeItem(at: work)
      try? FileManager.default.removeItem(at: copy.scratch)
    }
    let expectation = corpusCase.expectation
    var commands = [
      Command(name: "validate", arguments: ["validate", "--dataset", dataset]),
      Command(
        name: "graphml",
        arguments: ["export", "--format", "graphml", "--dataset", dataset, "--output", "out.graphml"],
        output: "out.graphml"),
      Command(
        name: "dot", arguments: ["export", "--format", "dot", "--dataset", dataset, "--output", "out.dot"],
        output: "out.dot"),
    ]
    if !expectation.valid || expectation.render != false {
      commands.append(
        Command(
          name: "render", arguments: ["render", "--dataset", dataset, "--output", "out.svg"],
          output: "out.svg"))
    }
    for command in commands {
      let outcome = try DialogueProcess.run(command.arguments, in: work)
      #expect(outcome.crashSigns.isEmpty, "\(corpusCase.name): \(outcome.crashSigns) — \(outcome.summary)")
      if expectation.valid {
        #expect(
          outcome.reason == .exit && outcome.status == 0, "\(corpusCase.name) must load: \(outcome.summary)")
        if let output = command.output, outcome.status == 0 {
          let file = work.appendingPathComponent(output)
          if let issue = expectation.known_issue,
            expectation.known_issue_commands?.contains(command.name) == true
          {
            withKnownIssue(Comment(rawValue: issue)) {
              try checkOutput(file, of: corpusCase, command: command.name)
            }
          } else {
            try checkOutput(file, of: corpusCase, command: command.name)
          }
        }
      } else {
        checkRejection(outcome, of: corpusCase, dataset: copy.dataset)
        let leftovers = ScratchFolder.contents(of: work)
        #expect(
          leftovers.isEmpty,
          "\(corpusCase.name): \(command.name) of an invalid dataset left \(leftovers) behind")
      }
    }
  }

  /// An invalid case's run: exit 1 and one line naming the expected file, line and column.
  private func checkRejection(_ outcome: DialogueProcess.Outcome, of corpusCase: CorpusCase, dataset: URL) {
    let expectation = corpusCase.expectation
    #expect(outcome.reason == .exit && outcome.status == 1, "\(corpusCase.name): \(outcome.summary)")
    let lines = outcome.stderrLines
    #expect(lines.count == 1, "\(corpusCase.name): expected one error line: \(outcome.summary)")
    guard let line = lines.first else { return }
    // Problems are located relative to the dataset as named: the folder, or a bare list's folder.
    let folder = expectation.dataset == nil ? dataset.path : dataset.deletingLastPathComponent().path
    var location = "dialogue: error: \(folder)/\(expectation.file ?? "?")"
    if let lineNumber = expectation.line { location += ":\(lineNumber)" }
    if let column = expectation.column { location += ":\(column)" }
    location += ": "
    #expect(
      line.hasPrefix(location),
      "\(corpusCase.name): expected \(location.debugDescription)…, got \(line.prefix(400).debugDescription)")
    for text in [expectation.message_contains, expectation.message_contains_also].compactMap({ $0 }) {
      #expect(
        line.contains(text),
        "\(corpusCase.name): the message lacks \(text.debugDescription): \(line.prefix(400).debugDescription)"
      )
    }
    let stricter = {
      if let excluded = expectation.message_excludes {
        #expect(
          !line.contains(excluded),
          "\(corpusCase.name): the message contains \(excluded.debugDescription): \(line.prefix(400).debugDescription)"
        )
      }
      if let limit = expectation.max_line_length {
        #expect(
          line.count <= limit,
          "\(corpusCase.name): the error line has \(line.count) characters (limit \(limit))")
      }
    }
    if let issue = expectation.known_issue {
      withKnownIssue(Comment(rawValue: issue), isIntermittent: false, stricter)
    } else {
      stricter()
    }
  }

  /// A valid case's output: well-formed for its format, and showing the hostile label.
  private func checkOutput(_ file: URL, of corpusCase: CorpusCase, command: String) throws {
    let data = try Data(contentsOf: file)
    let leftovers = ScratchFolder.contents(of: file.deletingLastPathComponent()).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "\(corpusCase.name): \(command) left temporary files \(leftovers)")
    let label = corpusCase.expectation.label_contains
    if command == "dot" {
      return checkDOT(String(decoding: data, as: UTF8.self), label: label, of: corpusCase)
    }
    // Foundation's XMLParser (libxml2 without XML_PARSE_HUGE) rejects text nodes over 10,000,000
    // bytes and very large documents; the generated 10 MB-label and 50,000-node outputs exceed that
    // (Python's expat reads them as well-formed), so such outputs are only checked for debris.
    guard data.count <= XMLText.parserLimit else { return }
    let document: XMLText
    do { document = try XMLText(data) } catch {
      Issue.record("\(corpusCase.name): the \(command) output is not well-formed XML: \(error)")
      return
    }
    guard let label else { return }
    if command == "render" && !document.characterData.contains(where: { $0.contains("mp-moldova") }) {
      return  // the diagram does not draw the node carrying the label (its <title> is the node id)
    }
    let shown = command == "render" ? document.svgTexts : document.characterData
    #expect(
      XMLText.shows(label, in: shown),
      "\(corpusCase.name): the \(command) output does not show the label \(label.debugDescription)")
  }

  /// A valid case's DOT export: it lexes, no label triggers a Graphviz escape, and the label shows.
  private func checkDOT(_ dot: String, label: String?, of corpusCase: CorpusCase) {
    let strings: [String]
    do { strings = try DOTText.quotedStrings(in: dot) } catch {
      Issue.record("\(corpusCase.name): the DOT export does not lex as Graphviz lexes it: \(error)")
      return
    }
    let labels = strings.indices.dropLast().filter { strings[$0] == "label" }.map { strings[$0 + 1] }
    var displayed: [String] = []
    for value in labels {
      guard let shown = DOTText.displayed(label: value) else {
        Issue.record(
          "\(corpusCase.name): Graphviz would substitute an object name into the exported label \(value.debugDescription)"
        )
        continue
      }
      displayed.append(shown)
    }
    if let label {
      #expect(
        displayed.contains { XMLText.visible($0).contains(XMLText.visible(label)) },
        "\(corpusCase.name): no DOT label displays as \(label.debugDescription); labels: \(labels.map(\.debugDescription))"
      )
    }
  }
}
