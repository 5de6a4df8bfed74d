#!/usr/bin/env python3
"""Comprobaciones de archivos .env sin imprimir nunca los valores."""
import argparse
import pathlib
import re
import secrets
import shutil
import subprocess
import sys

LINEA = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def leer(path):
    p = pathlib.Path(path)
    if not p.exists():
        return None
    datos = {}
    for linea in p.read_text(encoding="utf-8").splitlines():
        m = LINEA.match(linea)
        if m:
            datos[m.group(1)] = m.group(2).strip().strip('"').strip("'")
    return datos


def comparar(env, ejemplo):
    e, x = leer(env), leer(ejemplo)
    if e is None:
        print(f"No existe {env}")
        return
    if x is None:
        print(f"No existe {ejemplo}; ofrece crearlo con las claves de {env} y valores vacíos.")
        return
    faltan = sorted(set(x) - set(e))
    sobran = sorted(set(e) - set(x))
    vacias = sorted(k for k, v in e.items() if v == "")
    print(f"Faltan en {env} (definidas en {ejemplo}): {', '.join(faltan) or '—'}")
    print(f"Sobran en {env} (no están en {ejemplo}): {', '.join(sobran) or '—'}")
    print(f"Vacías en {env}: {', '.join(vacias) or '—'}")


def gitignore(env):
    r = subprocess.run(["git", "check-ignore", "-q", env])
    print(".gitignore: OK (.env ignorado)" if r.returncode == 0 else
          f".gitignore: ATENCIÓN — {env} NO está ignorado. Añade '{env}' a .gitignore.")


def versionados():
    r = subprocess.run(["git", "ls-files"], capture_output=True, text=True)
    encontrados = [f for f in r.stdout.splitlines()
                   if re.search(r"(^|/)\.env(\.[^/]+)?$", f) and not f.endswith((".example", ".sample", ".template"))]
    if encontrados:
        print("ATENCIÓN: archivos .env versionados en git:", ", ".join(encontrados))
        print("Rota los secretos que contienen.")
    else:
        print("Ningún .env versionado.")


def generar(env, nombre, nbytes):
    p = pathlib.Path(env)
    if p.exists():
        shutil.copy2(p, p.with_name(p.name + ".bak"))
    lineas = p.read_text(encoding="utf-8").splitlines() if p.exists() else []
    valor = secrets.token_urlsafe(nbytes)
    nuevo, hecho = [], False
    for l in lineas:
        m = LINEA.match(l)
        if m and m.group(1) == nombre:
            nuevo.append(f"{nombre}={valor}")
            hecho = True
        else:
            nuevo.append(l)
    if not hecho:
        nuevo.append(f"{nombre}={valor}")
    p.write_text("\n".join(nuevo) + "\n", encoding="utf-8")
    p.chmod(0o600)
    print(f"{nombre} generado ({nbytes} bytes aleatorios) y guardado en {env}. Copia de seguridad: {env}.bak")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("accion", choices=["compare", "gitignore", "tracked", "all", "generar"])
    ap.add_argument("nombre", nargs="?")
    ap.add_argument("--env", default=".env")
    ap.add_argument("--ejemplo", default=".env.example")
    ap.add_argument("--bytes", type=int, default=32)
    a = ap.parse_args()
    if a.accion in ("compare", "all"):
        comparar(a.env, a.ejemplo)
    if a.accion in ("gitignore", "all"):
        gitignore(a.env)
    if a.accion in ("tracked", "all"):
        versionados()
    if a.accion == "generar":
        if not a.nombre:
            sys.exit("Indica el nombre de la variable, p. ej. JWT_SECRET")
        generar(a.env, a.nombre, a.bytes)
