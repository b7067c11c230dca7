// Builds the web app when `web/dist` is missing or older than its sources, so that
// `npm start` and `npm test` on a fresh clone need no separate build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'web/dist/index.html');

/** The newest modification time of any file under the folders, skipping build output. */
function newestSource(folders) {
  let newest = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'dist' || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(folder)) walk(folder);
  return newest;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = newestSource([path.join(root, 'web'), path.join(root, 'domain')]);
if (builtAt > sourcesAt) process.exit(0);

console.log('Building the web app (web/dist)…');
const { build } = await import('vite');
await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' });
console.log('Web app built.');
