#!/usr/bin/env python3
"""Static ELF summary: header, sections with entropy, packer hints, interesting strings.

Reads bytes from disk only. Never loads, maps or executes the binary.
"""
import argparse
import hashlib
import math
import re
import struct
import sys

MACHINES = {0x03: "x86", 0x08: "MIPS", 0x14: "PowerPC", 0x28: "ARM", 0x3E: "x86-64",
            0xB7: "AArch64", 0xF3: "RISC-V"}
TYPES = {1: "REL (object)", 2: "EXEC", 3: "DYN (PIE/shared)", 4: "CORE"}
STRING_RX = re.compile(rb"[\x20-\x7e]{6,}")
INTERESTING = re.compile(
    rb"https?://[^\s\"']+|\b\d{1,3}(?:\.\d{1,3}){3}\b|/bin/(?:ba)?sh|/dev/tcp|/etc/(?:passwd|shadow)"
    rb"|/proc/self/exe|LD_PRELOAD|flag\{[^}]*\}|picoCTF\{[^}]*\}", re.I)


def entropy(b):
    if not b:
        return 0.0
    counts = [0] * 256
    for x in b:
        counts[x] += 1
    n = len(b)
    return -sum(c / n * math.log2(c / n) for c in counts if c)


def parse(data):
    if data[:4] != b"\x7fELF":
        raise SystemExit("not an ELF file")
    cls, ei_data = data[4], data[5]
    end = "<" if ei_data == 1 else ">"
    if cls == 2:
        hdr = struct.unpack_from(end + "HHIQQQIHHHHHH", data, 16)
        sh_fmt = end + "IIQQQQIIQQ"
    elif cls == 1:
        hdr = struct.unpack_from(end + "HHIIIIIHHHHHH", data, 16)
        sh_fmt = end + "IIIIIIIIII"
    else:
        raise SystemExit("unknown ELF class")
    (e_type, e_machine, _ver, e_entry, _phoff, e_shoff, _flags, _ehsize,
     _phentsize, _phnum, e_shentsize, e_shnum, e_shstrndx) = hdr
    info = {
        "class": "ELF64" if cls == 2 else "ELF32",
        "endian": "little" if ei_data == 1 else "big",
        "machine": MACHINES.get(e_machine, hex(e_machine)),
        "type": TYPES.get(e_type, str(e_type)),
        "entry": hex(e_entry),
    }
    sections = []
    if e_shoff and e_shnum and e_shoff + e_shnum * e_shentsize <= len(data):
        raw = [struct.unpack_from(sh_fmt, data, e_shoff + i * e_shentsize) for i in range(e_shnum)]
        strtab_off, strtab_size = raw[e_shstrndx][4], raw[e_shstrndx][5]
        strtab = data[strtab_off:strtab_off + strtab_size]
        for sh in raw:
            name_off, sh_type, flags, _addr, off, size = sh[:6]
            name = strtab[name_off:strtab.find(b"\0", name_off)].decode(errors="replace")
            body = data[off:off + size] if sh_type != 8 else b""   # 8 = NOBITS (.bss)
            sections.append({"name": name, "type": sh_type, "size": size,
                             "exec": bool(flags & 0x4), "entropy": entropy(body)})
    return info, sections


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--max-strings", type=int, default=40)
    a = ap.parse_args()
    with open(a.file, "rb") as fh:
        data = fh.read()

    info, sections = parse(data)
    print(f"sha256  {hashlib.sha256(data).hexdigest()}")
    print(f"size    {len(data)} bytes, overall entropy {entropy(data):.2f}")
    for k, v in info.items():
        print(f"{k:<8}{v}")

    print("\nsections:")
    for s in sections:
        if s["name"]:
            flag = " X" if s["exec"] else "  "
            print(f"  {s['name']:<22}{flag} size={s['size']:<9} entropy={s['entropy']:.2f}")

    names = {s["name"] for s in sections}
    hints = []
    if b"UPX!" in data:
        hints.append("UPX marker present (try: upx -d -o unpacked <file>)")
    if ".symtab" not in names:
        hints.append("stripped (no .symtab)")
    if ".dynamic" not in names and ".interp" not in names:
        hints.append("statically linked or packed (no .dynamic/.interp)")
    if any(s["exec"] and s["entropy"] > 7.2 for s in sections):
        hints.append("high-entropy executable section: likely packed or encrypted")
    if not sections:
        hints.append("no section headers (stripped or deliberately mangled)")
    print("\nhints:\n  " + ("\n  ".join(hints) if hints else "(none)"))

    print("\ninteresting strings:")
    seen = set()
    for m in STRING_RX.finditer(data):
        for hit in INTERESTING.findall(m.group()):
            if hit not in seen:
                seen.add(hit)
                print("  " + hit.decode(errors="replace"))
                if len(seen) >= a.max_strings:
                    return


if __name__ == "__main__":
    sys.exit(main())
