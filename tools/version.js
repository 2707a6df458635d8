// The version of a build: a hash of every file in dist/ (its path and its bytes), so a new
// build of anything is a new version for the service worker, files with fixed names
// (pictures, icons, the manifest) included. The service worker's own MANIFEST line, which
// holds the version, is left out of it.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const MANIFEST_LINE = /^const MANIFEST = .*;$/m;

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesBelow(dir, name) : [name];
  }).sort();
}

/** The version of the build in `dist` (16 hex digits). */
function versionOf(dist) {
  const hash = crypto.createHash('sha256');
  for (const name of filesBelow(dist)) {
    let bytes = fs.readFileSync(path.join(dist, name));
    if (name === 'sw.js') bytes = Buffer.from(bytes.toString('utf8').replace(MANIFEST_LINE, ''));
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

module.exports = { versionOf, MANIFEST_LINE };
