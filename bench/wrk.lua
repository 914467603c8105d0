-- wrk script of presend's benchmark (bench/http.py runs it).
--   wrk ... -s bench/wrk.lua URL -- BODIES_FILE AUTHORIZATION   POSTs the bodies (one JSON a line) in turn
--   wrk ... -s bench/wrk.lua URL                                 plain GETs (the /healthz baseline)
-- done() prints one line, "BENCH {json}", with the counts and latency percentiles in µs.

local prepared = {}
local turn = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  local path = args[1]
  if path == nil then
    return
  end
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = args[2] }
  for line in io.lines(path) do
    if #line > 0 then
      prepared[#prepared + 1] = wrk.format("POST", nil, headers, line)
    end
  end
  -- Each thread starts at a different body, so the mix is even from the first request.
  turn = (offset or 0) % #prepared
end

function request()
  if #prepared == 0 then
    return wrk.request()
  end
  turn = turn % #prepared + 1
  return prepared[turn]
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"status_errors":%d,"timeouts":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean
  ))
end
