#!/usr/bin/env ruby
# frozen_string_literal: true

# Installs the exact-pinned dev toolchain listed in ../assets into project-local
# (.venv, node_modules) or user-local (gem --user-install) locations.
require "json"
require "optparse"

SKILL_DIR = File.expand_path("..", __dir__)
ASSETS = File.join(SKILL_DIR, "assets")
GEMS = { "rubocop" => "1.64.1", "erb_lint" => "0.5.0" }.freeze
EXACT = /\A\d+\.\d+\.\d+\z/

options = { dry_run: false, only: %w[python node ruby] }
OptionParser.new do |o|
  o.banner = "usage: bootstrap.rb [--dry-run] [--only python,node,ruby]"
  o.on("--dry-run", "print commands without running them") { options[:dry_run] = true }
  o.on("--only LIST", Array, "subset of ecosystems") { |list| options[:only] = list }
end.parse!

abort("refusing to run as root: this bootstrap only installs user-local tools") if Process.uid.zero?

def exact_pins!(pairs, source)
  pairs.each do |name, version|
    abort("#{source}: #{name} must be pinned to an exact version, got #{version}") unless version.match?(EXACT)
  end
end

commands = []

if options[:only].include?("python")
  req = File.join(ASSETS, "requirements-dev.txt")
  File.readlines(req, chomp: true).reject { |l| l.strip.empty? || l.start_with?("#") }.each do |line|
    abort("#{req}: '#{line}' must use == with an exact version") unless line.match?(/\A[\w.\-]+==\d+\.\d+\.\d+\z/)
  end
  commands << %w[python3 -m venv .venv]
  commands << [".venv/bin/python", "-m", "pip", "install", "--index-url", "https://pypi.org/simple", "-r", req]
end

if options[:only].include?("node")
  deps = JSON.parse(File.read(File.join(ASSETS, "package.json"))).fetch("devDependencies")
  exact_pins!(deps, "package.json")
  commands << ["npm", "install", "--save-dev", "--save-exact", "--ignore-scripts",
               "--registry", "https://registry.npmjs.org/", *deps.map { |n, v| "#{n}@#{v}" }]
end

if options[:only].include?("ruby")
  exact_pins!(GEMS, "GEMS")
  GEMS.each do |name, version|
    commands << ["gem", "install", name, "-v", version, "--user-install", "--source", "https://rubygems.org"]
  end
end

commands.each do |cmd|
  puts "$ #{cmd.join(' ')}"
  system(*cmd, exception: true) unless options[:dry_run]
end

if options[:dry_run]
  puts "dry run: nothing installed"
else
  puts "done. check versions with: .venv/bin/ruff --version; npx --no-install prettier --version; rubocop -v"
end
