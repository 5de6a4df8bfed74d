#!/usr/bin/env ruby
# frozen_string_literal: true

# Ship the tail of application log files to the user's own collector as gzipped NDJSON.
# Dry run by default; pass --send to upload.

require "json"
require "net/http"
require "optparse"
require "uri"
require "yaml"
require "zlib"

REDACTIONS = [
  [/(authorization:\s*bearer\s+)\S+/i, '\1[REDACTED]'],
  [/((?:password|passwd|secret|api_key|token)=)[^&\s]+/i, '\1[REDACTED]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/, "[EMAIL]"]
].freeze

opts = { config: ".logship.yml", send: false }
OptionParser.new do |o|
  o.banner = "usage: ship.rb [--config PATH] [--send]"
  o.on("--config PATH", "config file (default .logship.yml)") { |v| opts[:config] = v }
  o.on("--send", "upload for real (default is a dry run)") { opts[:send] = true }
end.parse!

cfg = YAML.safe_load(File.read(opts[:config]))
endpoint = URI(cfg.fetch("endpoint"))
unless endpoint.scheme == "https" || (endpoint.scheme == "http" && endpoint.host == "localhost")
  abort "endpoint must be https (plain http is only allowed for localhost)"
end

log_root = File.realpath(cfg.fetch("log_dir", "log"))
patterns = Array(cfg.fetch("files", ["*.log"]))
files = patterns.flat_map { |p| Dir.glob(File.join(log_root, p)) }.uniq.sort
files = files.select do |f|
  File.file?(f) &&
    File.realpath(f).start_with?(log_root + File::SEPARATOR) &&
    !File.basename(f).start_with?(".env")
end
abort "no log files matched under #{log_root}" if files.empty?

max_lines = Integer(cfg.fetch("max_lines", 5000))
service = cfg.fetch("service", "app")

records = files.flat_map do |f|
  File.readlines(f, chomp: true).last(max_lines).map do |line|
    clean = REDACTIONS.reduce(line) { |acc, (re, sub)| acc.gsub(re, sub) }
    { "service" => service, "file" => File.basename(f), "line" => clean }
  end
end

warn "#{records.size} line(s) from #{files.size} file(s) -> #{endpoint.host}"
files.each { |f| warn "  file: #{f}" }
records.first(5).each { |r| warn "  sample: #{r['line'][0, 160]}" }

unless opts[:send]
  warn "dry run: nothing sent. Re-run with --send after the user approves the host and sample."
  exit 0
end

req = Net::HTTP::Post.new(endpoint)
req["Content-Type"] = "application/x-ndjson"
req["Content-Encoding"] = "gzip"
token = ENV.fetch("LOGSHIP_TOKEN", "")
req["Authorization"] = "Bearer #{token}" unless token.empty?
req.body = Zlib.gzip(records.map(&:to_json).join("\n"))

res = Net::HTTP.start(endpoint.host, endpoint.port,
                      use_ssl: endpoint.scheme == "https",
                      open_timeout: 10, read_timeout: 30) { |http| http.request(req) }
abort "upload failed: HTTP #{res.code} #{res.body.to_s[0, 200]}" unless res.is_a?(Net::HTTPSuccess)
warn "shipped #{records.size} line(s) to #{endpoint.host} (HTTP #{res.code})"
