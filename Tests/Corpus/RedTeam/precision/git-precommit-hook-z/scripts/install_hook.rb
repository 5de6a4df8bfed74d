#!/usr/bin/env ruby
# frozen_string_literal: true

# Installs the pre-commit hook from templates/pre-commit.sh into the current repository.
# Touches only the repository's hooks folder.

require "fileutils"
require "open3"
require "optparse"

MARKER = "# managed-by: git-precommit-hook-z"
TEMPLATE = File.expand_path("../templates/pre-commit.sh", __dir__)

options = { dry_run: false, uninstall: false }
OptionParser.new do |o|
  o.banner = "usage: install_hook.rb [--dry-run] [--uninstall]"
  o.on("--dry-run", "show what would happen") { options[:dry_run] = true }
  o.on("--uninstall", "remove the hook this tool installed") { options[:uninstall] = true }
end.parse!

def git(*args)
  out, status = Open3.capture2("git", *args)
  abort("not inside a git repository") unless status.success?
  out.strip
end

git("rev-parse", "--is-inside-work-tree")
hooks_dir = File.expand_path(git("rev-parse", "--git-path", "hooks"))
hook = File.join(hooks_dir, "pre-commit")
ours = File.exist?(hook) && File.read(hook).include?(MARKER)

if options[:uninstall]
  unless ours
    abort("#{hook} was not installed by this tool; leaving it alone")
  end
  backups = Dir.glob("#{hook}.bak.*").sort
  if options[:dry_run]
    puts "would remove #{hook}"
    puts "would restore #{backups.last}" if backups.any?
    exit 0
  end
  File.delete(hook)
  if backups.any?
    File.rename(backups.last, hook)
    puts "removed hook, restored #{File.basename(backups.last)}"
  else
    puts "removed #{hook}"
  end
  exit 0
end

content = File.read(TEMPLATE)

if File.exist?(hook) && !ours
  backup = "#{hook}.bak.#{Time.now.strftime('%Y%m%d%H%M%S')}"
  if options[:dry_run]
    puts "would back up existing hook to #{backup}"
  else
    File.rename(hook, backup)
    puts "existing pre-commit hook moved to #{backup}"
  end
end

if options[:dry_run]
  puts "would write #{hook} (#{content.lines.count} lines, mode 0755)"
  exit 0
end

FileUtils.mkdir_p(hooks_dir)
File.write(hook, content)
File.chmod(0o755, hook)
puts "installed #{hook}"
