import ArgumentParser
import DialogueGraph
import Foundation

/// Where and how results are written, and how chatty the tool is.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "table: aligned text for people (default); json or csv: for programs, with fixed field order.",
      valueName: "format"))
  var format: ResultFormat = .table

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write the result to this file instead of standard output ('-' = standard output). The file is replaced only when the command succeeds.",
      valueName: "file"))
  var output: String?

  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "With --format csv: start the text with a UTF-8 byte-order mark, so Excel reads accents and dashes (EU–Armenia, Söderköping) right. Default: on when writing to a file with --output, off on standard output."
    ))
  var bom: Bool?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only these columns, in this order (comma-separated keys as in the CSV header, e.g. id,label,value).",
      valueName: "keys"))
  var columns: String?

  @Flag(name: .shortAndLong, help: "Print no progress messages.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "List every problem of a dataset that does not load, not just the first.")
  var verbose = false

  func validate() throws {
    if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
    if let output, output.isEmpty {
      throw ValidationError("--output needs a file path (or '-' for standard output).")
    }
    if let keys = columnKeys, keys.isEmpty || keys.contains(where: \.isEmpty) {
      throw ValidationError("--columns needs column keys separated by commas, e.g. --columns id,label.")
    }
    // Set here, once, as the options are parsed: aligned tables bound for standard output fit the
    // terminal (see ``TerminalWidth``); files and JSON/CSV keep every character.
    ResultTable.displayWidth = fitsToTerminal ? TerminalWidth.forStandardOutput() : nil
  }

  /// The keys given with `--columns`.
  var columnKeys: [String]? {
    columns.map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }
  }

  /// Whether the output is an aligned table on standard output, fitted to ``TerminalWidth``.
  var fitsToTerminal: Bool { format == .table && writesToStandardOutput }

  /// Whether the result goes to standard output (no `--output`, or `--output -`).
  var writesToStandardOutput: Bool { output == nil || output == "-" }

  /// Whether a CSV result starts with a byte-order mark: `--bom`/`--no-bom`, else only in regular
  /// files (new or existing, through symbolic links) — never on standard output, a FIFO, `/dev/stdout`
  /// or another device, which programs read.
  var csvByteOrderMark: Bool {
    guard format == .csv else { return false }
    if let bom { return bom }
    guard let output, output != "-" else { return false }
    var status = stat()
    guard stat(output, &status) == 0 else { return true }  // a new file
    return (status.st_mode & S_IFMT) == S_IFREG
  }

  /// Writes a command's result to standard output or, atomically, to `--output`; CSV text gets a
  /// byte-order mark when ``csvByteOrderMark`` says so.
  func emit(_ text: String) throws(CommandFailure) {
    let text = csvByteOrderMark ? ResultTable.byteOrderMark + text : text
    guard let output, output != "-" else {
      if fitsToTerminal, let width = ResultTable.displayWidth {
        StandardStreams.writeOut(ResultTable.clipLines(text, to: width))
      } else {
        StandardStreams.writeOut(text)
      }
      return
    }
    try OutputOptions.writeAtomically(Data(text.utf8), to: output)
  }

  /// Writes `data` to `path` through a temporary file in the same folder renamed into place, so an
  /// existing file is replaced only when the whole result is written (see ``AtomicWrite``).
  /// - Throws: ``CommandFailure`` with exit status 73 when the file cannot be written.
  static func writeAtomically(_ data: Data, to path: String) throws(CommandFailure) {
    do {
      try AtomicWrite.write(data, to: URL(fileURLWithPath: path))
    } catch {
      throw CommandFailure(error.description, status: .cannotWrite)
    }
  }

  /// Renders a table in the chosen format and writes it.
  func emit(_ table: ResultTable) throws(CommandFailure) { try emit(selected(table).rendered(as: format)) }

  /// `table` narrowed to `--columns`, if given.
  /// - Throws: ``CommandFailure`` (exit 64) naming the table's columns when a key is unknown.
  func selected(_ table: ResultTable) throws(CommandFailure) -> ResultTable {
    guard let keys = columnKeys else { return table }
    switch table.selecting(columns: keys) {
    case .success(let narrowed): return narrowed
    case .failure(let unknown):
      let near = Suggestions.nearest(to: unknown.key, among: unknown.available)
      throw CommandFailure(
        "--columns: this result has no column \"\(unknown.key)\""
          + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)")
          + " — its columns are \(unknown.available.joined(separator: ","))",
        status: .usage)
    }
  }

  /// Renders a table about `context` (its dataset, date and filters, printed as its title and as
  /// the `as_of` field of JSON and CSV rows) and writes it.
  func emit(_ table: ResultTable, about context: OutputContext) throws(CommandFailure) {
    var table = table
    table.context = context
    try emit(table)
  }

  /// Writes a result that has its own JSON shape: `json` for `--format json`, `table` otherwise.
  func emit(_ table: ResultTable, json: JSONValue) throws(CommandFailure) {
    try emit(format == .json ? json.serialized(pretty: true) + "\n" : selected(table).rendered(as: format))
  }

  /// Writes the rows behind a figure: the statement then the evidence table (people), the
  /// `{statement, evidence}` object (JSON), or the evidence rows (CSV).
  func emit(_ explanation: Explanation) throws(CommandFailure) {
    switch format {
    case .table:
      try emit(ResultTable.visible(explanation.statement) + "\n\n" + explanation.table.textTable())
    case .json: try emit(explanation.json.serialized(pretty: true) + "\n")
    case .csv: try emit(explanation.table.csv())
    }
  }

  /// A progress reporter on standard error, silent with `--quiet` or when stderr is not a terminal.
  func progress(_ task: String) -> ProgressReporter { ProgressReporter(task: task, enabled: !quiet) }
}

extension ResultFormat: ExpressibleByArgument {}
