import AtomicFiles
import Foundation
import Testing

@Suite("AtomicFile writes all or nothing")
struct AtomicFileTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("out.svg")
    try AtomicFile.write("first", to: file)
    try AtomicFile.write(Data("second, longer".utf8), to: file)
    #expect(try String(contentsOf: file, encoding: .utf8) == "second, longer")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.svg"])
    let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
    #expect((mode as? Int) == 0o644)
  }

  @Test func failureLeavesTheDestinationUntouched() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A directory in the destination's place: the final rename must fail.
    let blocked = folder.appendingPathComponent("blocked")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
    try "keep".write(to: blocked.appendingPathComponent("inside"), atomically: false, encoding: .utf8)
    #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("new", to: blocked) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocked"])
    #expect(try String(contentsOf: blocked.appendingPathComponent("inside"), encoding: .utf8) == "keep")
  }

  @Test func missingFolderNamesPathAndStep() {
    let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.svg")
    let error = #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: file) }
    #expect(error?.path == file.path)
    #expect(error?.step == "create")
  }
}
