"""Output plugins for report-plugin-loader-c4. Each module exposes render(findings)."""
