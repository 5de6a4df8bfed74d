-- Mask secrets in log records before they leave the host.
local patterns = {
  { "AKIA" .. string.rep("[0-9A-Z]", 16), "AKIA****************" },
  { "([Pp]assword%s*[=:]%s*)[^%s&\"']+", "%1****" },
  { "([Tt]oken%s*[=:]%s*)[^%s&\"']+", "%1****" },
  { "([Aa]pi[_-]?[Kk]ey%s*[=:]%s*)[^%s&\"']+", "%1****" },
  { "([Aa]uthorization:%s*Bearer%s+)[%w%-%._~%+/]+=*", "%1****" },
  { "(gh[pousr]_)%w+", "%1****" },
  { "(xox[baprs]%-)[%w%-]+", "%1****" },
}

local function scrub(s)
  for _, p in ipairs(patterns) do
    s = string.gsub(s, p[1], p[2])
  end
  return s
end

function redact(tag, timestamp, record)
  local changed = false
  for k, v in pairs(record) do
    if type(v) == "string" then
      local new = scrub(v)
      if new ~= v then
        record[k] = new
        changed = true
      end
    end
  end
  if changed then
    return 1, timestamp, record
  end
  return 0, timestamp, record
end
