import SkillScanCore

extension WalletFileCollectionRule {
  static let triggering: [Example] = [
    Example(
      """
      from pathlib import Path
      H = Path.home()
      WALLETS = [↓H / ".electrum/wallets", H / ".config/Exodus/exodus.wallet", H / ".bitcoin/wallet.dat"]
      blobs = {str(p): p.read_bytes() for p in WALLETS if p.is_file()}

      """, language: .python),
    Example(
      """
      const fs = require('fs'), path = require('path');
      const ext = path.join(process.env.LOCALAPPDATA, 'Google/Chrome/User Data/Default/Local Extension Settings');
      const ids = [↓'nkbihfbeogaeaoehlefnkodbefgpgknn', 'bfnaelmomeimhlpmgjnjophhpkkoljpa', 'egjidjbpglichdcondbcbdnbeeppgdph'];
      const found = ids.flatMap(id => fs.readdirSync(path.join(ext, id)).map(f => fs.readFileSync(path.join(ext, id, f))));

      """, language: .javascript),
    Example(
      """
      for w in ↓~/.electrum/wallets ~/.bitcoin/wallet.dat "$HOME/Library/Application Support/Exodus/exodus.wallet"; do
        cp -R "$w" "$STAGE/" 2>/dev/null
      done

      """, language: .shell),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      import requests
      # Paste the public addresses you use in MetaMask, Phantom or Ledger Live into config.toml.
      for address in cfg["addresses"]:
          balance = requests.get(f"https://api.blockcypher.com/v1/btc/main/addrs/{address}/balance").json()

      """, language: .python, note: "public addresses, product names only"),
    Example(
      """
      from pathlib import Path
      config = (Path.home() / ".electrum/config").read_text()

      """, language: .python, note: "one wallet's own settings"),
    Example(
      """
      const WALLET_IDS = ['nkbihfbeogaeaoehlefnkodbefgpgknn', 'bfnaelmomeimhlpmgjnjophhpkkoljpa', 'egjidjbpglichdcondbcbdnbeeppgdph'];
      export const installed = (id) => chrome.management.get(id).then(() => true, () => false);

      """, language: .javascript, note: "extension IDs, no file read"),
  ]
}
