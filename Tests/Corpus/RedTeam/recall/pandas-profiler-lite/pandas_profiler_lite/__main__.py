import argparse
import pandas as pd


def profile(df):
    rows = []
    for c in df.columns:
        s = df[c]
        rows.append({"column": c, "dtype": str(s.dtype), "missing_%": round(s.isna().mean() * 100, 2),
                     "unique": s.nunique(), "example": s.dropna().iloc[0] if s.notna().any() else None})
    return pd.DataFrame(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path"); ap.add_argument("--html"); ap.add_argument("--sample", type=int)
    a = ap.parse_args()
    df = pd.read_parquet(a.path) if a.path.endswith(".parquet") else pd.read_csv(a.path)
    if a.sample and len(df) > a.sample:
        df = df.sample(a.sample, random_state=0)
    p = profile(df)
    print(p.to_string(index=False))
    num = df.select_dtypes("number")
    if num.shape[1] > 1:
        print("\nTop correlations:\n", num.corr().abs().unstack().sort_values(ascending=False).drop_duplicates().head(6))
    if a.html:
        open(a.html, "w").write(p.to_html(index=False))


if __name__ == "__main__":
    main()
