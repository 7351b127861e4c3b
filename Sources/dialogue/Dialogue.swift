import ArgumentParser
import AtomicFiles
import NetworkDiagrams

/// The `dialogue` command-line tool: questions about the EU's external migration dialogue network,
/// answered from a dataset folder.
@main
struct Dialogue: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dialogue",
    abstract: "Analyse the EU's external migration dialogue network.",
    discussion: """
      Every command reads a dataset: by default the shipped GAMM 2012–2013 dataset (COM(2014) 96), \
      found from any working directory; choose another with --dataset PATH (a dataset folder, a bare \
      edge-list CSV, or a shipped dataset's name such as circular-migration-2007).

      Every answer is for one date: the dataset's reference date (2013-12-31 for GAMM) unless \
      --as-of DATE (or --as-of all, regardless of date) says otherwise, and every output says which. \
      What exists on a date follows one rule everywhere: a framework with no start date and a \
      prospective status (talks ongoing, to be considered…) exists on no date; an undated link counts \
      from its target's start. What the sources do not record is shown as "not recorded", never as \
      absence.

      Results print as an aligned table for people; --format json or --format csv gives the same \
      rows for programs, and --output FILE writes them to a file.

      Examples:
        dialogue validate
        dialogue summary
        dialogue centrality --measure betweenness --top 10
        dialogue neighbors MD --edge-kinds participates-in

      Exit status: 0 on success, 1 when the dataset or an id is wrong, 64 when the command line is \
      wrong, 73 when the output file cannot be written.

      Shell completion: dialogue --generate-completion-script bash (or zsh, fish).
      """,
    version: "0.1.0",
    subcommands: [
      ValidateCommand.self, SummaryCommand.self, ListCommand.self, NeighborsCommand.self,
      CentralityCommand.self, StructureCommand.self, ProjectionCommand.self, DiffCommand.self,
      ExportCommand.self, ConvertCommand.self, GapsCommand.self, CoverageCommand.self, StatusCommand.self,
      RenderCommand.self, ReportCommand.self, ExploreCommand.self, SourcesCommand.self, SmallMultiplesCommand.self,
      MainCommand.self,
    ]
  )

  /// Parses the command line, runs the command, and turns failures into one-line messages and exit
  /// codes (see ``CommandFailure``); usage mistakes are ArgumentParser's (exit 64).
  static func main() {
    StandardStreams.ignoreBrokenPipes()
    AtomicFolder.handleInterruptions()
    // Every diagram is laid out in a child process stopped after this long (render: --layout-time-limit).
    LayoutBudget.timeLimit = DiagramArguments.defaultLayoutTimeLimit
    EarlyAnswers.answer(Array(CommandLine.arguments.dropFirst()), root: Dialogue.self)
    let command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(withError: error)
    }
    do {
      var command = command
      try command.run()
    } catch let failure as CommandFailure {
      // Each line stays one line (a path or id holding a newline is shown as <U+000A>), and control
      // and bidirectional characters never reach the terminal raw.
      for line in failure.lines { StandardStreams.writeError("dialogue: error: \(TerminalText.safe(line))\n") }
      exit(withError: ExitCode(failure.status.rawValue))
    } catch {
      exit(withError: error)
    }
  }
}
