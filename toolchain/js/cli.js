'use strict';
// A `solc`-compatible command on solcjs: the subset of the native CLI that py-solc-x, Slither
// (crytic-compile), Mythril and forge use, plus `--select-version` so the Python side asks this
// one implementation which release a pragma means.

const fs = require('fs');
const path = require('path');
const releases = require('./releases');
const { Resolver, rangesOf } = require('./imports');
const { combinedSelection, combinedOutput } = require('./combined');

const VALUE_FLAGS = new Set(['--base-path', '--include-path', '--allow-paths', '--optimize-runs', '--evm-version',
  '--combined-json', '--output-dir', '-o', '--metadata-hash', '--revert-strings', '--json-indent', '--debug-info',
  '--model-checker-engine', '--model-checker-targets', '--model-checker-timeout', '--stop-after']);

function parseArgs(argv) {
  const opts = { files: [], remappings: [], includePaths: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value = null;
    if (arg.startsWith('--') && arg.includes('=')) [arg, value] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
    if (VALUE_FLAGS.has(arg)) {
      if (value === null) {
        value = argv[++i];
        if (value === undefined) throw new releases.SolcError(`option ${arg} needs a value`);
      }
      if (arg === '--include-path') opts.includePaths.push(value);
      else opts[arg.replace(/^-+/, '')] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      opts.flags.add(arg);
    } else if (arg.includes('=') && !fs.existsSync(arg)) {
      opts.remappings.push(arg);
    } else {
      opts.files.push(arg);
    }
  }
  return opts;
}

// The name this command was called by (solc-v0.4.26, solc-0.4.26), else SOLC_VERSION, forces a
// release: a link's name is the more specific wish.
function forcedVersion() {
  const m = /^solc-v?(\d+\.\d+\.\d+)$/.exec(path.basename(process.argv[1] || ''));
  if (m) return m[1];
  return process.env.SOLC_VERSION ? process.env.SOLC_VERSION.trim().replace(/^v/, '') : null;
}

function chooseVersion(resolver, sources, origin) {
  const forced = forcedVersion();
  if (forced) {
    releases.checkKnown(forced);
    return forced;
  }
  return releases.selectFor(resolver.pragmaRanges(sources), origin);
}

function unitName(file, basePath) {
  if (file === '-') return '<stdin>';
  if (basePath && path.isAbsolute(file)) {
    const rel = path.relative(path.resolve(basePath), file);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return path.normalize(file).split(path.sep).join('/');
}

function readFileArg(file) {
  if (file === '-') return fs.readFileSync(0, 'utf8');
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new releases.SolcError(`cannot read ${file}: ${err.code || err.message}`);
  }
}

// The JSON document named by the first file argument, else on stdin.
function readJsonInput(opts, what) {
  try {
    return JSON.parse(opts.files.length ? readFileArg(opts.files[0]) : fs.readFileSync(0, 'utf8'));
  } catch (err) {
    if (err instanceof releases.SolcError) throw err;
    throw new releases.SolcError(`invalid ${what}: ${err.message}`);
  }
}

// A standard-JSON input with every imported file inlined under its source unit name: a
// self-contained input that compiles (and verifies on an explorer) with no file system.
function expandSources(opts) {
  const input = readJsonInput(opts, 'standard-JSON input');
  input.sources = input.sources || {};
  const resolver = new Resolver({ basePath: opts['base-path'], includePaths: opts.includePaths,
    remappings: (input.settings && input.settings.remappings) || [] });
  const contents = {};
  for (const [name, entry] of Object.entries(input.sources)) if (entry && typeof entry.content === 'string') contents[name] = entry.content;
  for (const [name, content] of Object.entries(resolver.closure(contents))) {
    if (!(name in input.sources)) input.sources[name] = { content };
  }
  process.stdout.write(JSON.stringify(input) + '\n');
  return 0;
}

function standardJson(opts) {
  const text = opts.files.length ? readFileArg(opts.files[0]) : fs.readFileSync(0, 'utf8');
  let input;
  try {
    input = JSON.parse(text);
  } catch (err) {
    process.stdout.write(JSON.stringify(errorOutput(`Invalid JSON supplied: ${err.message}`, 'JSONError')) + '\n');
    return 0;
  }
  const resolver = new Resolver({ basePath: opts['base-path'], includePaths: opts.includePaths,
    remappings: (input.settings && input.settings.remappings) || [] });
  const contents = {};
  for (const [name, entry] of Object.entries(input.sources || {})) {
    if (entry && entry.content === undefined && Array.isArray(entry.urls)) {
      for (const url of entry.urls) {
        const found = resolver.read(url);
        if (found.contents !== undefined) { entry.content = found.contents; delete entry.urls; break; }
      }
    }
    if (entry && typeof entry.content === 'string') contents[name] = entry.content;
  }
  let version;
  try {
    version = chooseVersion(resolver, contents, 'the input');
  } catch (err) {
    if (!(err instanceof releases.SolcError)) throw err;
    process.stdout.write(JSON.stringify(errorOutput(err.message, 'CompilerError')) + '\n');
    process.stderr.write(`Error: ${err.message}\n`);
    return 1;
  }
  let compiler;
  try {
    compiler = releases.load(version);
  } catch (err) {
    if (!(err instanceof releases.SolcError)) throw err;
    process.stdout.write(JSON.stringify(errorOutput(err.message, 'CompilerError')) + '\n');
    throw err;
  }
  let output;
  try {
    output = compiler.compile(JSON.stringify(input), { import: resolver.callback() });
  } catch (err) {
    // The wasm build can run out of memory on very large inputs: say so the way native solc reports its
    // own crashes (an InternalCompilerError in the JSON), so callers can split the input and retry.
    process.stdout.write(JSON.stringify(errorOutput(`solc ${version} crashed: ${err.message}`, 'InternalCompilerError')) + '\n');
    return 0;
  }
  process.stdout.write(output + '\n');
  return 0;
}

function errorOutput(message, type) {
  return { errors: [{ component: 'general', severity: 'error', type, message, formattedMessage: `${type}: ${message}` }] };
}

function combinedJson(opts) {
  if (!opts.files.length) throw new releases.SolcError('no input files: pass FILE.sol with --combined-json');
  const resolver = new Resolver({ basePath: opts['base-path'], includePaths: opts.includePaths, remappings: opts.remappings });
  const sources = {};
  const contents = {};
  for (const file of opts.files) {
    const name = unitName(file, opts['base-path']);
    contents[name] = readFileArg(file);
    sources[name] = { content: contents[name] };
  }
  const version = chooseVersion(resolver, contents, opts.files.join(', '));
  const fields = opts['combined-json'].split(',').map((f) => f.trim()).filter(Boolean);
  const settings = {
    optimizer: { enabled: opts.flags.has('--optimize'), runs: Number(opts['optimize-runs'] || 200) },
    outputSelection: combinedSelection(fields, version),
  };
  if (opts.remappings.length) settings.remappings = opts.remappings;
  if (opts['evm-version']) settings.evmVersion = opts['evm-version'];
  if (opts.flags.has('--via-ir') || opts.flags.has('--experimental-via-ir')) settings.viaIR = true;
  const compiler = releases.load(version);
  const output = JSON.parse(compiler.compile(JSON.stringify({ language: 'Solidity', sources, settings }),
    { import: resolver.callback() }));
  const problems = output.errors || [];
  for (const e of problems) process.stderr.write(`${e.formattedMessage || e.message}\n`);
  if (problems.some((e) => e.severity === 'error')) return 1;
  const indent = opts.flags.has('--pretty-json') ? Number(opts['json-indent'] || 2) : undefined;
  process.stdout.write(JSON.stringify(combinedOutput(output, fields, version, compiler.version()), null, indent) + '\n');
  return 0;
}

// For the Python side's project model (agents/audit/project): every unit reachable from the roots
// (file, contents, imports -> unit names, pragmas; `searched` when not found) and, per root, the
// releases satisfying its pragmas and its imports' pragmas, best first (`preferred` = the project's pins);
// `order` is that preference over every release.
// Input on stdin: {"roots": [unit names], "remappings": [...], "preferred": [...], "bundledNodeModules": bool}.
function importGraph(opts) {
  const request = readJsonInput(opts, '--import-graph input');
  const resolver = new Resolver({ basePath: opts['base-path'], includePaths: opts.includePaths,
    remappings: request.remappings || [], bundledNodeModules: request.bundledNodeModules !== false });
  const rootNames = request.roots || [];
  const units = resolver.graph(Object.fromEntries(rootNames.map((name) => [name, undefined])));
  const roots = {};
  for (const root of rootNames) {
    const closure = reachable(units, root).map((name) => units[name]);
    try {
      roots[root] = { releases: releases.candidatesFor(rangesOf(closure), request.preferred || [], root) };
    } catch (err) {
      if (!(err instanceof releases.SolcError)) throw err;
      roots[root] = { releases: [], error: err.message };
    }
  }
  const order = releases.candidatesFor([], request.preferred || []);
  process.stdout.write(JSON.stringify({ units, roots, order }) + '\n');
  return 0;
}

function reachable(units, root) {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    for (const { unit } of (units[queue.shift()] || { imports: [] }).imports) {
      if (!seen.has(unit)) { seen.add(unit); queue.push(unit); }
    }
  }
  return [...seen];
}

function selectVersion(opts) {
  const resolver = new Resolver({ basePath: opts['base-path'], includePaths: opts.includePaths, remappings: opts.remappings });
  const sources = {};
  if (opts.files.length) for (const file of opts.files) sources[unitName(file, opts['base-path'])] = readFileArg(file);
  else sources['<stdin>'] = fs.readFileSync(0, 'utf8');
  process.stdout.write(chooseVersion(resolver, sources, opts.files.join(', ') || null) + '\n');
  return 0;
}

const USAGE = `solc (HyperAgent, on solcjs)
  solc --version
  solc --standard-json [input.json] [--base-path DIR] [--include-path DIR]...
  solc [prefix=target]... FILE.sol... --combined-json abi,bin,bin-runtime,srcmap,srcmap-runtime,ast,hashes,...
       [--optimize] [--optimize-runs N] [--evm-version V] [--base-path DIR] [--include-path DIR]
  solc --select-version [FILE.sol...]   (source on stdin without files): print the release a pragma selects
  solc --expand-sources [input.json]     print the standard-JSON input with every import inlined
  solc --import-graph [--base-path DIR] [--include-path DIR]...   (request JSON on stdin: roots, remappings,
       preferred, bundledNodeModules): every reachable unit's file, imports and pragmas; each root's releases
Version: SOLC_VERSION=x.y.z or calling it as solc-vX.Y.Z forces a release; otherwise the pragma decides.
`;

function main(argv) {
  try {
    const opts = parseArgs(argv);
    if (opts.flags.has('--help') || opts.flags.has('-h')) { process.stdout.write(USAGE); return 0; }
    if (opts.flags.has('--version') || opts.flags.has('-v')) {
      const version = forcedVersion() || releases.pinnedVersion();
      releases.checkKnown(version);
      process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${releases.longVersion(version)}\n`);
      return 0;
    }
    if (opts.flags.has('--select-version')) return selectVersion(opts);
    if (opts.flags.has('--expand-sources')) return expandSources(opts);
    if (opts.flags.has('--import-graph')) return importGraph(opts);
    if (opts.flags.has('--standard-json')) return standardJson(opts);
    if (opts['combined-json']) return combinedJson(opts);
    throw new releases.SolcError('this solc supports --version, --standard-json, --combined-json and --select-version (see --help)');
  } catch (err) {
    if (!(err instanceof releases.SolcError)) throw err;
    process.stderr.write(`Error: ${err.message}\n`);
    return err instanceof releases.InstallError ? 2 : 1;
  }
}

module.exports = { main, parseArgs, forcedVersion };
