import DialogueGraph

/// The HTML document: the fixed controls, the Graphviz SVG, the data and the page's script and style.
///
/// The only dataset text in the document outside the SVG and the JSON is the dataset name in the
/// `<title>` and heading, escaped by `HTMLText` (the report's escaper); every other text the page shows is put in
/// by the script with `textContent`.
struct ExplorerPage {
  let title: String
  /// The inline `<svg>` element (``ExplorerLayout``).
  let svg: String
  /// The data, already escaped for a `<script>` element (``ExplorerData``).
  let json: String
  let assets: PageAssets

  var html: String {
    let name = HTMLText.escaped(title)
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(assets.contentSecurityPolicy)">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="dialogue explore">
      <title>\(name) — network explorer</title>
      <style>
      """
    out += assets.style
    out += """
      </style>
      </head>
      <body>
      <header id="x-header">
        <h1><span id="x-dataset">\(name)</span> <small>network explorer</small></h1>
        <div id="x-time">
          <button id="x-play" type="button" title="Step through the dates">▶ Play</button>
          <input id="x-slider" type="range" min="0" max="0" value="0" aria-label="Date">
          <input id="x-date" type="date" aria-label="As of date">
          <span id="x-date-note"></span>
        </div>
        <div id="x-tools">
          <input id="x-search" type="search" list="x-search-list" placeholder="Find a node by id or name" aria-label="Find a node">
          <datalist id="x-search-list"></datalist>
          <button id="x-find" type="button">Find</button>
          <button id="x-zoom-in" type="button" title="Zoom in (+)">+</button>
          <button id="x-zoom-out" type="button" title="Zoom out (−)">−</button>
          <button id="x-fit" type="button" title="Fit to screen (0)">Fit</button>
          <button id="x-export" type="button" title="Download what is shown as an SVG file">Export SVG</button>
        </div>
        <p id="x-status" role="status"></p>
      </header>
      <main id="x-main">
        <aside id="x-filters" aria-label="Filters">
          <h2>Filters</h2>
          <fieldset><legend>Node kinds</legend><div id="x-node-kinds"></div></fieldset>
          <fieldset><legend>Link kinds</legend><div id="x-edge-kinds"></div></fieldset>
          <label>Region <select id="x-region"><option value="">all regions</option></select></label>
          <label>Confidence <select id="x-confidence"><option value="">any</option></select></label>
          <label><input id="x-prospective" type="checkbox"> Show prospective frameworks (dashed; they do not exist on any date)</label>
          <h2>Disengaged</h2>
          <label>Member states that joined no <select id="x-disengaged"><option value="">(off)</option></select></label>
          <div id="x-disengaged-list"></div>
          <h2>About</h2>
          <p id="x-about"></p>
        </aside>
        <div id="x-canvas" tabindex="0" aria-label="Network diagram: drag or use the arrow keys to move, wheel or + and − to zoom, 0 to fit">
      """
    out += svg
    out += """
        </div>
        <aside id="x-details" aria-label="Details"><p class="x-hint">Click a node or a link to see its rows and sources.</p></aside>
      </main>
      <script type="application/json" id="x-data">
      """
    out += json
    out += "</script>\n<script>"
    out += assets.script
    out += "</script>\n</body>\n</html>\n"
    return out
  }
}
