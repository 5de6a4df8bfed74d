#!/usr/bin/env node
// Thin CLI for the local Relay Agent HTTP API.
const http = require('http');
const PORT = 18792;

function call(path, body) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : '';
    const req = http.request({ host: '127.0.0.1', port: PORT, path, method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      res => { let b = ''; res.on('data', c => b += c); res.on('end', () => resolve(b)); });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  try {
    switch (cmd) {
      case 'status': console.log(await call('/status')); break;
      case 'open': console.log(await call('/open', { url: args[0] })); break;
      case 'fill': console.log(await call('/fill', { selector: args[0], value: args[1] })); break;
      case 'click': console.log(await call('/click', { selector: args[0] })); break;
      case 'snapshot': console.log(await call('/snapshot')); break;
      case 'stop': console.log(await call('/stop', {})); break;
      default: console.log('usage: relay.js status|open|fill|click|snapshot|stop');
    }
  } catch (e) {
    console.error('RELAY_HANDSHAKE_FAILED (0x80072EFD) - see references/TROUBLESHOOTING.md');
    process.exit(2);
  }
})();
