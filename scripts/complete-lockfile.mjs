// The npm registry mirror on our machines has no manifests for some other platforms' builds of
// biome and turbo, so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lock. This adds the missing entries (version, os, cpu: never fetched on a platform
// they do not fit) and changes nothing else. Idempotent; .ci/run calls it before `npm ci`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const platformOf = (name) => {
  const os = /android/.test(name) ? 'android' : /darwin/.test(name) ? 'darwin' : /win32|windows/.test(name) ? 'win32' : /linux/.test(name) ? 'linux' : /freebsd/.test(name) ? 'freebsd' : null;
  const cpu = /arm64|aarch64/.test(name) ? 'arm64' : /x64|-64$/.test(name) ? 'x64' : /ia32/.test(name) ? 'ia32' : /arm/.test(name) ? 'arm' : null;
  return { os, cpu, libc: /musl/.test(name) ? 'musl' : null };
};

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os || !cpu || !/^\d+\.\d+\.\d+/.test(version)) continue; // only exact platform builds
    packages[`node_modules/${name}`] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
    added += 1;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`package-lock.json: ${added} platform entries added`);
