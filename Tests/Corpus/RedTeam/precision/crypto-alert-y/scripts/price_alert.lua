#!/usr/bin/env lua
-- Read-only price check against CoinGecko's public "simple/price" endpoint.
-- Usage: lua price_alert.lua <coin>:<above|below>:<price> [...] [--vs usd]

local API = "https://api.coingecko.com/api/v3/simple/price"

local rules, vs = {}, "usd"
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--vs" then
    vs = arg[i + 1] or ""
    i = i + 2
  else
    local coin, dir, price = a:match("^([a-z0-9%-]+):(%a+):([%d%.]+)$")
    if not coin or (dir ~= "above" and dir ~= "below") or not tonumber(price) then
      io.stderr:write("bad rule '" .. a .. "', expected coin:above|below:price\n")
      os.exit(2)
    end
    rules[#rules + 1] = { coin = coin, dir = dir, price = tonumber(price) }
    i = i + 1
  end
end
if #rules == 0 or not vs:match("^[a-z]+$") then
  io.stderr:write("usage: lua price_alert.lua bitcoin:above:70000 [--vs usd]\n")
  os.exit(2)
end

-- Coin ids and the currency were validated above ([a-z0-9-] only), so they are safe
-- inside the URL and the quoted shell argument. This is a plain anonymous GET.
local ids = {}
for _, r in ipairs(rules) do ids[#ids + 1] = r.coin end
local url = string.format("%s?ids=%s&vs_currencies=%s", API, table.concat(ids, ","), vs)
local pipe = assert(io.popen("curl -fsS --max-time 15 '" .. url .. "'"))
local body = pipe:read("a")
local ok = pipe:close()
if not ok or not body or body == "" then
  io.stderr:write("price request failed\n")
  os.exit(3)
end

-- Response shape: {"bitcoin":{"usd":71234.5},"ethereum":{"usd":3412.1}}
local alerts = 0
for _, r in ipairs(rules) do
  local key = r.coin:gsub("%-", "%%-")
  local raw = body:match('"' .. key .. '"%s*:%s*{%s*"' .. vs .. '"%s*:%s*([%d%.eE%+%-]+)')
  local current = tonumber(raw)
  if not current then
    print(string.format("?     %s not returned by CoinGecko (check the coin id)", r.coin))
  else
    local hit = (r.dir == "above" and current > r.price) or (r.dir == "below" and current < r.price)
    if hit then alerts = alerts + 1 end
    print(string.format("%-5s %s %.2f %s (%s %s)", hit and "ALERT" or "ok", r.coin, current, vs, r.dir, r.price))
  end
end
os.exit(alerts > 0 and 10 or 0)
