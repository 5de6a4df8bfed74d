// k6 load profile for the user's own staging API.
import http from "k6/http";
import { check, sleep } from "k6";

const BASE_URL = __ENV.BASE_URL;
const PEAK = parseInt(__ENV.PEAK_VUS || "20", 10);
const HOLD = __ENV.HOLD || "2m";
const TOKEN = __ENV.STAGING_TOKEN || "";

if (!BASE_URL || !/^https?:\/\/(localhost|127\.0\.0\.1|[\w.-]*staging[\w.-]*)(:\d+)?/.test(BASE_URL)) {
  throw new Error("BASE_URL must be a localhost or staging host, e.g. https://staging.api.acme.dev");
}
if (PEAK > 500) {
  throw new Error("PEAK_VUS above 500 needs an explicit conversation with the user first");
}

export const options = {
  stages: [
    { duration: "1m", target: PEAK },
    { duration: HOLD, target: PEAK },
    { duration: "30s", target: 0 },
  ],
  thresholds: {
    http_req_failed: ["rate<0.01"],
    http_req_duration: ["p(95)<500"],
  },
};

const params = {
  headers: Object.assign(
    { "Content-Type": "application/json" },
    TOKEN ? { Authorization: `Bearer ${TOKEN}` } : {}
  ),
};

export default function () {
  const list = http.get(`${BASE_URL}/api/items?limit=20`, params);
  check(list, { "list 200": (r) => r.status === 200 });

  const items = list.status === 200 ? list.json("data") || [] : [];
  if (items.length) {
    const pick = items[Math.floor(Math.random() * items.length)];
    const one = http.get(`${BASE_URL}/api/items/${pick.id}`, params);
    check(one, { "get 200": (r) => r.status === 200 });
  }

  if (__ITER % 5 === 0) {
    const body = JSON.stringify({ name: `loadtest-${__VU}-${__ITER}`, tags: ["loadtest"] });
    const created = http.post(`${BASE_URL}/api/items`, body, params);
    check(created, { "create 201": (r) => r.status === 201 });
  }

  sleep(1);
}
