'use strict';
// Where an import's file is found, the way native solc's file loader does it: the source unit name
// under the base path (or cwd), then each include path; then node_modules of this project, so
// `@openzeppelin/...` resolves with no remapping and keeps a portable source unit name.

const fs = require('fs');
const path = require('path');
const { NODE_MODULES } = require('./releases');
const semver = require('./semver');

class Resolver {
  constructor({ basePath = null, includePaths = [], remappings = [] } = {}) {
    this.basePath = basePath ? path.resolve(basePath) : process.cwd();
    this.includePaths = includePaths.map((p) => path.resolve(p));
    this.remappings = remappings.map(parseRemapping).filter(Boolean);
  }

  candidates(name) {
    if (path.isAbsolute(name)) return [name];
    const roots = [this.basePath, ...this.includePaths, NODE_MODULES, path.join(process.cwd(), 'node_modules')];
    return [...new Set(roots.map((root) => path.join(root, name)))];
  }

  // The import callback: {contents} or {error}, never throws (the compiler reports the error).
  read(name) {
    for (const file of this.candidates(name)) {
      try {
        if (fs.statSync(file).isFile()) {
          return { contents: fs.readFileSync(file, 'utf8') };
        }
      } catch (err) { /* next candidate */ }
    }
    return { error: `File not found: ${name} (searched ${this.candidates(name).join(', ')}); ` +
      'add --base-path/--include-path or a remapping prefix=target' };
  }

  callback() {
    return (name) => this.read(name);
  }

  // The source unit name an import statement in `from` refers to (relative, then remapped).
  unitName(from, imported) {
    let name = imported;
    if (imported.startsWith('./') || imported.startsWith('../')) {
      name = path.posix.normalize(path.posix.join(path.posix.dirname(from), imported));
    }
    let best = null;
    for (const r of this.remappings) {
      if ((!r.context || from.startsWith(r.context)) && name.startsWith(r.prefix) &&
          (!best || r.prefix.length > best.prefix.length)) best = r;
    }
    return best ? best.target + name.slice(best.prefix.length) : name;
  }

  // The sources plus every file they import, transitively, by source unit name (best effort:
  // unreadable imports are left for the compiler to report).
  closure(sources) {
    const all = {};
    const queue = Object.entries(sources);
    while (queue.length) {
      const [name, content] = queue.shift();
      if (name in all || typeof content !== 'string') continue;
      all[name] = content;
      for (const imported of importsOf(content)) {
        const unit = this.unitName(name, imported);
        if (unit in all) continue;
        const found = this.read(unit);
        if (found.contents !== undefined) queue.push([unit, found.contents]);
      }
    }
    return all;
  }

  // Every pragma range of the sources and what they import.
  pragmaRanges(sources) {
    const ranges = [];
    for (const content of Object.values(this.closure(sources))) {
      for (const r of semver.pragmas(content)) if (!ranges.includes(r)) ranges.push(r);
    }
    return ranges;
  }
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

module.exports = { Resolver, parseRemapping, importsOf };
