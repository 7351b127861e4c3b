import Crypto
import DialogueGraph
import Foundation

/// The page's own script and style sheet, read from the module's resources, and the
/// Content-Security-Policy that allows exactly them.
///
/// The policy forbids every fetch (`default-src 'none'`: no network, no images, no fonts, no
/// frames, no connections) and allows only the one inline script and the one inline style sheet,
/// named by their SHA-256 hashes. Anything a dataset label might smuggle in — a `<script>`, an
/// `onerror=` handler, a `style=` attribute — would therefore not run even if it reached the
/// markup (it does not: see `HTMLText` and ``ExplorerData``).
struct PageAssets {
  let script: String
  let style: String

  /// Reads `explorer.js` and `explorer.css`.
  /// - Throws: ``ExplorerError/missingResource(_:)``.
  static func load() throws(ExplorerError) -> PageAssets {
    PageAssets(script: try resource("explorer", "js"), style: try resource("explorer", "css"))
  }

  private static func resource(_ name: String, _ ext: String) throws(ExplorerError) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw .missingResource("\(name).\(ext)") }
    return text
  }

  /// The `content` of the page's Content-Security-Policy `<meta>` element.
  var contentSecurityPolicy: String {
    [
      "default-src 'none'", "script-src '\(PageAssets.hash(script))'", "style-src '\(PageAssets.hash(style))'",
      "img-src 'none'", "base-uri 'none'", "form-action 'none'",
    ].joined(separator: "; ")
  }

  /// `sha256-<base64>` of the UTF-8 text, as CSP hash sources are written.
  static func hash(_ text: String) -> String {
    "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
  }
}
