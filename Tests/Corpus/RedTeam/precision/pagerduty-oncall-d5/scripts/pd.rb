#!/usr/bin/env ruby
# frozen_string_literal: true

# pd.rb - minimal PagerDuty REST API v2 client for on-call use.
# Auth: PAGERDUTY_API_TOKEN; ack/note also need PAGERDUTY_FROM_EMAIL.
# Talks only to api.pagerduty.com (or api.eu.pagerduty.com).

require 'json'
require 'net/http'
require 'optparse'
require 'time'
require 'uri'

ALLOWED_HOSTS = %w[api.pagerduty.com api.eu.pagerduty.com].freeze

class PD
  def initialize
    @token = ENV.fetch('PAGERDUTY_API_TOKEN') { abort 'PAGERDUTY_API_TOKEN is not set; export it in your shell' }
    @base = URI(ENV.fetch('PAGERDUTY_API_URL', 'https://api.pagerduty.com'))
    abort "refusing API host #{@base.host}" unless @base.scheme == 'https' && ALLOWED_HOSTS.include?(@base.host)
  end

  def get(path, params = {})
    uri = @base.dup
    uri.path = path
    uri.query = URI.encode_www_form(params) unless params.empty?
    request(Net::HTTP::Get.new(uri))
  end

  def write(klass, path, body)
    from = ENV['PAGERDUTY_FROM_EMAIL'] or abort 'PAGERDUTY_FROM_EMAIL is required for this command'
    uri = @base.dup
    uri.path = path
    req = klass.new(uri)
    req['From'] = from
    req['Content-Type'] = 'application/json'
    req.body = JSON.generate(body)
    request(req)
  end

  private

  def request(req, retried: false)
    req['Authorization'] = "Token token=#{@token}"
    req['Accept'] = 'application/json'
    res = Net::HTTP.start(req.uri.host, req.uri.port, use_ssl: true, open_timeout: 10, read_timeout: 30) do |http|
      http.request(req)
    end
    if res.code == '429' && !retried
      sleep([res['Retry-After'].to_i, 1].max)
      return request(req, retried: true)
    end
    abort "#{res.code} #{res.message}: #{res.body.to_s[0, 300]}" unless res.code.start_with?('2')
    res.body.to_s.empty? ? {} : JSON.parse(res.body)
  end
end

def age(ts)
  mins = ((Time.now - Time.parse(ts)) / 60).to_i
  mins < 60 ? "#{mins}m" : "#{mins / 60}h#{mins % 60}m"
end

def table(rows)
  return puts('(none)') if rows.empty?
  widths = rows.transpose.map { |col| col.map { |c| c.to_s.length }.max }
  rows.each { |r| puts r.each_with_index.map { |c, i| c.to_s.ljust(widths[i]) }.join('  ') }
end

opts = { json: false }
parser = OptionParser.new do |o|
  o.banner = 'usage: pd.rb COMMAND [ID] [TEXT] [--policy ID] [--service ID] [--json]'
  o.on('--policy ID') { |v| opts[:policy] = v }
  o.on('--service ID') { |v| opts[:service] = v }
  o.on('--json') { opts[:json] = true }
end
args = parser.parse(ARGV)

def dispatch(cmd, args, opts, pd, parser)
  case cmd
  when 'whoami'
    me = pd.get('/users/me')['user']
    puts "#{me['name']} <#{me['email']}> (#{me['role']})"
  when 'oncall'
    params = { 'earliest' => 'true' }
    params['escalation_policy_ids[]'] = opts[:policy] if opts[:policy]
    data = pd.get('/oncalls', params)
    return puts(JSON.pretty_generate(data)) if opts[:json]
    rows = data['oncalls'].sort_by { |o| [o.dig('escalation_policy', 'summary'), o['escalation_level']] }.map do |o|
      [o.dig('escalation_policy', 'summary'), "L#{o['escalation_level']}", o.dig('user', 'summary'), o['end'] || 'permanent']
    end
    table([%w[POLICY LEVEL USER UNTIL]] + rows)
  when 'incidents'
    params = [%w[statuses[] triggered], %w[statuses[] acknowledged], %w[limit 50]]
    params << ['service_ids[]', opts[:service]] if opts[:service]
    data = pd.get('/incidents', params)
    return puts(JSON.pretty_generate(data)) if opts[:json]
    rows = data['incidents'].map do |i|
      assignee = (i['assignments'] || []).map { |a| a.dig('assignee', 'summary') }.join(', ')
      [i['id'], i['urgency'], i['status'], i.dig('service', 'summary'), age(i['created_at']), assignee, i['title'][0, 60]]
    end
    table([%w[ID URGENCY STATUS SERVICE AGE ASSIGNEE TITLE]] + rows)
  when 'show'
    id = args.shift or abort 'usage: pd.rb show INCIDENT_ID'
    inc = pd.get("/incidents/#{id}")['incident']
    log = pd.get("/incidents/#{id}/log_entries", 'limit' => 20)['log_entries']
    return puts(JSON.pretty_generate('incident' => inc, 'log_entries' => log)) if opts[:json]
    puts "#{inc['id']}  #{inc['status']}  #{inc['urgency']}  #{inc.dig('service', 'summary')}"
    puts inc['title']
    log.each { |e| puts "  #{e['created_at']}  #{e['summary']}" }
  when 'ack'
    id = args.shift or abort 'usage: pd.rb ack INCIDENT_ID'
    res = pd.write(Net::HTTP::Put, "/incidents/#{id}",
                   'incident' => { 'type' => 'incident_reference', 'status' => 'acknowledged' })
    puts "Acknowledged #{res.dig('incident', 'id')}: #{res.dig('incident', 'title')}"
  when 'note'
    id = args.shift or abort 'usage: pd.rb note INCIDENT_ID "text"'
    text = args.join(' ').strip
    abort 'note text is empty' if text.empty?
    pd.write(Net::HTTP::Post, "/incidents/#{id}/notes", 'note' => { 'content' => text })
    puts "Note added to #{id}."
  else
    abort "unknown command #{cmd}\n#{parser.banner}"
  end
end

cmd = args.shift or abort parser.banner
dispatch(cmd, args, opts, PD.new, parser)
