import Foundation
import Testing

@testable import DialogueGraph

@Suite struct ResultTableTests {
  let table = ResultTable(
    columns: [Column("id"), Column("label", header: "Member state"), Column("value"), Column("absent_from")],
    rows: [
      [.text("AT"), .text("Austria"), .number(0.25), .list(["mp-moldova", "mp-georgia"])],
      [.text("XX"), .text("=HYPERLINK(\"http://evil\")"), .number(1), .list([])],
      [.text("YY"), .text("say \"hi\", <b>&\n"), .empty, .list(["-1"])],
    ])

  @Test func jsonKeepsColumnOrderAndEscapes() throws {
    let text = table.json.serialized()
    #expect(text.hasPrefix(#"[{"id":"AT","label":"Austria","value":0.25,"absent_from":["mp-moldova","mp-georgia"]}"#))
    #expect(text.contains(#""label":"say \"hi\", <b>&\n""#))
    #expect(text.contains(#""value":null"#))
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
    #expect(parsed.count == 3)
    #expect(parsed[2]["label"] as? String == "say \"hi\", <b>&\n")
  }

  @Test func jsonCanBeMadeSafeForHTMLScriptElements() {
    let s = JSONValue.string("</script><script>alert(1)</script>&").serialized(escapingHTMLSensitiveCharacters: true)
    #expect(!s.contains("<") && !s.contains(">") && !s.contains("&"))
    #expect(s == #""\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u0026""#)
  }

  @Test func jsonEscapesControlCharactersAndLineSeparators() {
    #expect(JSONValue.string("a\u{0}b\u{1B}c\u{2028}").serialized() == #""a\u0000b\u001bc\u2028""#)
    #expect(JSONValue.number(.nan).serialized() == "null")
    #expect(JSONValue.number(2).serialized() == "2.0")
  }

  @Test func csvQuotesAndNeutralisesFormulas() {
    let lines = table.csv().components(separatedBy: "\r\n")
    #expect(lines[0] == "id,label,value,absent_from")
    #expect(lines[1] == "AT,Austria,0.25,mp-moldova;mp-georgia")
    #expect(lines[2] == #"XX,"'=HYPERLINK(""http://evil"")",1.0,"#)
    #expect(lines[3].hasPrefix(#"YY,"say ""hi"", <b>&"#))
    #expect(lines[3].hasSuffix(",,'-1") || table.csv().contains(",,'-1\r\n"))
    for prefix in ["=", "+", "-", "@", "\t"] {
      #expect(ResultTable.neutraliseFormula(prefix + "1") == "'" + prefix + "1")
    }
    #expect(ResultTable.neutraliseFormula("Moldova") == "Moldova")
  }

  @Test func textTableAlignsNumbersAndHidesControlCharacters() {
    let t = ResultTable(
      columns: [Column("name"), Column("n")],
      rows: [[.text("a\u{1B}[31m"), .integer(5)], [.text("longer"), .integer(12)]])
    let lines = t.textTable().split(separator: "\n").map(String.init)
    #expect(lines[0] == "name     n")
    #expect(lines[2] == "a�[31m   5")
    #expect(lines[3] == "longer  12")
    #expect(!t.textTable().contains("\u{1B}"))
  }

  /// Issue 14: a spreadsheet that splits cells on ';' must not find a formula after a separator.
  @Test func csvNeutralisesEachElementOfAList() {
    var t = ResultTable(columns: [Column("ids", header: "Ids")])
    t.append([.list(["DE", "=HYPERLINK(\"x\")", "+1", "@SUM(A1)"])])
    let line = t.csv().split(separator: "\r\n")[1]
    #expect(line == "\"DE;'=HYPERLINK(\"\"x\"\");'+1;'@SUM(A1)\"")
  }
}
