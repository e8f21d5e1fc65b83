-- wrk script for scripts/bench: POST a fixed set of valid initialise requests, in turn, to Connect v1's initialise
-- on a connector, or with the argument "platform" (wrk ... -- platform) to the Platform API's initialise on a system
-- (the seed's system of the built-in provider). Both take the same bodies.
local organisation = "01M630NCG4ZDDRK8JJJ5EVRJSK"
local connector = "01M65K23G4WE37NGTVC0HJVGP1"
local credential = '{"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": "01M630NCG4ZDDRK8JJJ5EVRJSK"}'
local authorize = '"authorizeUrl": "https://as.example.org/authorize", "clientId": "versori-dev-client"'
local bodies = {
  '{"credential": ' .. credential .. ', ' .. authorize .. '}',
  '{"credential": ' .. credential .. ', ' .. authorize .. ', "scopes": ["openid", "email", "profile"]}',
  '{"credential": ' .. credential .. ', ' .. authorize .. ', "prompt": "consent+select_account"}',
  '{"credential": ' .. credential .. ', ' .. authorize .. ', "additionalParams": "access_type=offline&login_hint=ada%40example.org"}',
}
local system = "01M8GQ3B00MPRSYS0000000001"
local path = "/o/" .. organisation .. "/connectors/" .. connector .. "/oauth2/initialise"

init = function(args)
  if args[1] == "platform" then
    path = "/api/v2/o/" .. organisation .. "/systems/" .. system .. "/oauth2/initialise"
  end
end
local headers = {
  ["Authorization"] = "Bearer vk_dev_example_organisation_local_only",
  ["Content-Type"] = "application/json",
}
local next_body = 0

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", path, headers, bodies[next_body])
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH %d %d %.3f %.3f %d %d %d\n",
    summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.timeout))
end
