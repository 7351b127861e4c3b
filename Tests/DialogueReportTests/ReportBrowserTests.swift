import DialogueGraph
import DialogueReport
import Foundation
import Testing

/// The GAMM report opened in a real browser (headless Chromium): it renders a non-blank page,
/// and the DOM the browser built holds the diagram and the tables.
///
/// Chromium is installed by `scripts/setup.sh test` (Debian package `chromium`); without it the
/// test fails and says so.
@Suite(.serialized) struct ReportBrowserTests {
  @Test func chromiumRendersTheReportWithDiagramAndTables() throws {
    let chromium = try #require(
      Self.chromiumPath(),
      "chromium is not installed — run `scripts/setup.sh test` (apt-get install chromium)")
    let (_, html) = try ReportFixtures.gammReport.get()
    let folder = try ReportFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("report.html")
    try Data(html.utf8).write(to: page)
    let screenshot = folder.appendingPathComponent("report.png")
    let common = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--window-size=1280,2000",
    ]

    let dom = try Self.run(chromium, common + ["--dump-dom", page.absoluteString])
    #expect(dom.status == 0, "chromium --dump-dom failed: \(dom.error)")
    #expect(dom.output.contains("<svg") && dom.output.contains(#"role="img""#))
    #expect(
      dom.output.components(separatedBy: "<table").count - 1 == html.components(separatedBy: "<table").count
        - 1)
    #expect(dom.output.contains("<caption>Member states in no mobility partnership"))
    #expect(dom.output.contains("<h1>Dialogue network report: gamm-2012-2013</h1>"))
    #expect(!dom.output.lowercased().contains("<script"))

    let shot = try Self.run(
      chromium, common + ["--screenshot=" + screenshot.path, "--hide-scrollbars", page.absoluteString])
    #expect(shot.status == 0, "chromium --screenshot failed: \(shot.error)")
    let size = try #require(try FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int)
    #expect(size > 50_000, "the screenshot is \(size) bytes — a blank page is a few kilobytes")
    let helper = ReportFixtures.fixtures.appendingPathComponent("png_nonwhite.py").path
    let measured = try Self.run("/usr/bin/env", ["python3", helper, screenshot.path])
    #expect(measured.status == 0, "png_nonwhite.py failed: \(measured.error)")
    let figures =
      try JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [String: Double] ?? [:]
    #expect(figures["width"] == 1280 && figures["height"] == 2000)
    #expect((figures["nonwhite"] ?? 0) > 0.03, "too little ink: \(figures)")
    #expect((figures["dark"] ?? 0) > 0.005, "no dark text: \(figures)")
    #expect((figures["rows_with_ink"] ?? 0) > 0.5, "most of the page is blank: \(figures)")

    // Printing (the print style sheet) gives a multi-page PDF.
    let pdf = folder.appendingPathComponent("report.pdf")
    let printed = try Self.run(
      chromium, common + ["--print-to-pdf=" + pdf.path, "--no-pdf-header-footer", page.absoluteString])
    #expect(printed.status == 0, "chromium --print-to-pdf failed: \(printed.error)")
    let pdfBytes = try Data(contentsOf: pdf)
    #expect(pdfBytes.starts(with: Data("%PDF".utf8)))
    // Page objects are "/Type /Page" dictionaries (the page tree is "/Type /Pages").
    let pdfText = String(decoding: pdfBytes, as: UTF8.self)
    let pages = pdfText.matches(of: try Regex(#"/Type\s*/Page(?![a-zA-Z])"#)).count
    #expect(pages > 3, "the printed report has \(pages) pages")

    // DIALOGUE_REPORT_SCREENSHOT=/path/x.png keeps the screenshot (and the page as /path/x.html)
    // for a person to look at.
    if let keep = ProcessInfo.processInfo.environment["DIALOGUE_REPORT_SCREENSHOT"] {
      let html = URL(fileURLWithPath: keep).deletingPathExtension().appendingPathExtension("html").path
      for (from, to) in [(screenshot.path, keep), (page.path, html)] {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
      }
    }
  }

  /// The first of `chromium`, `chromium-browser`, `google-chrome` on the PATH.
  static func chromiumPath() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Runs a program to completion (at most two minutes); its exit status, standard output and
  /// standard error.
  static func run(_ program: String, _ arguments: [String]) throws -> (
    status: Int32, output: String, error: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // A browser that hangs must not hang the test run: stop it after two minutes.
    let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: deadline)
    defer { deadline.cancel() }
    // Read both pipes while the process runs, so a full pipe cannot block it.
    let errorData = LockedData()
    let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1000) }
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData.value, as: UTF8.self)
    )
  }
}

/// Data handed from a reader thread.
final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  func set(_ value: Data) { lock.withLock { data = value } }
  var isSet: Bool { lock.withLock { data != nil } }
  var value: Data { lock.withLock { data ?? Data() } }
}
