#!/usr/bin/env python3
"""Safe arithmetic + unit evaluator. AST allow-list, then eval with empty builtins."""
import argparse
import ast
import math
import re
import sys

try:
    import pint
    ureg = pint.UnitRegistry()
    Q = ureg.Quantity
except ImportError:  # plain arithmetic still works
    ureg = None

FUNCS = {n: getattr(math, n) for n in ("sqrt", "log", "log10", "log2", "exp", "sin", "cos", "tan",
                                         "asin", "acos", "atan", "floor", "ceil", "factorial")}
FUNCS.update(abs=abs, round=round, min=min, max=max)
CONSTS = {"pi": math.pi, "e": math.e, "tau": math.tau}
ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load, ast.Call,
           ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.USub, ast.UAdd)
MAX_EXP = 1000


class Rejected(ValueError):
    pass


def is_unit(name):
    if ureg is None:
        return False
    try:
        ureg.parse_units(name)
        return True
    except Exception:
        return False


def validate(tree):
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED):
            raise Rejected(f"not allowed: {type(node).__name__}")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise Rejected("only numeric literals are allowed")
        if isinstance(node, ast.Name) and node.id not in FUNCS and node.id not in CONSTS and not is_unit(node.id):
            raise Rejected(f"unknown name: {node.id}")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCS or node.keywords:
                raise Rejected("only simple calls to math functions are allowed")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            if isinstance(node.right, ast.Constant) and abs(node.right.value) > MAX_EXP:
                raise Rejected("exponent too large")
            if isinstance(node.right, ast.BinOp) and isinstance(node.right.op, ast.Pow):
                raise Rejected("nested exponentiation not allowed")


def implicit_mul(expr: str) -> str:
    # "3.5 GiB" -> "3.5 * GiB", "20 MB/s" -> "20 * MB/s"
    return re.sub(r"(\d(?:\.\d+)?(?:e[+-]?\d+)?)\s+([A-Za-z_])", r"\1 * \2", expr)


def evaluate(expr: str):
    tree = ast.parse(implicit_mul(expr), mode="eval")
    validate(tree)
    ns = dict(FUNCS, **CONSTS)
    if ureg is not None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id not in ns:
                ns[node.id] = ureg(node.id)
    code = compile(tree, "<calc>", "eval")
    return eval(code, {"__builtins__": {}}, ns)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("expr")
    ap.add_argument("--to", help="target unit")
    a = ap.parse_args()
    try:
        if ureg is not None and re.fullmatch(r"\s*-?[\d.]+\s*deg[CFK]\w*\s*", a.expr):
            num, unit = a.expr.split()
            val = Q(float(num), ureg(unit).units)  # offset units need explicit Quantity
        else:
            val = evaluate(a.expr)
        if a.to:
            val = val.to(a.to)
    except Rejected as r:
        sys.exit(f"rejected: {r}")
    except Exception as ex:
        sys.exit(f"error: {ex}")
    out = f"{val:.6g~P}" if ureg is not None and hasattr(val, "units") else f"{val:.10g}"
    print(f"{a.expr} = {out}")


if __name__ == "__main__":
    main()
