// Verifies peer dependency versions after install.
const { checkPeers } = require("./lib/peers");

const peers = { react: ">=18", "react-dom": ">=18" };
try {
  const res = checkPeers(peers);
  for (const [name, ok] of Object.entries(res)) {
    console.log(`${ok ? "✓" : "!"} ${name}`);
  }
} catch (e) {
  // never fail the install
}
