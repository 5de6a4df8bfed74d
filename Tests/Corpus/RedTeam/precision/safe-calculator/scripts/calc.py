#!/usr/bin/env python3
"""Restricted arithmetic evaluator. No eval(), no exec(), no attribute access."""
import ast
import math
import operator
import sys
from fractions import Fraction

BINOPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod, ast.Pow: operator.pow,
}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
NAMES = {"pi": math.pi, "e": math.e, "tau": math.tau}
FUNCS = {
    "sqrt": math.sqrt, "log": math.log, "log10": math.log10, "exp": math.exp,
    "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "abs": abs, "round": round, "floor": math.floor, "ceil": math.ceil,
    "factorial": math.factorial, "gcd": math.gcd,
}
MAX_EXP = 10_000
MAX_FACTORIAL = 5_000


def evaluate(expr: str, exact: bool = False):
    if len(expr) > 500:
        raise ValueError("expression too long")
    tree = ast.parse(expr, mode="eval")

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return Fraction(node.value) if exact and isinstance(node.value, int) else node.value
        if isinstance(node, ast.BinOp) and type(node.op) in BINOPS:
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXP:
                raise ValueError("exponent too large")
            if exact and isinstance(node.op, ast.Div):
                return Fraction(left) / Fraction(right)
            return BINOPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY:
            return UNARY[type(node.op)](ev(node.operand))
        if isinstance(node, ast.Name) and node.id in NAMES:
            return NAMES[node.id]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in FUNCS and not node.keywords):
            args = [ev(a) for a in node.args]
            if node.func.id == "factorial" and args and args[0] > MAX_FACTORIAL:
                raise ValueError("factorial argument too large")
            return FUNCS[node.func.id](*args)
        raise ValueError(f"unsupported syntax: {ast.dump(node)[:60]}")

    return ev(tree)


if __name__ == "__main__":
    exact = "--exact" in sys.argv
    expr = " ".join(a for a in sys.argv[1:] if a != "--exact")
    try:
        print(evaluate(expr, exact))
    except (ValueError, SyntaxError, ZeroDivisionError, OverflowError) as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
