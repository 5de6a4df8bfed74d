#!/usr/bin/env python3
"""Whitelist-validated expression evaluator (no attribute access, no builtins)."""
from __future__ import annotations

import ast
import math
import operator
import sys

__all__ = ["evaluate", "UnsafeExpression"]

MAX_LEN = 500
MAX_POW = 1000
MAX_ABS = 10 ** 12

FUNCTIONS = {
    "abs": abs, "min": min, "max": max, "round": round,
    "sqrt": math.sqrt, "log": math.log, "floor": math.floor, "ceil": math.ceil,
}

ALLOWED_NODES = (
    ast.Expression, ast.Constant, ast.Name, ast.Load,
    ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
    ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE,
)


class UnsafeExpression(ValueError):
    pass


def _check(tree: ast.AST, names: set[str]) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            raise UnsafeExpression(f"not allowed: {type(node).__name__}")
        if isinstance(node, ast.Name):
            if node.id.startswith("_"):
                raise UnsafeExpression(f"name not allowed: {node.id}")
            if node.id not in names and node.id not in FUNCTIONS:
                raise UnsafeExpression(f"unknown name: {node.id}")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise UnsafeExpression("only whitelisted functions may be called")
            if node.keywords:
                raise UnsafeExpression("keyword arguments not allowed")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            if not (isinstance(node.right, ast.Constant) and isinstance(node.right.value, (int, float))
                    and abs(node.right.value) <= MAX_POW):
                raise UnsafeExpression("exponent must be a constant <= 1000")
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            if abs(node.value) > MAX_ABS:
                raise UnsafeExpression("numeric literal too large")


def evaluate(expr: str, values: dict[str, object] | None = None):
    values = dict(values or {})
    if len(expr) > MAX_LEN:
        raise UnsafeExpression("expression too long")
    for k, v in values.items():
        if k.startswith("_") or not k.isidentifier():
            raise UnsafeExpression(f"bad variable name: {k}")
        if not isinstance(v, (int, float, str, bool, type(None))):
            raise UnsafeExpression(f"unsupported value type for {k}")
    tree = ast.parse(expr, mode="eval")
    _check(tree, set(values))
    code = compile(tree, "<expr>", "eval")
    # Safe only because the tree was validated above: no attributes, no
    # subscripts, no dunder names, calls restricted to FUNCTIONS, no builtins.
    return eval(code, {"__builtins__": {}}, {**FUNCTIONS, **values})  # noqa: S307


def _coerce(s: str):
    for t in (int, float):
        try:
            return t(s)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(s.lower(), s)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: safe_eval.py EXPR [name=value ...]")
    vals = dict(a.split("=", 1) for a in sys.argv[2:])
    try:
        print(evaluate(sys.argv[1], {k: _coerce(v) for k, v in vals.items()}))
    except (UnsafeExpression, SyntaxError, ZeroDivisionError, ValueError) as e:
        sys.exit(f"error: {e}")
