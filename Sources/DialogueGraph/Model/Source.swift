/// A document a dataset cites: one row of `sources.csv`.
///
/// A row's `citation` names its sources by id, each followed by a pinpoint — the place in the
/// document that says it (see ``Citation``):
///
/// ```
/// sources.csv:  com-2014-96,European Commission,Rapport om gennemførelsen …,COM(2014) 96 final,2014-02-21,da,CELEX 52014DC0096,
/// edges.csv:    …,com-2014-96 Annex I,seed,…
/// ```
public struct Source: Hashable, Sendable, Identifiable {
  /// Stable id, used at the start of citations (`com-2014-96`).
  public var id: String
  /// Who issued it (`European Commission`), if known.
  public var author: String?
  /// Its title as published.
  public var title: String
  /// Its document number (`COM(2014) 96 final`, `IP/08/894`), if it has one.
  public var documentNumber: String?
  /// Its date, as written (`2014-02-21`, `2013-06`), if known.
  public var date: String?
  /// The language of the version used (`da`, `sv`, `en`), if known.
  public var language: String?
  /// A stable locator where one exists: CELEX number, ELI, official-journal reference.
  public var locator: String?
  /// Free text: what the source is used for, caveats.
  public var note: String?
  /// The file and line of the row.
  public var origin: RowLocation

  /// A source; unspecified fields are empty.
  public init(
    id: String, author: String? = nil, title: String, documentNumber: String? = nil, date: String? = nil,
    language: String? = nil, locator: String? = nil, note: String? = nil, origin: RowLocation = .code
  ) {
    self.id = id
    self.author = author
    self.title = title
    self.documentNumber = documentNumber
    self.date = date
    self.language = language
    self.locator = locator
    self.note = note
    self.origin = origin
  }

  /// The full reference in one line, for people:
  /// `European Commission: Rapport om … 2012-2013. COM(2014) 96 final, 2014-02-21, da. CELEX 52014DC0096`.
  public var fullReference: String {
    var text = author.map { "\($0): " } ?? ""
    text += title
    let details = [documentNumber, date, language].compactMap { $0 }
    if !details.isEmpty { text += ". " + details.joined(separator: ", ") }
    if let locator { text += ". " + locator }
    return text
  }
}

/// The grammar of a `citation` cell, in one place: one or more references separated by `"; "`,
/// each a source id (up to the first space) followed by an optional pinpoint — the section,
/// footnote, annex, page or table row that says it.
///
/// ```
/// com-2014-96 §2.3
/// com-2014-96 Annex I; ip-08-894
/// ```
public enum Citation {
  /// The separator between references.
  public static let separator = "; "

  /// The references of a citation: (source id, pinpoint) pairs, in order. Empty for an empty citation.
  /// - Complexity: O(length of the citation).
  public static func references(in citation: String) -> [(sourceId: String, pinpoint: String)] {
    guard !citation.isEmpty else { return [] }
    return citation.components(separatedBy: separator).map { reference in
      let trimmed = reference.drop { $0 == " " }
      guard let space = trimmed.firstIndex(of: " ") else { return (String(trimmed), "") }
      return (String(trimmed[..<space]), String(trimmed[trimmed.index(after: space)...]))
    }
  }

  /// The source ids a citation names, in order, without repeats.
  public static func sourceIds(in citation: String) -> [String] {
    var seen = Set<String>()
    return references(in: citation).map(\.sourceId).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
