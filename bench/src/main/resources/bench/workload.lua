-- wrk script for the workloads that need more than a fixed request (bench/README.md):
--   BENCH_MODE=ids        GET BENCH_PATH (a %s template) for each id in BENCH_IDS in turn
--   BENCH_MODE=create     POST /api/v1/ngos with a new valid BIN each time (BENCH_BIN_PREFIX: 6 digits, unique per run)
--   BENCH_MODE=transition POST /api/v1/ngos/{id}/status-changes, each ACTIVE NGO in BENCH_IDS to INACTIVE, then back
-- BENCH_TOKEN, when set, goes in Authorization: Bearer.
local mode = os.getenv("BENCH_MODE")
local token = os.getenv("BENCH_TOKEN")
local template = os.getenv("BENCH_PATH")
local prefix = os.getenv("BENCH_BIN_PREFIX")
local ids = {}
local n = 0
local toggled = {}
local threads = 0 -- counted in the main script state only (setup runs there)

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  local file = os.getenv("BENCH_IDS")
  if file then
    for line in io.lines(file) do
      if line ~= "" then ids[#ids + 1] = line end
    end
  end
  wrk.headers["Content-Type"] = "application/json"
  if token then wrk.headers["Authorization"] = "Bearer " .. token end
end

-- Kazakhstan BIN check digit (platform CheckDigit.of): mod 11 with weights 1..11, else 3..11,1,2; -1 if none
local function check_digit(d)
  local function weighted(w0)
    local s = 0
    for i = 1, 11 do
      local w = (w0 + i - 2) % 11 + 1
      s = s + tonumber(d:sub(i, i)) * w
    end
    return s % 11
  end
  local s = weighted(1)
  if s == 10 then s = weighted(3) end
  if s == 10 then return -1 end
  return s
end

local function next_bin()
  while true do
    n = n + 1
    local first11 = prefix .. tostring(tid % 10) .. string.format("%04d", n % 10000)
    local c = check_digit(first11)
    if c >= 0 then return first11 .. c end
  end
end

function request()
  if mode == "create" then
    local body = string.format('{"bin":"%s","names":{"ru":"Бенчмарк %s","kk":"Бенчмарк %s"},'
      .. '"legalForm":"PUBLIC_ASSOCIATION","regionCode":"KZ-75","registrationDate":"2020-01-15",'
      .. '"spheres":["SUPPORT_FOR_VULNERABLE_GROUPS"]}', next_bin(), n, n)
    return wrk.format("POST", "/api/v1/ngos", nil, body)
  end
  n = n + 1
  -- each thread walks the whole list, from its own starting point (tid is set per thread by setup)
  local id = ids[(n + tid * 104729) % #ids + 1]
  if mode == "transition" then
    local to = toggled[id] and "ACTIVE" or "INACTIVE"
    toggled[id] = not toggled[id]
    -- wrk.format uses the headers given instead of wrk.headers, so copy those in
    local headers = { ["If-Match"] = "*" }
    for k, v in pairs(wrk.headers) do headers[k] = v end
    return wrk.format("POST", "/api/v1/ngos/" .. id .. "/status-changes", headers,
      '{"to":"' .. to .. '","reason":"benchmark"}')
  end
  return wrk.format("GET", string.format(template, id))
end
