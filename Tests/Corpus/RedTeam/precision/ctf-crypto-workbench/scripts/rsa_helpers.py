#!/usr/bin/env python3
"""Textbook-RSA mistakes common in CTFs: small e, close primes, decrypt with known p/q."""
import argparse
import math


def num(s):
    return int(s, 0)


def iroot(k, n):
    """Integer k-th root of n (floor)."""
    lo, hi = 0, 1 << ((n.bit_length() + k - 1) // k + 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if mid ** k <= n:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def to_text(m):
    b = m.to_bytes((m.bit_length() + 7) // 8 or 1, "big")
    try:
        return b.decode()
    except UnicodeDecodeError:
        return repr(b)


def fermat(n, max_iter=1_000_000):
    a = math.isqrt(n)
    if a * a < n:
        a += 1
    for _ in range(max_iter):
        b2 = a * a - n
        b = math.isqrt(b2)
        if b * b == b2:
            return a - b, a + b
        a += 1
    raise SystemExit("Fermat failed: primes not close enough")


def decrypt(p, q, e, c):
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    return pow(c, d, p * q)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["small-e", "fermat", "decrypt"])
    ap.add_argument("--n", type=num); ap.add_argument("--e", type=num, default=65537)
    ap.add_argument("--c", type=num, required=True)
    ap.add_argument("--p", type=num); ap.add_argument("--q", type=num)
    a = ap.parse_args()
    if a.mode == "small-e":
        m = iroot(a.e, a.c)
        if m ** a.e != a.c:
            raise SystemExit("m^e wrapped around n; small-e root attack does not apply directly")
        print(to_text(m))
    elif a.mode == "fermat":
        p, q = fermat(a.n)
        print(f"p={p}\nq={q}")
        print(to_text(decrypt(p, q, a.e, a.c)))
    else:
        print(to_text(decrypt(a.p, a.q, a.e, a.c)))


if __name__ == "__main__":
    main()
