import Foundation
import Testing

@testable import DialogueGraph

/// ``AtomicWrite`` replaces files and folders only after success and leaves no debris.
@Suite struct ExportAtomicWriteTests {

  func entries(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func writeReplacesAFile() throws {
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("out.graphml")
    try AtomicWrite.write(Data("old".utf8), to: file)
    try AtomicWrite.write(Data("new".utf8), to: file)
    #expect(try Data(contentsOf: file) == Data("new".utf8))
    #expect(try entries(root) == ["out.graphml"])
  }

  @Test func failedWriteLeavesNothing() throws {
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let missing = root.appendingPathComponent("no-such-folder/out.gexf")
    #expect(throws: ExportError.self) { try AtomicWrite.write(Data("x".utf8), to: missing) }
    // A folder in the way: the rename fails, the temporary file is removed.
    let folder = root.appendingPathComponent("occupied")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    try Data("keep".utf8).write(to: folder.appendingPathComponent("inside"))
    do {
      try AtomicWrite.write(Data("x".utf8), to: folder)
      Issue.record("writing over a non-empty folder should fail")
    } catch {
      guard case .writeFailed(let path, let reason) = error else { throw error }
      #expect(path == folder.path)
      #expect(!reason.isEmpty)
    }
    #expect(try entries(root) == ["occupied"])
    #expect(try entries(folder) == ["inside"])
  }

  @Test func folderReplacesOnlyItsOwnPreviousOutput() throws {
    let root = try exportTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("dataset")
    try AtomicWrite.writeFolder([("a.csv", Data("1".utf8))], to: target, madeBy: "tool one")
    #expect(try entries(target) == [".dialogue-output", "a.csv"])

    try AtomicWrite.writeFolder([("c.csv", Data("3".utf8))], to: target, madeBy: "tool one")
    #expect(try entries(target) == [".dialogue-output", "c.csv"], "success replaces the whole folder")
    #expect(try entries(root) == ["dataset"], "and leaves no temporary folder")

    #expect(throws: ExportError.self, "another command's output is not replaced") {
      try AtomicWrite.writeFolder([("b.csv", Data("2".utf8))], to: target, madeBy: "tool two")
    }
    try Data("mine".utf8).write(to: target.appendingPathComponent("notes.txt"))
    #expect(throws: ExportError.self, "a folder holding a file the tool did not write is not replaced") {
      try AtomicWrite.writeFolder([("b.csv", Data("2".utf8))], to: target, madeBy: "tool one")
    }
    #expect(try entries(target) == [".dialogue-output", "c.csv", "notes.txt"])
    #expect(try entries(root) == ["dataset"])
  }
}
