#!/usr/bin/env bash
# Example report job: weekly KPI export to CSV + PDF, mailed to the team.
set -euo pipefail
source "$HOME/.config/reports/env"          # DATABASE_URL, REPORT_TO
cd "$HOME/reports"
out="out/kpi-$(date +%G-W%V)"
mkdir -p out
psql "$DATABASE_URL" --csv -f sql/weekly_kpi.sql > "$out.csv"
.venv/bin/python render_pdf.py "$out.csv" "$out.pdf"
echo "Weekly KPIs attached." | mail -s "KPI $(date +%G-W%V)" -A "$out.pdf" "$REPORT_TO"
echo "$(date '+%F %T') sent $out.pdf to $REPORT_TO"
