// Builds the dashboard into src/Dyad.Server/wwwroot/: one JS bundle, one stylesheet, the page and the world map.
// Everything the page needs at run time is written here, so the dashboard works with no network at all.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Dyad.Server', 'wwwroot');
const require = createRequire(import.meta.url);

// A clean folder: a file dropped from src/ must not linger in the served bundle.
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});

await copyFile(join(here, 'src', 'style.css'), join(out, 'style.css'));
// Natural Earth 1:110m countries, as packaged by world-atlas.
await copyFile(require.resolve('world-atlas/countries-110m.json'), join(out, 'countries-110m.json'));
// index.html last: MSBuild treats it as the stamp that the bundle is complete.
await copyFile(join(here, 'src', 'index.html'), join(out, 'index.html'));
