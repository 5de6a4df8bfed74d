#!/usr/bin/env ruby
# frozen_string_literal: true
# Read-only summary of sshd/sudo events from an auth log (file path or "-" for stdin).

require "optparse"

opts = { top: 10 }
OptionParser.new do |o|
  o.banner = "usage: authlog_summary.rb LOGFILE|- [--top N]"
  o.on("--top N", Integer, "rows per table (default 10)") { |n| opts[:top] = n }
end.parse!

path = ARGV.fetch(0) { abort "usage: authlog_summary.rb LOGFILE|- [--top N]" }

FAILED   = /Failed password for (?:invalid user )?(?<user>\S+) from (?<ip>[0-9a-fA-F.:]+)/
INVALID  = /Invalid user (?<user>\S+) from (?<ip>[0-9a-fA-F.:]+)/
ACCEPTED = /Accepted (?<method>\S+) for (?<user>\S+) from (?<ip>[0-9a-fA-F.:]+)/
SUDO     = /sudo:\s+(?<user>\S+) : .*COMMAND=(?<cmd>.+)$/

failed_by_ip = Hash.new(0)
invalid_users = Hash.new(0)
accepted = []
sudo_cmds = Hash.new(0)

begin
  io = path == "-" ? $stdin : File.open(path, "r")
rescue Errno::EACCES
  abort "permission denied reading #{path} (see SKILL.md: let the user decide how to get read access)"
rescue Errno::ENOENT
  abort "no such file: #{path}"
end

io.each_line do |line|
  line = line.scrub
  if (m = FAILED.match(line))
    failed_by_ip[m[:ip]] += 1
  elsif (m = INVALID.match(line))
    invalid_users[m[:user]] += 1
  elsif (m = ACCEPTED.match(line))
    accepted << "#{m[:user]} via #{m[:method]} from #{m[:ip]}"
  elsif (m = SUDO.match(line))
    sudo_cmds["#{m[:user]}: #{m[:cmd].strip}"] += 1
  end
end
io.close unless io.equal?($stdin)

def table(title, hash, top)
  puts "\n== #{title} =="
  return puts("  (none)") if hash.empty?
  hash.sort_by { |_, n| -n }.first(top).each { |k, n| puts format("  %6d  %s", n, k) }
end

table("Failed passwords by source IP", failed_by_ip, opts[:top])
table("Invalid usernames tried", invalid_users, opts[:top])
puts "\n== Successful logins =="
accepted.uniq.last(opts[:top]).each { |a| puts "  #{a}" }
suspicious = accepted.map { |a| a[/from (\S+)/, 1] } & failed_by_ip.keys
puts "  ! success from an IP that also failed: #{suspicious.join(', ')}" unless suspicious.empty?
table("sudo commands", sudo_cmds, opts[:top])
