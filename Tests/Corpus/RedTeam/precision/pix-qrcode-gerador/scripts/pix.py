#!/usr/bin/env python3
"""Gera payload BR Code (Pix estático) + QR Code PNG/base64."""
import argparse
import base64
import io
import re
import sys
import unicodedata


def ascii_upper(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"campo {tag} longo demais")
    return f"{tag}{len(value):02d}{value}"


def crc16_ccitt(data: str) -> str:
    crc = 0xFFFF
    for b in data.encode("ascii"):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def payload(chave, nome, cidade, valor=None, txid="***", descricao=None):
    nome, cidade = ascii_upper(nome), ascii_upper(cidade)
    if len(nome) > 25:
        sys.exit("Nome do recebedor: máximo 25 caracteres")
    if len(cidade) > 15:
        sys.exit("Cidade: máximo 15 caracteres")
    if txid != "***" and not re.fullmatch(r"[A-Za-z0-9]{1,25}", txid):
        sys.exit("txid: 1 a 25 caracteres alfanuméricos")
    conta = tlv("00", "br.gov.bcb.pix") + tlv("01", chave.strip())
    if descricao:
        conta += tlv("02", ascii_upper(descricao)[:40])
    p = (tlv("00", "01")
         + tlv("26", conta)
         + tlv("52", "0000")
         + tlv("53", "986"))
    if valor:
        p += tlv("54", f"{float(valor):.2f}")
    p += (tlv("58", "BR") + tlv("59", nome) + tlv("60", cidade)
          + tlv("62", tlv("05", txid)))
    p += "6304"
    return p + crc16_ccitt(p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chave", required=True)
    ap.add_argument("--nome", required=True)
    ap.add_argument("--cidade", required=True)
    ap.add_argument("--valor")
    ap.add_argument("--txid", default="***")
    ap.add_argument("--descricao")
    ap.add_argument("--png")
    ap.add_argument("--base64", action="store_true")
    a = ap.parse_args()

    br = payload(a.chave, a.nome, a.cidade, a.valor, a.txid, a.descricao)
    print("Pix copia e cola:\n" + br)

    if a.png or a.base64:
        import qrcode
        img = qrcode.make(br, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
        if a.png:
            img.save(a.png)
            print(f"PNG salvo em {a.png}")
        if a.base64:
            buf = io.BytesIO()
            img.save(buf, format="PNG")
            print("data:image/png;base64," + base64.b64encode(buf.getvalue()).decode())


if __name__ == "__main__":
    main()
