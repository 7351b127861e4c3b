import ArgumentParser
import DialogueGraph
import Synchronization

/// `--as-of DATE|all`: the date an answer is for. One option, one meaning, in every command.
///
/// - no `--as-of`: the dataset's reference date (its descriptor's `referenceDate`: 2013-12-31 for
///   the GAMM dataset), or regardless of date when the dataset declares none;
/// - `--as-of 2013-12-31`, `2013-12` or `2013`: that day (a month or a year means its last day);
/// - `--as-of all`: regardless of date (prospective items listed and marked, never counted).
///
/// What exists on the date is decided by the core's one rule (`DialogueNetwork.presence`).
struct AsOfOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The date of the answer: YYYY-MM-DD, YYYY-MM or YYYY (a month or year means its last day), or 'all' for regardless of date. Default: the dataset's reference date (2013-12-31 for GAMM).",
      valueName: "date|all"))
  var asOf: AsOfArgument?

  /// The day asked about for `network` (`nil` = regardless of date) and whether it is the
  /// dataset's reference date taken by default. Warns on standard error when the date lies outside
  /// the dataset's dates.
  func resolve(for network: DialogueNetwork) -> (day: Day?, isReferenceDate: Bool) {
    switch asOf {
    case nil: return (network.referenceDate, network.referenceDate != nil)
    case .all: return (nil, false)
    case .date(let date):
      if let range = network.dateRange, !range.contains(date.day) {
        OutsideDateWarning.once(
          "warning: \(date.day) lies outside the dataset's dates (\(range.lowerBound) to \(range.upperBound)); "
            + (date.day < range.lowerBound
              ? "nothing dated has begun by then, so only undated items count.\n"
              : "the sources record no change after \(range.upperBound).\n"))
      }
      return (date.day, false)
    }
  }

  /// The output context for `network` with these options and `filters`.
  func context(for network: DialogueNetwork, filters: [String] = []) -> OutputContext {
    let (day, isReference) = resolve(for: network)
    return OutputContext(dataset: network.name, asOf: day, asOfIsReferenceDate: isReference, filters: filters)
  }
}

/// A typed `--as-of` value: a date or `all`.
enum AsOfArgument: ExpressibleByArgument, Sendable {
  case date(DateArgument)
  case all

  init?(argument: String) {
    if argument.lowercased() == "all" {
      self = .all
    } else if let date = DateArgument(argument: argument) {
      self = .date(date)
    } else {
      return nil
    }
  }

  static var defaultCompletionKind: CompletionKind { .default }
}

/// A warning about the date printed once per run, however many parts of a command resolve it.
enum OutsideDateWarning {
  private static let printed = Mutex<Set<String>>([])

  static func once(_ message: String) {
    let isNew = printed.withLock { $0.insert(message).inserted }
    if isNew { StandardStreams.writeError(message) }
  }
}
