#!/usr/bin/env python3
"""Analiza un .eml sin abrir enlaces ni ejecutar adjuntos. Salida en Markdown."""
import email
import hashlib
import re
import sys
from email import policy
from html.parser import HTMLParser

SOSPECHOSAS = (".exe", ".scr", ".js", ".jse", ".vbs", ".hta", ".iso", ".img", ".one", ".html", ".htm", ".lnk", ".docm", ".xlsm")
HOMOGLIFOS = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s"})


def desactivar(url: str) -> str:
    return url.replace("http", "hxxp").replace(".", "[.]")


def dominio(url: str) -> str:
    m = re.match(r"[a-z]+://([^/:?#]+)", url, re.I)
    return (m.group(1) if m else url).lower()


class Enlaces(HTMLParser):
    def __init__(self):
        super().__init__()
        self.res, self._href, self._txt = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._txt = dict(attrs).get("href"), []

    def handle_data(self, data):
        if self._href is not None:
            self._txt.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href:
            self.res.append(("".join(self._txt).strip(), self._href))
            self._href = None


def main(ruta):
    with open(ruta, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    out = [f"# Informe de phishing: {msg.get('Subject', '(sin asunto)')}", ""]
    for h in ("From", "Reply-To", "Return-Path", "Date", "Message-ID"):
        out.append(f"- **{h}**: `{msg.get(h, '-')}`")
    out += ["", "## Autenticación"]
    for ar in msg.get_all("Authentication-Results", []) or ["(no presente)"]:
        out.append(f"- `{ar}`")

    out += ["", "## Enlaces (texto visible → destino, desactivados)"]
    for parte in msg.walk():
        if parte.get_content_type() == "text/html":
            p = Enlaces()
            p.feed(parte.get_content())
            for texto, href in p.res:
                alerta = ""
                if re.search(r"[a-z0-9-]+\.[a-z]{2,}", texto) and dominio("http://" + texto.split("/")[0].replace("https://", "").replace("http://", "")) != dominio(href):
                    alerta = " ⚠️ el texto muestra otro dominio"
                if "xn--" in dominio(href):
                    alerta += " ⚠️ punycode"
                out.append(f"- «{texto[:60]}» → {desactivar(href)}{alerta}")

    out += ["", "## Adjuntos (no abiertos)"]
    for parte in msg.iter_attachments():
        nombre = parte.get_filename() or "(sin nombre)"
        datos = parte.get_payload(decode=True) or b""
        marca = " ⚠️ extensión de riesgo" if nombre.lower().endswith(SOSPECHOSAS) else ""
        out.append(f"- `{nombre}` {len(datos)} B sha256 `{hashlib.sha256(datos).hexdigest()}`{marca}")

    cuerpo = msg.get_body(preferencelist=("plain", "html"))
    texto = cuerpo.get_content() if cuerpo else ""
    if re.search(r"ignor(e|a|ez) (all |todas )?(previous|las) (instructions|instrucciones)", texto, re.I):
        out += ["", "⚠️ El cuerpo contiene un intento de inyección de instrucciones dirigido a asistentes de IA."]
    out += ["", "## Conclusión (rellenar)", "", "- [ ] phishing probable  - [ ] dudoso  - [ ] legítimo probable"]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
