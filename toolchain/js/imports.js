'use strict';
// Source unit names and the file loader, the way native solc does them:
// - an import path starting with `./` or `../` is applied to the importing unit's name (its directory,
//   then each segment; a `..` above the top is dropped), anything else is used as it is;
// - remappings then rewrite the name (the longest matching context wins, then the longest prefix);
// - the loader looks the name up under the base path (or cwd), then each include path; then
//   node_modules of this project (unless asked not to), so `@openzeppelin/...` needs no remapping.
// The same resolver serves the compiler's import callback and `--import-graph`, so the Python side
// sees exactly the files the compiler will.

const fs = require('fs');
const path = require('path');
const { NODE_MODULES } = require('./releases');
const semver = require('./semver');

class Resolver {
  constructor({ basePath = null, includePaths = [], remappings = [], bundledNodeModules = true } = {}) {
    this.basePath = basePath ? path.resolve(basePath) : process.cwd();
    this.includePaths = includePaths.map((p) => path.resolve(p));
    this.remappings = remappings.map(parseRemapping).filter(Boolean);
    this.bundledNodeModules = bundledNodeModules;
  }

  candidates(name) {
    if (path.isAbsolute(name)) return [name];
    const roots = [this.basePath, ...this.includePaths];
    if (this.bundledNodeModules) roots.push(NODE_MODULES, path.join(process.cwd(), 'node_modules'));
    return [...new Set(roots.map((root) => path.join(root, name)))];
  }

  // {file, contents} for the first candidate that is a file, else {searched}.
  locate(name) {
    const searched = this.candidates(name);
    for (const file of searched) {
      try {
        if (fs.statSync(file).isFile()) return { file, contents: fs.readFileSync(file, 'utf8') };
      } catch (err) { /* next candidate */ }
    }
    return { searched };
  }

  // The import callback: {contents} or {error}, never throws (the compiler reports the error).
  read(name) {
    const found = this.locate(name);
    if (found.contents !== undefined) return { contents: found.contents };
    return { error: `File not found: ${name} (searched ${found.searched.join(', ')}); ` +
      'add --base-path/--include-path or a remapping prefix=target' };
  }

  callback() {
    return (name) => this.read(name);
  }

  // The source unit name an import statement in unit `from` refers to (relative, then remapped).
  unitName(from, imported) {
    return applyRemapping(this.remappings, relativeImport(from, imported), from);
  }

  // Every unit reachable from `roots` ({name: contents or undefined}): where its file is, what it
  // imports (import path -> unit name), its pragmas; a unit that cannot be found has `searched`.
  graph(roots) {
    const units = {};
    const queue = Object.entries(roots);
    while (queue.length) {
      const [name, given] = queue.shift();
      if (name in units) continue;
      const found = typeof given === 'string' ? { file: null, contents: given } : this.locate(name);
      if (found.contents === undefined) {
        units[name] = { path: null, searched: found.searched, imports: [], pragmas: [] };
        continue;
      }
      const imports = importsOf(found.contents).map((imported) => ({ import: imported, unit: this.unitName(name, imported) }));
      units[name] = { path: found.file, imports, pragmas: semver.pragmas(found.contents), contents: found.contents };
      for (const { unit } of imports) if (!(unit in units)) queue.push([unit, undefined]);
    }
    return units;
  }

  // The sources plus every file they import, transitively, by source unit name (unreadable imports
  // are left for the compiler to report).
  closure(sources) {
    const all = {};
    for (const [name, unit] of Object.entries(this.graph(sources))) if (unit.contents !== undefined) all[name] = unit.contents;
    return all;
  }

  // Every pragma range of the sources and what they import.
  pragmaRanges(sources) {
    return rangesOf(Object.values(this.graph(sources)));
  }
}

function rangesOf(units) {
  const ranges = [];
  for (const unit of units) for (const r of unit.pragmas) if (!ranges.includes(r)) ranges.push(r);
  return ranges;
}

// libsolutil's absolutePath: only `./...` and `../...` are relative to the importing unit.
function relativeImport(from, imported) {
  const segments = imported.split('/');
  if (segments[0] !== '.' && segments[0] !== '..') return imported;
  const result = from.split('/');
  result.pop();
  for (const segment of segments) {
    if (segment === '..') {
      if (result.length > 1 || (result.length === 1 && result[0] !== '')) result.pop();
    } else if (segment !== '.' && segment !== '') {
      result.push(segment);
    }
  }
  return result.join('/');
}

// CompilerStack::applyRemapping: the remapping with the longest context that prefixes the importing
// unit wins, then the longest prefix of the import; among equals, the last one given.
function applyRemapping(remappings, name, from) {
  let best = null;
  let longestContext = 0;
  let longestPrefix = 0;
  for (const r of remappings) {
    if (r.context.length < longestContext) continue;
    if (!from.startsWith(r.context)) continue;
    if (r.prefix.length < longestPrefix && r.context.length === longestContext) continue;
    if (!name.startsWith(r.prefix)) continue;
    longestContext = r.context.length;
    longestPrefix = r.prefix.length;
    best = r;
  }
  return best ? best.target + name.slice(best.prefix.length) : name;
}

function parseRemapping(text) {
  const m = /^(?:([^:=]*):)?([^=]+)=(.*)$/.exec(text);
  if (!m) return null;
  return { context: m[1] || '', prefix: m[2], target: m[3] };
}

function importsOf(source) {
  const clean = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const found = [];
  const re = /\bimport\s+(?:[^'";]*?\bfrom\s+)?["']([^"']+)["']/g;
  let m;
  while ((m = re.exec(clean)) !== null) found.push(m[1]);
  return found;
}

module.exports = { Resolver, parseRemapping, importsOf, relativeImport, applyRemapping, rangesOf };
