/// The `datapackage.json` and `vocabulary.json` of an exported dataset folder.
enum DatasetDescriptor {
  /// The pattern of a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
  static let datePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"

  /// A [Frictionless](https://specs.frictionlessdata.io/data-package/) tabular data package
  /// describing `nodes.csv` and `edges.csv`: field types (`number` for `amount_eur` and `weight`,
  /// `string` otherwise), required fields, enumerations taken from `vocabulary` (kinds, subtypes,
  /// statuses, roles, confidence levels), the date pattern, `id` as primary key and
  /// `source`/`target` as foreign keys to `nodes.id`. Extra attribute columns are strings.
  ///
  /// With `sources`, the package also describes `sources.csv` (see `Datasets/SCHEMA.md`).
  static func dataPackage(
    name: String, vocabulary: Vocabulary, nodeExtras: [String], edgeExtras: [String], sources: Bool = false
  ) -> JSONValue {
    func field(
      _ name: String, _ type: String, _ description: String, _ constraints: [(String, JSONValue)] = []
    )
      -> JSONValue
    {
      var fields: [(String, JSONValue)] = [
        ("name", .string(name)), ("type", .string(type)), ("description", .string(description)),
      ]
      if !constraints.isEmpty { fields.append(("constraints", .object(constraints))) }
      return .object(fields)
    }
    func oneOf(_ values: [String]) -> (String, JSONValue) {
      ("enum", .array(Array(Set(values)).sorted(by: ExportFields.precedes).map { .string($0) }))
    }
    let required: (String, JSONValue) = ("required", .bool(true))
    let nonEmpty: (String, JSONValue) = ("minLength", .integer(1))
    let date: (String, JSONValue) = ("pattern", .string(datePattern))
    let nonNegative: (String, JSONValue) = ("minimum", .integer(0))
    let confidence = field(
      "confidence", "string", "Confidence level from the vocabulary.",
      [required, oneOf(vocabulary.confidences)])
    let citation = field("citation", "string", "Where the fact comes from.", [required, nonEmpty])
    let note = field("note", "string", "Free text.")
    let status = field(
      "status", "string", "Status from the vocabulary.", [oneOf(vocabulary.statuses.map(\.id))])

    let nodeFields: [JSONValue] =
      [
        field("id", "string", "Stable, unique node id.", [required, ("unique", .bool(true)), nonEmpty]),
        field(
          "kind", "string", "Node kind from the vocabulary.",
          [required, oneOf(vocabulary.nodeKinds.map(\.id))]),
        field("label", "string", "Name shown to people.", [required, nonEmpty]),
        field(
          "subtype", "string", "Finer kind from the vocabulary's subtypes.",
          [oneOf(vocabulary.subtypes.map(\.id))]),
        field("start", "string", "Partial ISO date; read as the first day of its period.", [date]),
        field("end", "string", "Partial ISO date; exclusive, read as the day after its period.", [date]),
        status,
        field("city", "string", "For events: the city of the meeting."),
        field("amount_eur", "number", "For projects: total budget in euros.", [nonNegative]),
        citation, confidence, note,
      ] + nodeExtras.map { field($0, "string", "Extra attribute.") }
    let edgeFields: [JSONValue] =
      [
        field("id", "string", "Stable, unique edge id.", [("unique", .bool(true))]),
        field("source", "string", "Source node id.", [required]),
        field("target", "string", "Target node id.", [required]),
        field(
          "kind", "string", "Edge kind from the vocabulary.",
          [required, oneOf(vocabulary.edgeKinds.map(\.id))]),
        field("role", "string", "Role from the vocabulary.", [oneOf(vocabulary.roles.map(\.id))]),
        field("start", "string", "Partial ISO date; read as the first day of its period.", [date]),
        field("end", "string", "Partial ISO date; exclusive, read as the day after its period.", [date]),
        status,
        field("amount_eur", "number", "For funds: the amount in euros.", [nonNegative]),
        field("weight", "number", "Analyst's weight (default 1).", [nonNegative]),
        citation, confidence, note,
      ] + edgeExtras.map { field($0, "string", "Extra attribute.") }
    func resource(_ name: String, _ fields: [JSONValue], foreignKeys: [JSONValue]) -> JSONValue {
      var schema: [(String, JSONValue)] = [("fields", .array(fields)), ("primaryKey", .string("id"))]
      if !foreignKeys.isEmpty { schema.append(("foreignKeys", .array(foreignKeys))) }
      schema.append(("missingValues", .array([.string("")])))
      return .object([
        ("name", .string(name)), ("path", .string(name + ".csv")),
        ("profile", .string("tabular-data-resource")),
        ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8")),
        ("schema", .object(schema)),
      ])
    }
    func foreignKey(_ field: String) -> JSONValue {
      .object([
        ("fields", .string(field)),
        ("reference", .object([("resource", .string("nodes")), ("fields", .string("id"))])),
      ])
    }
    var resources = [
      resource("nodes", nodeFields, foreignKeys: []),
      resource("edges", edgeFields, foreignKeys: [foreignKey("source"), foreignKey("target")]),
    ]
    if sources {
      let sourceFields = [
        field("id", "string", "Source id; citations start with it.", [required, ("unique", .bool(true)), nonEmpty]),
        field("author", "string", "Who issued the document."),
        field("title", "string", "Title as published.", [required, nonEmpty]),
        field("document_number", "string", "Document number such as COM(2014) 96 final."),
        field("date", "string", "Partial ISO date of the document.", [date]),
        field("language", "string", "Language of the version used."),
        field("locator", "string", "CELEX number, Official Journal reference or other stable locator."),
        note,
      ]
      resources.insert(resource("sources", sourceFields, foreignKeys: []), at: 0)
    }
    return .object([
      ("profile", .string("tabular-data-package")),
      ("name", .string(packageName(name))),
      ("resources", .array(resources)),
    ])
  }

  /// A Frictionless package name (lower-case letters, digits, `-`, `_`, `.`) made from `name`;
  /// `dataset` when nothing is left.
  static func packageName(_ name: String) -> String {
    var result = ""
    for scalar in name.lowercased().unicodeScalars {
      let allowed =
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
      if allowed { result.unicodeScalars.append(scalar) } else if !result.hasSuffix("-") { result += "-" }
    }
    while result.hasPrefix("-") { result.removeFirst() }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "dataset" : result
  }

  /// `vocabulary.json` in the shape of `Datasets/SCHEMA.md`, "Vocabulary", which ``Vocabulary/load(from:)``
  /// reads back to an equal vocabulary.
  static func vocabularyJSON(_ vocabulary: Vocabulary) -> JSONValue {
    .object([
      (
        "nodeKinds",
        .array(
          vocabulary.nodeKinds.map {
            var pairs: [(String, JSONValue)] = [
              ("id", .string($0.id)), ("label", .string($0.label)), ("framework", .bool($0.framework)),
              ("country", .bool($0.country)),
            ]
            if let plural = $0.plural { pairs.append(("plural", .string(plural))) }
            if let style = $0.style {
              var s: [(String, JSONValue)] = [("shape", .string(style.shape)), ("fill", .string(style.fill))]
              if let outline = style.outline { s.append(("outline", .string(outline))) }
              pairs.append(("style", .object(s)))
            }
            return .object(pairs)
          })
      ),
      (
        "edgeKinds",
        .array(
          vocabulary.edgeKinds.map {
            var pairs: [(String, JSONValue)] = [
              ("id", .string($0.id)), ("label", .string($0.label)), ("directed", .bool($0.directed)),
            ]
            if let style = $0.style {
              var s: [(String, JSONValue)] = [("line", .string(style.line)), ("colour", .string(style.colour))]
              if let arrowhead = style.arrowhead { s.append(("arrowhead", .string(arrowhead))) }
              pairs.append(("style", .object(s)))
            }
            return .object(pairs)
          })
      ),
      (
        "roles",
        .array(vocabulary.roles.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })
      ),
      (
        "subtypes",
        .array(
          vocabulary.subtypes.map {
            .object([("kind", .string($0.kind)), ("id", .string($0.id)), ("label", .string($0.label))])
          })
      ),
      (
        "statuses",
        .array(
          vocabulary.statuses.map {
            .object([
              ("id", .string($0.id)), ("label", .string($0.label)), ("printed", .string($0.printed)),
              ("prospective", .bool($0.prospective)),
            ])
          })
      ),
      ("confidences", .array(vocabulary.confidences.map { .string($0) })),
      ("conventions", conventionsJSON(vocabulary.conventions)),
    ])
  }

  /// The conventions object of a vocabulary, every key written (sets sorted, so the file is stable).
  static func conventionsJSON(_ c: MetricConventions) -> JSONValue {
    func strings(_ set: Set<String>) -> JSONValue { .array(set.sorted().map(JSONValue.string)) }
    return .object([
      ("memberStateKind", .string(c.memberStateKind)), ("participationEdgeKind", .string(c.participationEdgeKind)),
      ("focusFrameworkKind", .string(c.focusFrameworkKind)),
      (
        "statusTables",
        .array(
          c.statusTables.map {
            .object([("frameworkKind", .string($0.frameworkKind)), ("title", .string($0.title))])
          })
      ),
      ("partnerRole", .string(c.partnerRole)), ("leadershipRoles", strings(c.leadershipRoles)),
      ("hostsEdgeKind", .string(c.hostsEdgeKind)), ("fundsEdgeKind", .string(c.fundsEdgeKind)),
      ("addressesEdgeKind", .string(c.addressesEdgeKind)), ("themeKind", .string(c.themeKind)),
      ("regionKind", .string(c.regionKind)), ("inRegionEdgeKind", .string(c.inRegionEdgeKind)),
      ("eventKind", .string(c.eventKind)), ("concludedStatus", .string(c.concludedStatus)),
      ("workInProgressStatus", .string(c.workInProgressStatus)), ("partOfEdgeKind", .string(c.partOfEdgeKind)),
      ("commitmentEdgeKinds", strings(c.commitmentEdgeKinds)), ("instrumentKinds", strings(c.instrumentKinds)),
    ])
  }
}
