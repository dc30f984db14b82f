-- One endpoint per wrk run: method, body and key from the environment; prints one RESULT line.
-- A path with DATE in it (a log write) gets a different date on each request, cycling through the last 365 days,
-- so that writes do not all queue for one row's lock.
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY") or ""
local key = os.getenv("BENCH_KEY") or ""
wrk.method = method
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end

local dated, sent, now = false, 0, os.time()

function init(args)
  dated = wrk.path:find("DATE", 1, true) ~= nil
end

function request()
  if not dated then
    return wrk.format()
  end
  sent = sent + 1
  return wrk.format(nil, (wrk.path:gsub("DATE", os.date("!%Y-%m-%d", now - (sent % 365) * 86400))))
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
