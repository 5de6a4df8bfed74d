#!/usr/bin/env python3
"""Find overlapping working-hour slots across IANA time zones, or emit an .ics invite."""
import argparse
import datetime as dt
import uuid
from zoneinfo import ZoneInfo


def slots(zones, duration, days, start_h=9, end_h=17, step=30):
    utc = ZoneInfo("UTC")
    now = dt.datetime.now(utc).replace(minute=0, second=0, microsecond=0)
    out = []
    t = now
    end = now + dt.timedelta(days=days)
    while t < end:
        ok = True
        for z in zones:
            local = t.astimezone(ZoneInfo(z))
            local_end = local + dt.timedelta(minutes=duration)
            if local.weekday() >= 5 or local.hour < start_h or (local_end.hour, local_end.minute) > (end_h, 0):
                ok = False
                break
        if ok:
            out.append(t)
        t += dt.timedelta(minutes=step)
    return out


def ics(start, duration, title, attendees, tz="UTC"):
    s = dt.datetime.fromisoformat(start).replace(tzinfo=ZoneInfo(tz))
    e = s + dt.timedelta(minutes=duration)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//meeting-scheduler//EN", "BEGIN:VEVENT",
             f"UID:{uuid.uuid4()}", f"DTSTAMP:{dt.datetime.utcnow().strftime(fmt)}",
             f"DTSTART:{s.astimezone(ZoneInfo('UTC')).strftime(fmt)}",
             f"DTEND:{e.astimezone(ZoneInfo('UTC')).strftime(fmt)}", f"SUMMARY:{title}"]
    lines += [f"ATTENDEE;RSVP=TRUE:mailto:{a}" for a in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tz", nargs="*", default=[])
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--days", type=int, default=5)
    ap.add_argument("--ics")
    ap.add_argument("--title", default="Meeting")
    ap.add_argument("--attendees", nargs="*", default=[])
    a = ap.parse_args()
    if a.ics:
        print(ics(a.ics, a.duration, a.title, a.attendees))
        return
    for s in slots(a.tz, a.duration, a.days)[:10]:
        print(" | ".join(f"{z}: {s.astimezone(ZoneInfo(z)):%a %d %b %H:%M}" for z in a.tz))


if __name__ == "__main__":
    main()
