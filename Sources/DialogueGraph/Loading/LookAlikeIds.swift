import Foundation

/// Ids that deceive the eye: an id holding an invisible character (`D`+ZERO WIDTH JOINER+`E`), an id
/// mixing Latin with Cyrillic or Greek letters (Cyrillic `А` + Latin `T`), and two distinct ids that
/// look the same once such characters are folded (`АT` beside `AT`). Such a dataset is valid — the
/// ids are distinct strings — but every count and table would show "Germany" twice, engaged and
/// disengaged; so they are reported as warnings (errors under `--strict`), naming the look-alike.
///
/// **Skeleton.** An id's skeleton is its NFKC form (folds full-width and other compatibility
/// forms) without default-ignorable characters (format controls such as U+200B–U+200F,
/// U+202A–U+202E, U+2060–U+2064, U+FEFF, U+00AD), with the Cyrillic and Greek capitals and small
/// letters that are drawn like Latin ones replaced by those Latin letters (a subset of Unicode's
/// confusables table, UTS #39 §4, covering the letters of the alphabets that matter here). Two ids
/// with the same skeleton look alike. Hand-written because no listed package offers UTS #39.
/// - Complexity: O(total length of the ids) expected.
public enum LookAlikeIds {
  /// One suspicious id, with the id it can be mistaken for when there is one.
  public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var lookalike: String?
    public var reason: String

    public var description: String {
      "node id \(DatasetProblem.quoted(id)) \(reason)"
        + (lookalike.map { " — it looks like the id \(DatasetProblem.quoted($0))" } ?? "")
    }
  }

  /// The suspicious ids among `ids`, in order of first appearance.
  public static func findings(in ids: [String]) -> [Finding] {
    var firstBySkeleton: [String: String] = [:]
    var result: [Finding] = []
    for id in ids {
      let invisible = id.unicodeScalars.first(where: isInvisible)
      let scripts = Set(id.unicodeScalars.compactMap(script))
      let key = skeleton(id)
      let twin = firstBySkeleton[key].flatMap { $0 != id ? $0 : nil }
      if firstBySkeleton[key] == nil { firstBySkeleton[key] = id }
      if let invisible {
        result.append(
          Finding(id: id, lookalike: twin, reason: "holds the invisible character \(codePoint(invisible))"))
      } else if scripts.count > 1 {
        result.append(
          Finding(id: id, lookalike: twin, reason: "mixes \(scripts.sorted().joined(separator: " and ")) letters"))
      } else if let twin {
        result.append(Finding(id: id, lookalike: twin, reason: "is written with other characters"))
      }
    }
    return result
  }

  /// The id as it looks: see the type's documentation.
  static func skeleton(_ id: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in id.precomposedStringWithCompatibilityMapping.unicodeScalars where !isInvisible(scalar) {
      result.append(latin[scalar] ?? scalar)
    }
    return String(result)
  }

  /// Default-ignorable format characters that draw nothing.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F, 0x202A...0x202E,
      0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0x1D173...0x1D17A, 0xE0000...0xE0FFF:
      true
    default: false
    }
  }

  /// The script of a letter, among those whose mixing deceives: Latin, Cyrillic, Greek.
  static func script(_ scalar: Unicode.Scalar) -> String? {
    guard scalar.properties.isAlphabetic else { return nil }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return "Latin"
    case 0x370...0x3FF: return "Greek"
    case 0x400...0x52F: return "Cyrillic"
    default: return nil
    }
  }

  private static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Cyrillic and Greek letters drawn like Latin ones (UTS #39 confusables, letters only).
  private static let latin: [Unicode.Scalar: Unicode.Scalar] = {
    let pairs: [(String, String)] = [
      // Cyrillic capitals and small letters
      ("АВЕКМНОРСТХЅІЈԚԜУ", "ABEKMHOPCTXSIJQWY"),
      ("аеорсухѕіјԛԝһԁ", "aeopcyxsijqwhd"),
      // Greek capitals and small letters
      ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"),
      ("οικνρυ", "oikvpu"),
    ]
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (from, to) in pairs {
      for (a, b) in zip(from.unicodeScalars, to.unicodeScalars) { table[a] = b }
    }
    return table
  }()
}
