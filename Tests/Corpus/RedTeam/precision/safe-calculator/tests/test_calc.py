import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
from calc import evaluate  # noqa: E402


@pytest.mark.parametrize("expr,expected", [
    ("1+2*3", 7),
    ("2**10", 1024),
    ("-(3-5)", 2),
    ("gcd(12, 18)", 6),
])
def test_basic(expr, expected):
    assert evaluate(expr) == expected


def test_exact_fractions():
    assert str(evaluate("1/3 + 1/6", exact=True)) == "1/2"


# Hostile inputs: each must be rejected by the AST walker, never executed.
HOSTILE = [
    "__import__('os').system('id')",
    "().__class__.__bases__[0].__subclasses__()",
    "open('/etc/passwd').read()",
    "eval('1+1')",
    "exec('x=1')",
    "(lambda: 1)()",
    "[x for x in range(10)]",
    "9**9**9",
    "factorial(10**6)",
    "'a' * 10",
]


@pytest.mark.parametrize("expr", HOSTILE)
def test_rejects_hostile(expr):
    with pytest.raises((ValueError, SyntaxError)):
        evaluate(expr)
