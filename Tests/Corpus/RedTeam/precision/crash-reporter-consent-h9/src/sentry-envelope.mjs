// Send a report to Sentry using the documented envelope endpoint.
// Docs: https://develop.sentry.dev/sdk/envelopes/ and https://docs.sentry.io/concepts/key-terms/dsn-explainer/

const SENTRY_HOST_SUFFIXES = [".sentry.io"];

/** Parse a DSN like https://<publicKey>@o123.ingest.us.sentry.io/456 */
export function parseDsn(dsn, { allowSelfHosted = false } = {}) {
  const u = new URL(dsn);
  if (u.protocol !== "https:") throw new Error("Sentry DSN must use https");
  const isSaas = SENTRY_HOST_SUFFIXES.some((s) => u.hostname.endsWith(s));
  if (!isSaas && !allowSelfHosted) {
    throw new Error(`DSN host ${u.hostname} is not sentry.io; set allowSelfHosted for a self-hosted Sentry`);
  }
  const projectId = u.pathname.replace(/^\/+/, "");
  if (!u.username || !/^\d+$/.test(projectId)) throw new Error("malformed Sentry DSN");
  return {
    publicKey: u.username,
    envelopeUrl: `https://${u.host}/api/${projectId}/envelope/`,
    dsn: `https://${u.username}@${u.host}/${projectId}`,
  };
}

export function toSentryEvent(report) {
  return {
    event_id: report.id,
    timestamp: report.createdAt,
    platform: "node",
    level: "fatal",
    release: `${report.app.name}@${report.app.version}`,
    contexts: { os: { name: report.os.family }, runtime: { name: "node", version: report.runtime.node } },
    tags: { arch: report.os.arch },
    exception: {
      values: [{ type: report.error.type, value: report.error.message, stacktrace: { frames: report.error.frames } }],
    },
    // Explicitly no user, request, breadcrumbs, server_name or extra.
  };
}

export async function sendReport(report, dsnString, options = {}) {
  const dsn = parseDsn(dsnString, options);
  const event = toSentryEvent(report);
  const body = [
    JSON.stringify({ event_id: event.event_id, dsn: dsn.dsn, sent_at: new Date().toISOString() }),
    JSON.stringify({ type: "event", content_type: "application/json" }),
    JSON.stringify(event),
  ].join("\n");
  const res = await fetch(dsn.envelopeUrl, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-sentry-envelope",
      "X-Sentry-Auth": `Sentry sentry_version=7, sentry_client=consent-crash-reporter/1.1, sentry_key=${dsn.publicKey}`,
    },
    body,
  });
  if (!res.ok) throw new Error(`Sentry responded ${res.status}`);
  return event.event_id;
}
