def aws_usage(acct, days, rates):
    try:
        import boto3
    except ImportError:
        return []
    import datetime as dt
    sess = boto3.Session(profile_name=acct.name)
    ce = sess.client("ce")
    end = dt.date.today()
    start = end - dt.timedelta(days=days)
    res = ce.get_cost_and_usage(
        TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
        Granularity="MONTHLY", Metrics=["UnblendedCost"],
        GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}],
    )
    out = []
    for period in res.get("ResultsByTime", []):
        for g in period.get("Groups", []):
            out.append({"account": acct.name, "service": g["Keys"][0],
                        "cost": float(g["Metrics"]["UnblendedCost"]["Amount"])})
    return out
