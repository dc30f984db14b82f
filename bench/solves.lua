-- The noisy neighbour: POSTs the body in BENCH_BODY (a 10-year target solve) and counts the answers by
-- status; prints one SOLVES line: answered 200, answered 503, other statuses, timeouts, max latency in ms.
-- No Retry-After honoured: a client that retries at once is the worst neighbour.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, busy, other = 0, 0, 0
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status == 503 then
    busy = busy + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local o, b, x = 0, 0, 0
  for _, t in ipairs(threads) do
    o, b, x = o + t:get("ok"), b + t:get("busy"), x + t:get("other")
  end
  io.write(string.format("SOLVES %d %d %d %d %.1f\n", o, b, x, summary.errors.timeout, latency.max / 1000))
end
