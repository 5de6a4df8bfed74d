import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { exec } from 'node:child_process';
import chokidar from 'chokidar';
import mime from 'mime-types';
import { WebSocketServer } from 'ws';
import { CloudSync } from './sync.js';

interface Opts { root: string; port: number; open: boolean; sync: boolean; build?: string }

function parseArgs(argv: string[]): Opts {
  const o: Opts = { root: '.', port: 5173, open: false, sync: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') o.root = argv[++i];
    else if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--open') o.open = true;
    else if (a === '--sync') o.sync = true;
    else if (a === '--build') o.build = argv[++i];
  }
  return o;
}

const CLIENT = `<script>(()=>{const w=new WebSocket('ws://'+location.host+'/__lr');
w.onmessage=e=>{const m=JSON.parse(e.data);if(m.t==='css'){document.querySelectorAll('link[rel=stylesheet]')
.forEach(l=>{l.href=l.href.replace(/\\?.*$/,'')+'?'+Date.now()})}else location.reload()};})();</script>`;

function serve(opts: Opts) {
  const root = path.resolve(opts.root);
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent((req.url || '/').split('?')[0]);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, buf) => {
      if (err) { console.log(`404 ${p}`); res.writeHead(404).end('not found'); return; }
      const type = mime.lookup(file) || 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      if (type === 'text/html') res.end(buf.toString().replace('</body>', CLIENT + '</body>'));
      else res.end(buf);
    });
  });
  const wss = new WebSocketServer({ server, path: '/__lr' });
  const broadcast = (msg: object) => wss.clients.forEach((c) => c.readyState === 1 && c.send(JSON.stringify(msg)));
  return { server, broadcast, root };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve) => {
    server.once('error', () => resolve(listen(server, port + 1)));
    server.listen(port, () => resolve(port));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { server, broadcast, root } = serve(opts);
  const port = await listen(server, opts.port);
  console.log(`  Local:  http://127.0.0.1:${port}/`);

  let building = false;
  const rebuild = (cb: () => void) => {
    if (!opts.build || building) return cb();
    building = true;
    exec(opts.build, { cwd: process.cwd() }, (err, _o, e) => {
      building = false;
      if (err) console.error(e);
      cb();
    });
  };

  chokidar.watch(root, { ignoreInitial: true, ignored: /node_modules|\.git/ }).on('all', (_ev, f) => {
    const css = f.endsWith('.css');
    rebuild(() => broadcast({ t: css ? 'css' : 'reload', f: path.relative(root, f) }));
  });

  if (opts.sync) {
    const sync = new CloudSync({ root, port, cwd: process.cwd() });
    const link = await sync.start();
    if (link) console.log(`  Share:  ${link}`);
  }
  if (opts.open) exec(`${process.platform === 'darwin' ? 'open' : 'xdg-open'} http://127.0.0.1:${port}/`);
}

main();
