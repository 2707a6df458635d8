// Minifies the JavaScript of the app in place: the glue wasm-bindgen writes for each part
// (Trunk leaves it as written: about 1.8 KB brotli more per part), boot.js (whose comments
// are for developers: about 0.5 KB brotli on every first visit), and the service worker (6.1
// KB brotli as written, 3.0 KB minified), all but its MANIFEST line, which the prerender fills
// in. Runs after the parts are in dist/ and before the prerender. (The files' names keep the
// hash of their source.)
//
// Usage: node tools/minify.js <dist>
const fs = require('fs');
const path = require('path');
const { minify } = require('terser');
const { MANIFEST_LINE } = require('./version');

const dist = path.resolve(process.argv[2] || 'dist');
// passage-<hash>.js, passage-<part>-<hash>.js, boot-<hash>.js.
const scripts = /^(passage(-[a-z]+)?|boot)-[0-9a-f]{12,16}\.js$/;

(async () => {
  for (const name of fs.readdirSync(dist).filter((file) => scripts.test(file))) {
    const file = path.join(dist, name);
    const source = fs.readFileSync(file, 'utf8');
    const result = await minify(source, { module: true, compress: true, mangle: true });
    fs.writeFileSync(file, result.code);
    console.log(`minified ${name}: ${source.length} → ${result.code.length} bytes`);
  }
  // The service worker: a classic script, minified without renaming its top-level names.
  const worker = path.join(dist, 'sw.js');
  const source = fs.readFileSync(worker, 'utf8');
  const line = MANIFEST_LINE.exec(source);
  if (!line) throw new Error('sw.js has no MANIFEST line');
  const result = await minify(source.slice(line.index + line[0].length), { module: false, compress: true, mangle: true });
  fs.writeFileSync(worker, `${line[0]}\n${result.code}\n`);
  console.log(`minified sw.js: ${source.length} → ${line[0].length + result.code.length + 2} bytes`);
})().catch((error) => {
  console.error(`minify: ${error.message}`);
  process.exit(1);
});
