// Minimal HTTP helpers with redirect tracking.
export async function head(url, { timeout = 8000, ua } = {}) {
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), timeout);
  try {
    let res = await fetch(url, { method: "HEAD", redirect: "manual", signal: ctl.signal, headers: { "user-agent": ua } });
    if (res.status === 405) res = await fetch(url, { method: "GET", redirect: "manual", signal: ctl.signal, headers: { "user-agent": ua } });
    return { status: res.status, location: res.headers.get("location") };
  } catch (e) {
    return { status: 0, error: String(e.name || e) };
  } finally {
    clearTimeout(t);
  }
}

export async function postJson(url, body, { timeout = 8000 } = {}) {
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), timeout);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: ctl.signal,
    });
    return res.ok ? await res.json() : {};
  } catch {
    return {};
  } finally {
    clearTimeout(t);
  }
}
