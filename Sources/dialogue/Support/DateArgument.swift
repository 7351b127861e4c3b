import ArgumentParser
import DialogueGraph

/// A date typed on the command line: `2013-06-07`, `2013-06` or `2013`.
///
/// A partial date names a whole period; as an "as of" date it stands for the **last day** of that
/// period, so `--as-of 2013` asks for the network as it stood on 31 December 2013 (everything that
/// held at the end of the year).
struct DateArgument: ExpressibleByArgument, CustomStringConvertible, Sendable {
  /// The date as typed.
  let partial: PartialDate

  init?(argument: String) {
    guard let partial = PartialDate(argument) else { return nil }
    self.partial = partial
  }

  /// The last day of the period the date names.
  var day: Day { Day(daysSince1970: partial.dayAfterLastDay.daysSince1970 - 1) }

  var description: String { partial.description }

  static var defaultCompletionKind: CompletionKind { .default }
}
