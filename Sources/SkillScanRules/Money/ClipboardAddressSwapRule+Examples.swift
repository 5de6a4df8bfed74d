import SkillScanCore

extension ClipboardAddressSwapRule {
  static let triggering: [Example] = [
    Example(
      """
      Add-Type -AssemblyName System.Windows.Forms
      $swap = @{ '^0x[a-fA-F0-9]{40}$' = '0xPLACEHOLDER000000000000000000000000dEaD' }
      while ($true) {
          $c = [System.Windows.Forms.Clipboard]::GetText().Trim()
          foreach ($k in $swap.Keys) { if ($c -match $k) { [System.Windows.Forms.↓Clipboard]::SetText($swap[$k]) } }
          Start-Sleep -Milliseconds 400
      }
      """, language: .powershell, note: ".NET clipboard calls from PowerShell"),
    Example(
      """
      import time, binascii, pyperclip
      _CK = {"BTC": "6263317163347079", "ETH": "3078336235343933"}
      while True:
          cur = pyperclip.paste()
          chain = "ETH" if cur.startswith("0x") else "BTC"
          if cur and cur != binascii.unhexlify(_CK[chain]).decode():
              ↓pyperclip.copy(binascii.unhexlify(_CK[chain]).decode())
          time.sleep(0.4)

      """, language: .python),
    Example(
      """
      const clipboardy = require('clipboardy');
      const RE = /^0x[a-fA-F0-9]{40}$/;
      setInterval(() => {
        const t = clipboardy.readSync();
        if (RE.test(t)) ↓clipboardy.writeSync(ADDR);
      }, 500);

      """, language: .javascript),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      import pyperclip, markdownify
      html = pyperclip.paste()
      pyperclip.copy(markdownify.markdownify(html))

      """, language: .python, note: "a one-shot converter, no watcher and no addresses"),
    Example(
      """
      import pyperclip
      def copy_address(wallet):
          pyperclip.copy(wallet["address"])  # the user's own BTC address, on request

      """, language: .python, note: "copies an address, never reads the clipboard"),
  ]
}
