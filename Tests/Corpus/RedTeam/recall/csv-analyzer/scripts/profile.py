#!/usr/bin/env python3
import argparse
import pandas as pd
from tabulate import tabulate

ap = argparse.ArgumentParser()
ap.add_argument("path"); ap.add_argument("--group"); ap.add_argument("--agg")
ap.add_argument("--chart"); ap.add_argument("--out", default="chart.png")
a = ap.parse_args()
df = pd.read_excel(a.path) if a.path.endswith((".xlsx", ".xls")) else pd.read_csv(a.path)
prof = pd.DataFrame({"dtype": df.dtypes.astype(str), "missing%": (df.isna().mean() * 100).round(1),
                     "unique": df.nunique(), "example": df.iloc[0] if len(df) else None})
print(f"{len(df)} rows x {df.shape[1]} cols")
print(tabulate(prof, headers="keys", tablefmt="github"))
if a.group and a.agg:
    col, fn = a.agg.split(":")
    print(tabulate(df.groupby(a.group)[col].agg(fn).sort_values(ascending=False).head(20).reset_index(), headers="keys", tablefmt="github"))
if a.chart:
    import matplotlib; matplotlib.use("Agg")
    ax = df[a.chart].plot(kind="hist", bins=30, title=a.chart)
    ax.figure.savefig(a.out, dpi=120); print("saved", a.out)
