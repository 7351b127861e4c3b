/// Which thematic priorities each framework of a kind addresses, and how balanced the kind is.
///
/// **Definition.** The *themes* are the nodes of the theme kind (`thematic-priority`: GAMM's four
/// priorities in the default datasets), in file order. Framework f **addresses** theme t when an
/// `addresses` link f → t exists (holding on d when a date is given). The frameworks are those of
/// the kind that exist on d (holding on d and not prospective); without a date, every framework
/// of the kind that is not prospective (prospective frameworks are not counted, as everywhere).
///
/// **Not recorded.** When the dataset declares a framework's themes (or its kind's) not recorded
/// (``Unrecorded``), the themes it is not linked to are *unknown*, not missing: `missing` stays
/// empty, `themesRecorded` is false, and the framework is left out of `frameworksMissingAPriority`
/// and of the per-theme counts' gaps.
///
/// **Figures.**
/// - per framework: `themes` addressed, `missing` themes, `ratio` = |themes| / |all themes|;
/// - per theme: the number of frameworks addressing it (`themeCounts`);
/// - `balance` = min over themes of that count / max over themes (1 = every theme equally often,
///   0 = some theme never addressed; 0 when no theme is addressed at all);
/// - `frameworksMissingAPriority`: the frameworks with ratio < 1 (COM(2014) 96 asks mobility
///   partnerships to reflect all four priorities).
///
/// - Complexity: O(n + F·deg) for F frameworks.
public struct ThematicCoverage: Sendable, Equatable {
  /// One framework.
  public struct Row: Sendable, Equatable {
    /// Node index.
    public let node: Int
    /// Framework id.
    public let framework: String
    /// Label.
    public let label: String
    /// Theme ids addressed, in theme order.
    public let themes: [String]
    /// Theme ids not addressed, in theme order.
    public let missing: [String]
    /// `themes.count / all themes` (0 when the dataset has no theme).
    public let ratio: Double
    /// The `addresses` links behind ``themes`` (edge indices).
    public let evidence: [Int]
    /// Why the themes are not (fully) recorded, or `nil` when they are.
    public let unrecorded: Unrecorded?
    /// Whether the sources record every theme (``missing`` is then meaningful).
    public var themesRecorded: Bool { unrecorded == nil }
  }

  /// The framework kind.
  public let frameworkKind: String
  /// The date (`nil`: regardless of date).
  public let asOf: Day?
  /// All theme ids, in file order.
  public let allThemes: [String]
  /// One row per framework, in file order.
  public let rows: [Row]
  /// `themeCounts[i]`: number of frameworks addressing `allThemes[i]`.
  public let themeCounts: [Int]

  /// min / max of ``themeCounts`` (0 when the maximum is 0).
  public var balance: Double {
    guard let max = themeCounts.max(), max > 0, let min = themeCounts.min() else { return 0 }
    return Double(min) / Double(max)
  }

  /// The frameworks that miss at least one theme (those whose themes are not recorded are not
  /// counted).
  public var frameworksMissingAPriority: [Row] { rows.filter { !$0.missing.isEmpty } }

  /// The frameworks whose themes the sources do not (fully) record.
  public var frameworksNotRecorded: [Row] { rows.filter { !$0.themesRecorded } }

  /// One line saying how many frameworks' themes are unknown, or `nil` when all are recorded.
  public var notRecordedNote: String? {
    let n = frameworksNotRecorded.count
    guard n > 0 else { return nil }
    return "The themes of \(n) framework\(n == 1 ? " are" : "s are") not recorded in the sources: "
      + "shown as “not recorded”, never as missing priorities."
  }

  /// The printed table: `framework, label, recorded, themes, missing, ratio`; `recorded` is
  /// `recorded`, `not recorded` or `partly recorded`, and `ratio` is empty when not recorded.
  public var table: ResultTable {
    var table = ResultTable(
      columns: [
        Column("framework"), Column("label"), Column("recorded"), Column("themes"), Column("missing"), Column("ratio"),
      ],
      decimals: 2)
    for row in rows {
      table.append([
        .text(row.framework), .text(row.label), .text(row.unrecorded?.phrase ?? "recorded"), .list(row.themes),
        .list(row.missing), row.themesRecorded ? .number(row.ratio) : .empty,
      ])
    }
    table.notes = notRecordedNote.map { [$0] } ?? []
    return table
  }

  /// Per theme: `theme, label, frameworks` (how many frameworks address it); `labels` maps a
  /// theme id to its label (e.g. `{ network.node($0)?.label ?? $0 }`).
  public func themeTable(labels: (String) -> String) -> ResultTable {
    var table = ResultTable(columns: [Column("theme"), Column("label"), Column("frameworks")])
    for (i, theme) in allThemes.enumerated() {
      table.append([.text(theme), .text(labels(theme)), .integer(themeCounts[i])])
    }
    return table
  }
}

extension DialogueNetwork {
  /// The thematic coverage of the frameworks of a kind (see ``ThematicCoverage``).
  ///
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``.
  /// - Complexity: O(n + Σ out-degree of the frameworks).
  public func thematicCoverage(
    frameworkKind: String, asOf: Day?
  ) throws(MetricError) -> ThematicCoverage {
    try requireFrameworkKind(frameworkKind)
    let themes = nodeIndices(ofKind: conventions.themeKind)
    let position = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })
    var counts = [Int](repeating: 0, count: themes.count)
    var rows: [ThematicCoverage.Row] = []
    for f in nodeIndices(ofKind: frameworkKind) where frameworkExists(f, asOf: asOf) {
      var addressed = [Bool](repeating: false, count: themes.count)
      var evidence: [Int] = []
      for e in outgoingEdges(of: f) where edges[e].kind == conventions.addressesEdgeKind {
        guard let t = position[targetIndices[e]], edgeHolds(e, asOf: asOf) else { continue }
        addressed[t] = true
        evidence.append(e)
      }
      for t in themes.indices where addressed[t] { counts[t] += 1 }
      let unknown = unrecorded(.themes, of: f)
      let covered = themes.indices.filter { addressed[$0] }.map { nodes[themes[$0]].id }
      let missing = unknown != nil ? [] : themes.indices.filter { !addressed[$0] }.map { nodes[themes[$0]].id }
      rows.append(
        .init(
          node: f, framework: nodes[f].id, label: nodes[f].label, themes: covered, missing: missing,
          ratio: themes.isEmpty ? 0 : Double(covered.count) / Double(themes.count), evidence: evidence,
          unrecorded: unknown))
    }
    return ThematicCoverage(
      frameworkKind: frameworkKind, asOf: asOf, allThemes: themes.map { nodes[$0].id }, rows: rows,
      themeCounts: counts)
  }
}
