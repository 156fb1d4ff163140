'use strict';
// Which solc release to use and where its soljson.js lives.
// The pinned release ships in node_modules/solc; any other is fetched once from npm into the
// compiler cache ($HYPERAGENT_HOME/compilers) and loaded with the newest wrapper, which drives old
// soljson builds too. Installs go to a temp dir then rename, so parallel runs never see half a copy.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const semver = require('./semver');

const PROJECT_ROOT = process.env.HYPERAGENT_PROJECT_ROOT || path.resolve(__dirname, '..', '..');
const NODE_MODULES = path.join(path.resolve(__dirname, '..', '..'), 'node_modules');
const RELEASES = require('./solc-releases.json');
const INSTALL_TIMEOUT_MS = 90000; // under the Python side's 120 s tool timeout

class SolcError extends Error {}
// The compiler itself is missing (not the user's source): exit 2, so callers can tell the two apart.
class InstallError extends SolcError {}

function cacheDir() {
  const home = process.env.HYPERAGENT_HOME || path.join(PROJECT_ROOT, '.hyperagent');
  return path.join(path.resolve(home), 'compilers');
}

function pinnedVersion() {
  try {
    return require(path.join(NODE_MODULES, 'solc', 'package.json')).version;
  } catch (err) {
    throw new InstallError(`solcjs is missing from ${NODE_MODULES}: run \`make setup\` in ${path.dirname(NODE_MODULES)}`);
  }
}

function knownReleases() {
  return RELEASES.releases;
}

// The best release for every range (see candidatesFor), or a SolcError naming the pragma.
function selectFor(ranges, origin) {
  const fits = candidatesFor(ranges, [], origin);
  if (fits.length) return fits[0];
  const known = knownReleases();
  throw new SolcError(`no solc release satisfies pragma solidity ${ranges.join(' and ')}${origin ? ` in ${origin}` : ''} ` +
    `(known releases ${known[0]}..${known[known.length - 1]}): fix the pragma or set SOLC_VERSION=x.y.z`);
}

// Every known release satisfying all ranges, best first: the `preferred` ones (a project's pins, in
// their order), then the pinned release, then the newest. An unreadable pragma throws SolcError.
function candidatesFor(ranges, preferred = [], origin = null) {
  const pinned = pinnedVersion();
  const newestFirst = [...knownReleases()].sort((a, b) => semver.compare(semver.parseVersion(b), semver.parseVersion(a)));
  const order = [...new Set([...preferred, pinned, ...newestFirst])].filter((v) => v === pinned || knownReleases().includes(v));
  try {
    return order.filter((v) => ranges.every((r) => semver.satisfies(v, r)));
  } catch (err) {
    throw new SolcError(`cannot read pragma solidity ${ranges.join(' and ')}${origin ? ` in ${origin}` : ''}: ${err.message}`);
  }
}

function checkKnown(version) {
  if (!semver.parseVersion(version)) throw new SolcError(`invalid solc version "${version}": use x.y.z, e.g. SOLC_VERSION=0.8.28`);
  if (version !== pinnedVersion() && !knownReleases().includes(version)) {
    const known = knownReleases();
    throw new SolcError(`solc ${version} is not a known release (${known[0]}..${known[known.length - 1]}): pick another SOLC_VERSION`);
  }
}

function soljsonPath(version) {
  if (version === pinnedVersion()) return path.join(NODE_MODULES, 'solc', 'soljson.js');
  return path.join(cacheDir(), `solc-${version}`, 'soljson.js');
}

// npm pack fetches one tarball (no dependency tree): only soljson.js is needed.
function install(version) {
  checkKnown(version);
  const target = soljsonPath(version);
  if (fs.existsSync(target)) return target;
  const cache = cacheDir();
  fs.mkdirSync(cache, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cache, `.install-${version}-`));
  const spec = (RELEASES.npm_spec || {})[version] || version;
  try {
    const pack = spawnSync('npm', ['pack', `solc@${spec}`, '--pack-destination', tmp, '--silent',
      '--fetch-retries=1', '--fetch-retry-mintimeout=1000', '--fetch-retry-maxtimeout=3000',
      '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: tmp, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
    const tarball = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (pack.error || pack.status !== 0 || !tarball) {
      const why = (pack.error && pack.error.message) || firstLine(pack.stderr) || `npm exited ${pack.status}`;
      throw new InstallError(`solc ${version} is not installed and could not be fetched from npm: ${why} ` +
        `(check npm's registry access, or set SOLC_VERSION to an installed release)`);
    }
    const untar = spawnSync('tar', ['-xzf', tarball, 'package/soljson.js', 'package/package.json'],
      { cwd: tmp, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
    if (untar.status !== 0) throw new InstallError(`solc ${version}: cannot unpack ${tarball}: ${firstLine(untar.stderr)}`);
    try {
      fs.renameSync(path.join(tmp, 'package'), path.dirname(target));
    } catch (err) {
      if (!fs.existsSync(target)) throw err; // another process won the race: use its copy
    }
    return target;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// npm's most telling line: the failed request ("request to URL failed, reason: ..."), else the first.
function firstLine(text) {
  const lines = (text || '').split('\n').map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim()).filter(Boolean);
  const reason = lines.find((l) => /request to .* failed|E404|404 Not Found|ETARGET/.test(l));
  return (reason || lines[0] || '').replace(/^FetchError:\s*/, '');
}

// Old asm.js builds make V8 warn "Invalid asm.js" on stderr: harmless noise for every caller.
function quietAsmWarnings() {
  if (quietAsmWarnings.done) return;
  quietAsmWarnings.done = true;
  const original = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    if (String(warning && warning.message ? warning.message : warning).includes('asm.js')) return;
    return original.call(process, warning, ...rest);
  };
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => (String(chunk).includes('Invalid asm.js') ? true : write(chunk, ...rest));
}

function load(version) {
  const file = install(version);
  quietAsmWarnings();
  const wrapper = require(path.join(NODE_MODULES, 'solc', 'wrapper.js'));
  const compiler = wrapper(require(file));
  rememberLongVersion(version, compiler.version());
  return compiler;
}

// `solc --version` without loading wasm: the long version string is a fact per release.
function versionsFile() {
  return path.join(cacheDir(), 'long-versions.json');
}

function cachedLongVersion(version) {
  try {
    return JSON.parse(fs.readFileSync(versionsFile(), 'utf8'))[version] || null;
  } catch (err) {
    return null;
  }
}

function rememberLongVersion(version, long) {
  if (cachedLongVersion(version) === long) return;
  try {
    let known = {};
    try { known = JSON.parse(fs.readFileSync(versionsFile(), 'utf8')); } catch (err) { /* first one */ }
    known[version] = long;
    fs.mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${versionsFile()}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(known, null, 1));
    fs.renameSync(tmp, versionsFile());
  } catch (err) { /* a read-only cache only costs speed */ }
}

function longVersion(version) {
  return cachedLongVersion(version) || load(version).version();
}

module.exports = {
  SolcError, InstallError, cacheDir, pinnedVersion, knownReleases, selectFor, candidatesFor, checkKnown, install, load, longVersion,
  NODE_MODULES, PROJECT_ROOT,
};
