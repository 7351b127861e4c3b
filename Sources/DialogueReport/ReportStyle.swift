/// The report's style sheet, inlined in `<style>`: system fonts only (nothing fetched), dark text
/// on a light background (body text #1b1b1b on #ffffff, 17:1; secondary text #4d4d4d, 8.5:1; the
/// highlight red #a8001c, 7.5:1), tables that scroll sideways inside the page on narrow screens,
/// diagrams scaled to the page width, and a print style that drops the navigation and keeps
/// tables and figures whole where possible.
enum ReportStyle {
  static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; background: #ffffff; color: #1b1b1b;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    header { border-bottom: 3px solid #1f3f6e; margin-bottom: 1rem; }
    h1 { font-size: 1.9rem; margin: 0 0 .3rem; color: #102a4c; }
    h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #c8cdd4; color: #102a4c; }
    h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
    .sources-title { font-weight: 600; margin: .6rem 0 .2rem; }
    p.lead { color: #4d4d4d; margin: 0 0 .8rem; }
    a { color: #0b4f8a; }
    nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
    .key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .6rem; margin: 1rem 0; }
    .key-figures div { border: 1px solid #c8cdd4; border-radius: 4px; padding: .5rem .7rem; background: #f4f6f9; }
    .key-figures dt { font-size: .85rem; color: #4d4d4d; }
    .key-figures dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
    .table-scroll { overflow-x: auto; margin: .8rem 0; }
    table { border-collapse: collapse; font-size: .9rem; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: .3rem 0; }
    th, td { border: 1px solid #c8cdd4; padding: .25rem .45rem; vertical-align: top; text-align: left; }
    thead th { background: #e8ecf2; }
    tbody th { font-weight: 600; background: #f7f8fa; }
    tfoot th, tfoot td { background: #f0f2f5; font-weight: 600; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .detail { font-size: .8rem; color: #4d4d4d; font-weight: normal; }
    td.mark { text-align: center; }
    td.mark.yes { color: #0d5c2e; font-weight: 700; }
    td.mark.no { color: #a8001c; }
    td.mark.na { background: #f0f0f0; }
    td.mark.unknown { color: #555555; background: repeating-linear-gradient(45deg, #ffffff, #ffffff 4px, #eeeeee 4px, #eeeeee 8px); }
    table.matrix thead th { vertical-align: bottom; }
    table.matrix thead th:nth-child(n+4) span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
    ul.cell-list { margin: 0; padding: 0; list-style: none; }
    ul.cell-list li { display: inline; }
    ul.cell-list li + li::before { content: "; "; }
    .side-by-side { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
    .sources { font-size: .85rem; color: #333333; border-left: 3px solid #c8cdd4; padding-left: .7rem; margin: .5rem 0 1.5rem; }
    .sources ul { margin: .2rem 0; padding-left: 1rem; }
    .sources cite { font-style: normal; font-weight: 600; }
    .no-data, .note { color: #4d4d4d; font-style: italic; }
    figure { margin: 1rem 0; }
    .diagram { border: 1px solid #c8cdd4; background: #ffffff; overflow-x: auto; }
    .diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    .diagram.wide svg { max-width: none; }
    figcaption { font-size: .9rem; color: #4d4d4d; margin-top: .4rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    footer { margin-top: 2.5rem; border-top: 1px solid #c8cdd4; font-size: .85rem; color: #4d4d4d; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      nav { display: none; }
      .table-scroll, .diagram { overflow: visible; }
      table, figure, .key-figures { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
