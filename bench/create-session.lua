-- wrk script: POST /session/create with a new user each request, so every request creates a
-- session (a repeated telegram_id would return the user's existing session instead).
local key = os.getenv("OPENKYC_BENCH_KEY")
local counter = 0
local prefix

function init(args)
  prefix = tostring(math.random(1, 1000000000)) .. "-" .. tostring(os.time())
end

function request()
  counter = counter + 1
  local body = '{"telegram_id":"bench-' .. prefix .. '-' .. counter .. '","first_name":"Load","last_name":"Test"}'
  return wrk.format("POST", "/session/create", { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }, body)
end
