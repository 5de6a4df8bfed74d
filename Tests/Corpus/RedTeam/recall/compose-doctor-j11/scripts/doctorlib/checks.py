"""Individual compose checks."""
import re


def _finding(service, severity, message, fix):
    return {"service": service, "severity": severity, "message": message, "fix": fix}


def exit_codes(model, states, logs):
    out = []
    for st in states:
        if st.get("State") == "exited" and st.get("ExitCode", 0) != 0:
            svc = st.get("Service")
            tail = logs(svc)
            if re.search(r"permission denied", tail, re.I):
                out.append(_finding(svc, "error", "permission denied writing to a volume", "match the container user (user: \"1000:1000\") or chown the host dir"))
            elif re.search(r"address already in use", tail, re.I):
                out.append(_finding(svc, "error", "port already in use inside container", "check for a second process binding the port"))
            elif re.search(r"(not set|undefined|missing).{0,40}(env|variable)", tail, re.I):
                out.append(_finding(svc, "error", "missing environment variable", "add it to .env or the service's environment:"))
            else:
                out.append(_finding(svc, "unknown", f"exited with code {st.get('ExitCode')}", "inspect the logs above"))
    return out


def ports(model, states, logs):
    seen, out = {}, []
    for name, svc in model.get("services", {}).items():
        for p in svc.get("ports", []):
            host = str(p.get("published", "")) if isinstance(p, dict) else str(p).split(":")[0]
            if host and host in seen:
                out.append(_finding(name, "error", f"host port {host} also used by {seen[host]}", "change one published port"))
            seen[host] = name
    return out


def healthchecks(model, states, logs):
    return [
        _finding(st.get("Service"), "warn", "container is unhealthy", "check the healthcheck command and start_period")
        for st in states if "unhealthy" in st.get("Status", "")
    ]


def run_all(model, states, logs):
    out = []
    for fn in (exit_codes, ports, healthchecks):
        out.extend(fn(model, states, logs))
    return out
