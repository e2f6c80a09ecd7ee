import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({
  stdin: { contents: `export * from '@bankfeeds/react'; export { createProxyClient } from '@bankfeeds/client';`, resolveDir: '/work/wt/zod-free/packages/react', loader: 'js' },
  bundle: true, minify: true, format: 'esm', write: false, metafile: true, splitting: true, outdir: '/tmp/zf-sz-out', logLevel: 'error',
  external: ['react', 'react-dom', 'react/jsx-runtime'], jsx: 'automatic',
  conditions: ['@bankfeeds/source', 'import'], mainFields: ['module','main'], loader: {'.css': 'empty'},
});
for (const f of r.outputFiles) console.log(f.path, f.contents.length, gzipSync(f.contents).length);
const o = { inputs: Object.assign({}, ...Object.entries(r.metafile.outputs).filter(([k]) => !k.includes("calendar")).map(([,v]) => v.inputs)) };
const groups = {};
for (const [k, v] of Object.entries(o.inputs)) {
  let g = k.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '');
  g = k.includes('node_modules') ? g.split('/').slice(0, g.startsWith('@') ? 2 : 1).join('/') : k.replace(/^.*packages\//,'');
  groups[g] = (groups[g] ?? 0) + v.bytesInOutput;
}
for (const [k, v] of Object.entries(groups).sort((a,b)=>b[1]-a[1]).slice(0, 90)) console.log(String(v).padStart(7), k);
console.log('--- zod files');
for (const [k, v] of Object.entries(o.inputs).filter(([k]) => k.includes('zod')).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(String(v.bytesInOutput).padStart(7), k.replace(/.*zod@[^/]+\/node_modules\//,''));
