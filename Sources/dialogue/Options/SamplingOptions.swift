import ArgumentParser
import DialogueGraph

/// `--epsilon`, `--delta`: estimate betweenness from a sample of shortest paths (with the
/// command's `--seed`), for
/// networks too large for the exact computation (see
/// `AdjacencyGraph.approximateBetweennessCentrality`).
struct SamplingOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Betweenness only: estimate it by sampling shortest paths, every value within this distance of the exact one (e.g. 0.01), instead of computing it exactly.",
      valueName: "number"))
  var epsilon: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --epsilon: the chance that some value is off by more than epsilon (default 0.1).",
      valueName: "number"))
  var delta: Double?

  /// Throws unless the options fit `measure` and lie in range.
  func validate(measure: CentralityMeasure, weighted: Bool) throws {
    guard let epsilon else {
      if delta != nil { throw ValidationError("--delta needs --epsilon.") }
      return
    }
    guard measure == .betweenness else {
      throw ValidationError("--epsilon applies to --measure betweenness only.")
    }
    if weighted { throw ValidationError("--epsilon estimates unweighted betweenness: leave out --weighted.") }
    if !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must be a number between 0 and 1.") }
    if let delta, !(delta > 0 && delta < 1) { throw ValidationError("--delta must be a number between 0 and 1.") }
  }

  /// The estimator to use instead of the exact measure, or nil without `--epsilon`. It tells the
  /// analyst on standard error (unless `quiet`) what the values are: estimates, with their guarantee.
  func estimator(seed: UInt64, quiet: Bool) -> ((AdjacencyGraph) throws -> [Double])? {
    guard let epsilon else { return nil }
    let delta = self.delta ?? 0.1
    return { graph in
      let estimate = try graph.approximateBetweennessCentrality(epsilon: epsilon, delta: delta, seed: seed)
      if !quiet {
        StandardStreams.writeError(
          "betweenness estimated from \(estimate.sampleCount) sampled shortest paths (seed \(seed)): "
            + "with probability at least \(1 - delta), every value is within \(epsilon) of the exact one.\n")
      }
      return estimate.values
    }
  }
}
