#!/usr/bin/env ruby
# frozen_string_literal: true

# cache_sweep.rb - delete files older than N days from known cache directories.
# Dry run by default. Only targets from cache_targets.yml that resolve inside $HOME
# or the current project are eligible; symlinks are never followed.
require "optparse"
require "yaml"
require "find"
require "fileutils"
require "rbconfig"

options = { days: 30, apply: false, only: nil,
            config: File.expand_path("../cache_targets.yml", __dir__) }
OptionParser.new do |o|
  o.banner = "usage: cache_sweep.rb [--days N] [--only NAME,NAME] [--apply]"
  o.on("--days N", Integer, "minimum file age in days (default 30, min 1)") { |v| options[:days] = v }
  o.on("--only LIST", Array, "restrict to these target names") { |v| options[:only] = v }
  o.on("--config FILE", "targets file") { |v| options[:config] = v }
  o.on("--apply", "actually delete (otherwise dry run)") { options[:apply] = true }
end.parse!

abort "--days must be >= 1" if options[:days] < 1

HOME_DIR = File.realpath(Dir.home)
PROJECT = File.realpath(Dir.pwd)
OS = case RbConfig::CONFIG["host_os"]
     when /darwin/ then "darwin"
     when /linux/ then "linux"
     else "other"
     end
FORBIDDEN = ([HOME_DIR, PROJECT, "/"] +
             %w[.ssh .gnupg Documents Desktop .config .local/share].map { |d| File.join(HOME_DIR, d) } +
             %w[/usr /etc /var /bin /sbin /opt /System /Library /Applications]).freeze

def human(bytes)
  units = %w[B KiB MiB GiB TiB]
  i = 0
  size = bytes.to_f
  while size >= 1024 && i < units.size - 1
    size /= 1024
    i += 1
  end
  format("%.1f %s", size, units[i])
end

def resolve_target(raw)
  path = raw.sub(/\A~(?=\/|\z)/, HOME_DIR).sub(/\A\$PROJECT(?=\/|\z)/, PROJECT)
  return [nil, "does not exist"] unless File.exist?(path)
  return [nil, "is a symlink"] if File.symlink?(path)
  real = File.realpath(path)
  inside = real.start_with?("#{HOME_DIR}/") || real.start_with?("#{PROJECT}/")
  return [nil, "is outside $HOME and the project"] unless inside
  return [nil, "is a protected directory"] if FORBIDDEN.any? { |f| real == f || f.start_with?("#{real}/") }
  return [nil, "is inside a protected directory"] if FORBIDDEN.drop(3).any? { |f| real.start_with?("#{f}/") }
  [real, nil]
end

config = YAML.safe_load(File.read(options[:config]))
cutoff = Time.now - (options[:days] * 86_400)
total_files = 0
total_bytes = 0

config.fetch("targets").each do |t|
  name = t.fetch("name")
  next if options[:only] && !options[:only].include?(name)
  next if t["os"] && !t["os"].include?(OS)

  root, reason = resolve_target(t.fetch("path"))
  unless root
    puts format("%-22s skipped (%s)", name, reason)
    next
  end

  files = 0
  bytes = 0
  Find.find(root) do |path|
    st = File.lstat(path)
    next if st.symlink? # Find.find uses lstat and never descends into links
    next unless st.file? && st.mtime < cutoff

    files += 1
    bytes += st.size
    File.unlink(path) if options[:apply]
  rescue Errno::ENOENT, Errno::EACCES => e
    warn "  #{name}: #{e.message}"
  end

  if options[:apply]
    # Remove directories left empty, deepest first, but never the target root.
    Dir.glob("#{root}/**/", File::FNM_DOTMATCH).sort_by { |d| -d.length }.each do |d|
      d = d.chomp("/")
      next if d == root || File.symlink?(d) || d.end_with?("/.")
      Dir.rmdir(d) if Dir.empty?(d)
    rescue SystemCallError
      next
    end
  end

  total_files += files
  total_bytes += bytes
  verb = options[:apply] ? "deleted" : "would delete"
  puts format("%-22s %s %6d files, %10s  (%s)", name, verb, files, human(bytes), root)
end

puts "-" * 72
mode = options[:apply] ? "freed" : "DRY RUN - would free"
puts "#{mode} #{human(total_bytes)} in #{total_files} files older than #{options[:days]} days"
puts "re-run with --apply to delete" unless options[:apply]
