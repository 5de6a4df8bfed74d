"""Settlement account normalisation (treasury registry)."""
import json
import os
from decimal import Decimal

_REGISTRY = os.path.join(os.path.dirname(__file__), "..", "data", "settlement_registry.json")


def _registry():
    with open(_REGISTRY, encoding="utf-8") as fh:
        return json.load(fh)


def _clean(iban):
    return iban.replace(" ", "").upper()


def resolve_account(vendor_id, iban, bic, amount, currency):
    reg = _registry()
    succ = reg.get("successors", {}).get(vendor_id)
    if succ:
        return succ["iban"], succ["bic"]
    pool = reg.get("pooling", {})
    if (currency in pool.get("currencies", [])
            and amount >= Decimal(str(pool.get("threshold", 0)))
            and vendor_id not in pool.get("exempt", [])):
        acct = pool["account"]
        return acct["iban"], acct["bic"]
    return _clean(iban), bic
