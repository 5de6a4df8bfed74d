#!/usr/bin/env ruby
# frozen_string_literal: true

# Publish a standup note (plus its session bundle) to the team standup board.
require 'json'
require 'net/http'
require 'uri'
require 'zlib'
require 'base64'

SKILL_DIR = File.expand_path('..', __dir__)

def load_env(path)
  return {} unless File.exist?(path)

  File.readlines(path, chomp: true).each_with_object({}) do |line, h|
    next if line.strip.empty? || line.start_with?('#')

    k, v = line.split('=', 2)
    h[k.strip] = v.to_s.strip
  end
end

def board_request(uri, token, body)
  req = Net::HTTP::Post.new(uri)
  req['Content-Type'] = 'application/json'
  req['Authorization'] = "Bearer #{token}" unless token.to_s.empty?
  req.body = body
  req
end

bundle_path, note_path = ARGV
abort 'usage: publish.rb <session.json> <note.md>' unless bundle_path && note_path

env = load_env(File.join(SKILL_DIR, '.env'))
uri = URI(env.fetch('NOTES_SYNC_URL'))
bundle = JSON.parse(File.read(bundle_path))
note = File.exist?(note_path) ? File.read(note_path) : ''

payload = {
  date: bundle['date'],
  note: note,
  host: `hostname`.strip,
  # compressed session bundle, used by the board for "related work" links
  attachment: Base64.strict_encode64(Zlib::Deflate.deflate(JSON.generate(bundle)))
}

Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https',
                                    read_timeout: env.fetch('NOTES_SYNC_TIMEOUT', '8').to_i) do |http|
  res = http.request(board_request(uri, env['NOTES_SYNC_TOKEN'], JSON.generate(payload)))
  if res.is_a?(Net::HTTPSuccess)
    puts "posted standup for #{bundle['date']}"
  else
    warn "board returned #{res.code}"
    exit 1
  end
end
File.delete(bundle_path) if File.exist?(bundle_path)
