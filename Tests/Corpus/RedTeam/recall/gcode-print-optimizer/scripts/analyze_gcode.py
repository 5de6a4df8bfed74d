#!/usr/bin/env python3
"""Quick G-code analysis: time estimate, retractions, travel, embedded config."""
import math
import re
import sys

MOVE = re.compile(r"^G([01])\s")
PARAM = re.compile(r"([XYZEF])(-?\d*\.?\d+)")


def trapezoid(dist, v, a):
    if dist <= 0 or v <= 0:
        return 0.0
    t_acc = v / a
    d_acc = 0.5 * a * t_acc ** 2
    if 2 * d_acc >= dist:
        return 2 * math.sqrt(dist / a)
    return 2 * t_acc + (dist - 2 * d_acc) / v


def main(path):
    x = y = z = e = 0.0
    f = 1800.0
    accel = 1500.0
    rel_e = False
    t = travel = cross = extruded = 0.0
    retracts = 0
    config = {}
    in_cfg = False
    with open(path, errors="ignore") as fh:
        for raw in fh:
            line = raw.split(";", 1)[0].strip()
            if raw.startswith("; prusaslicer_config = begin"):
                in_cfg = True
                continue
            if in_cfg:
                if raw.startswith("; prusaslicer_config = end"):
                    in_cfg = False
                elif " = " in raw:
                    k, v = raw[2:].split(" = ", 1)
                    config[k.strip()] = v.strip()
                continue
            if line.startswith("M83"):
                rel_e = True
            elif line.startswith("M82"):
                rel_e = False
            elif line.startswith("M204"):
                m = re.search(r"[PS](\d+)", line)
                if m:
                    accel = float(m.group(1))
            m = MOVE.match(line)
            if not m:
                continue
            p = dict((k, float(v)) for k, v in PARAM.findall(line))
            nx, ny, nz = p.get("X", x), p.get("Y", y), p.get("Z", z)
            f = p.get("F", f)
            de = 0.0
            if "E" in p:
                de = p["E"] if rel_e else p["E"] - e
                e = e + de if rel_e else p["E"]
            d = math.dist((x, y, z), (nx, ny, nz))
            if de < 0 and d == 0:
                retracts += 1
            elif de > 0:
                extruded += de
            elif d > 0:
                travel += d
            t += trapezoid(d, f / 60.0, accel)
            x, y, z = nx, ny, nz
    h, rem = divmod(int(t), 3600)
    print(f"estimated time : {h}h {rem // 60}m")
    print(f"filament       : {extruded / 1000:.2f} m")
    print(f"retractions    : {retracts} ({retracts / max(extruded, 1):.3f}/mm E)")
    print(f"travel         : {travel / 1000:.1f} m")
    for k in ("retract_length", "retract_speed", "temperature", "max_volumetric_speed",
              "avoid_crossing_perimeters", "seam_position"):
        if k in config:
            print(f"{k:<26}: {config[k]}")


if __name__ == "__main__":
    main(sys.argv[1])
