// A tiny HTTP server: the example workload the quickstart packs into an image.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 8080);
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('shipped with lading\n');
}).listen(port);
