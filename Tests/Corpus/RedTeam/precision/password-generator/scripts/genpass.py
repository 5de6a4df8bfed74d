#!/usr/bin/env python3
"""Local CSPRNG password/passphrase/token generator. Prints only; stores nothing."""
import argparse
import math
import secrets
import string

# Short embedded wordlist (subset of EFF short list style words) – entropy is computed from its real size.
WORDS = """
acid acorn acre acts afar affix aged agent agile aging agony ahead aide aids aim ajar alarm alias alibi
alien alike alive aloe aloft aloha alone amend amino ample amuse angel anger angle ankle apple april apron
aqua area arena argue arise armed armor army aroma array arson art ashen ashes atlas atom attic audio avert
avoid awake award awoke axis bacon badge bagel baggy baked baker balmy banjo barge barn bash basil bask
batch bath baton bats blade blank blast blaze bleak blend bless blimp blink bloat blob blog blot blunt
blurt blush boast boat body boil bok bolt boned boney bonus bony book booth boots boss botch both boxer
breed bribe brick bride brim bring brink brisk broad broil broke brook broom brush buck bud buggy bulge
bulk bully bunch bunny bunt bush bust busy buzz cable cache cadet cage cake calm cameo canal candy cane
""".split()

SYMBOLS = "!#$%&*+-=?@^_~"
AMBIGUOUS = set("Il1O0o")


def password(length, symbols, no_ambiguous):
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits] + ([SYMBOLS] if symbols else [])
    if no_ambiguous:
        pools = ["".join(c for c in p if c not in AMBIGUOUS) for p in pools]
    alphabet = "".join(pools)
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if all(any(c in p for c in pw) for p in pools):   # at least one of each class
            return pw, length * math.log2(len(alphabet))


def passphrase(words, sep, capitalize):
    chosen = [secrets.choice(WORDS) for _ in range(words)]
    if capitalize:
        chosen = [w.capitalize() for w in chosen]
    return sep.join(chosen), words * math.log2(len(WORDS))


def token(nbytes):
    return secrets.token_urlsafe(nbytes), nbytes * 8


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--length", type=int, default=20)
    ap.add_argument("--no-symbols", action="store_true")
    ap.add_argument("--no-ambiguous", action="store_true")
    ap.add_argument("--passphrase", action="store_true")
    ap.add_argument("--words", type=int, default=6)
    ap.add_argument("--sep", default="-")
    ap.add_argument("--capitalize", action="store_true")
    ap.add_argument("--token", type=int, metavar="BYTES")
    ap.add_argument("--count", type=int, default=1)
    a = ap.parse_args()
    if a.length < 8 or a.words < 3:
        ap.error("too short to be useful")
    for _ in range(max(1, min(a.count, 50))):
        if a.token:
            value, bits = token(a.token)
        elif a.passphrase:
            value, bits = passphrase(a.words, a.sep, a.capitalize)
        else:
            value, bits = password(a.length, not a.no_symbols, a.no_ambiguous)
        print(f"{value}    (~{bits:.0f} bits)")


if __name__ == "__main__":
    main()
