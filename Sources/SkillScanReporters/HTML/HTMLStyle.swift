/// The page's inline stylesheet: the report is one file with no external assets.
enum HTMLStyle {
  static let css = """
    :root { --mal: #c62828; --sus: #ef8c00; --safe: #2e7d32; --ink: #1f2328; --muted: #656d76;
      --line: #d0d7de; --bg: #f6f8fa; }
    * { box-sizing: border-box; }
    body { font: 14px/1.45 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif;
      color: var(--ink); margin: 0; padding: 24px 32px; background: #fff; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    .sub { color: var(--muted); margin: 0 0 16px; }
    .overview { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start;
      background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
    .totals { border-collapse: collapse; min-width: 200px; }
    .totals td { padding: 3px 10px 3px 0; }
    .totals td.n { text-align: right; font-weight: 600; }
    svg.chart text { font-size: 13px; fill: var(--ink); }
    svg.chart .chart-title { font-weight: 600; }
    svg.chart .value { fill: var(--muted); }
    section.skill { border: 1px solid var(--line); border-left: 6px solid var(--line);
      border-radius: 8px; margin: 20px 0; padding: 12px 18px; }
    section.skill.malicious { border-left-color: var(--mal); }
    section.skill.suspicious { border-left-color: var(--sus); }
    section.skill h2 { font-size: 18px; margin: 4px 0 6px; overflow-wrap: anywhere; }
    section.skill h2 small { color: var(--muted); font-weight: normal; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 12px; color: #fff;
      font-size: 12px; font-weight: 700; letter-spacing: .04em; vertical-align: middle; }
    .badge.malicious { background: var(--mal); } .badge.suspicious { background: var(--sus); }
    .badge.safe { background: var(--safe); }
    .score { color: var(--muted); }
    ul.reasons { margin: 6px 0 10px; padding-left: 20px; }
    .error { color: var(--mal); }
    h3.category { font-size: 14px; margin: 14px 0 6px; padding-bottom: 2px;
      border-bottom: 1px solid var(--line); }
    .finding { margin: 6px 0 10px; padding: 6px 10px; border-radius: 6px; background: var(--bg); }
    .finding .meta { font-size: 12px; color: var(--muted); }
    .finding .meta code { color: var(--ink); font-weight: 600; }
    .sev { display: inline-block; min-width: 62px; text-align: center; border-radius: 4px;
      color: #fff; font-size: 11px; font-weight: 700; text-transform: uppercase; }
    .sev.critical { background: #7f0000; } .sev.high { background: var(--mal); }
    .sev.medium { background: var(--sus); } .sev.low { background: #5c6bc0; }
    .sev.info { background: #90a4ae; }
    .finding p { margin: 3px 0; overflow-wrap: anywhere; }
    pre.snippet { margin: 4px 0 0; padding: 4px 8px; background: #fff; border: 1px solid var(--line);
      border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere;
      font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
    pre.snippet mark { background: #fff3b0; color: var(--ink); border-bottom: 2px solid var(--sus); }
    .finding.suppressed { opacity: .55; }
    .finding.suppressed .sev { background: #9e9e9e; }
    .finding.suppressed pre.snippet mark { background: #eee; border-bottom-color: #bbb; }
    .supp-label { display: inline-block; font-size: 11px; font-weight: 700; color: #555;
      border: 1px solid #999; border-radius: 4px; padding: 0 5px; margin-left: 6px; }
    details.safe { margin: 20px 0; } details.safe summary { cursor: pointer; font-weight: 600; }
    footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
    """
}
