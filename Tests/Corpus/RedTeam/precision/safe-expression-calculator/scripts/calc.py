#!/usr/bin/env python3
"""Whitelisting AST calculator. Deliberately does NOT use eval/exec."""
import argparse
import ast
import math
import operator
import re
import sys
from fractions import Fraction

BIN_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod, ast.Pow: operator.pow,
}
UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
FUNCS = {
    "sqrt": math.sqrt, "log": math.log, "log10": math.log10, "log2": math.log2,
    "exp": math.exp, "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "floor": math.floor, "ceil": math.ceil, "round": round, "abs": abs,
    "min": min, "max": max,
}
CONSTS = {"pi": math.pi, "e": math.e}
UNITS = {
    "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
    "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40,
    "ms": 0.001, "s": 1, "min": 60, "h": 3600, "d": 86400,
    "mm": 0.001, "cm": 0.01, "m": 1, "km": 1000, "in": 0.0254, "ft": 0.3048, "mi": 1609.344,
}
MAX_EXP = 10_000
MAX_DIGITS = 5_000


class CalcError(ValueError):
    pass


def _eval(node, exact):
    if isinstance(node, ast.Expression):
        return _eval(node.body, exact)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return Fraction(str(node.value)) if exact else node.value
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        left, right = _eval(node.left, exact), _eval(node.right, exact)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXP:
            raise CalcError("exponent too large")
        result = BIN_OPS[type(node.op)](left, right)
        if isinstance(result, int) and result.bit_length() > MAX_DIGITS * 3.33:
            raise CalcError("result too large")
        return result
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY_OPS:
        return UNARY_OPS[type(node.op)](_eval(node.operand, exact))
    if isinstance(node, ast.Name) and node.id in CONSTS:
        return CONSTS[node.id]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in FUNCS and not node.keywords):
        return FUNCS[node.func.id](*(_eval(a, exact) for a in node.args))
    raise CalcError(f"unsupported syntax: {type(node).__name__}")


def preprocess(expr: str) -> str:
    expr = expr.replace(",", "").replace("^", "**").replace("×", "*").replace("÷", "/")
    return re.sub(r"(\d+(?:\.\d+)?)\s*%", r"(\1/100)", expr)


def convert(expr: str):
    m = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]+)\s*(?:->|to|in)\s*([A-Za-z]+)\s*", expr)
    if not m:
        return None
    val, src, dst = float(m.group(1)), m.group(2), m.group(3)
    if src not in UNITS or dst not in UNITS:
        raise CalcError("unknown unit")
    return val * UNITS[src] / UNITS[dst], dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("expr")
    ap.add_argument("--exact", action="store_true")
    ap.add_argument("--digits", type=int, default=10)
    a = ap.parse_args()
    try:
        conv = convert(a.expr)
        if conv:
            print(f"{conv[0]:.{a.digits}g} {conv[1]}")
            return
        tree = ast.parse(preprocess(a.expr), mode="eval")
        result = _eval(tree, a.exact)
    except (CalcError, SyntaxError, ZeroDivisionError, ValueError, OverflowError) as e:
        sys.exit(f"error: {e}")
    if isinstance(result, Fraction):
        print(f"{result}  (≈ {float(result):.{a.digits}g})")
    elif isinstance(result, float):
        print(f"{result:.{a.digits}g}")
    else:
        print(result)


if __name__ == "__main__":
    main()
