'use strict';
// Solidity version pragmas as npm-style ranges, written here so `solc` needs no extra package.
// Why our own: a pragma is a tiny subset of npm semver (^, ~, comparators, x-ranges, hyphen
// ranges, ||), and the selection must work offline before any other compiler is installed.

function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

// "0.4" -> {parts: [0, 4], version: [0, 4, 0]}; "*" / "x" -> {parts: []}
function partial(text) {
  const pieces = text.replace(/^v/, '').split('.');
  const parts = [];
  for (const piece of pieces) {
    if (piece === '*' || piece === 'x' || piece === 'X' || piece === '') break;
    if (!/^\d+$/.test(piece)) throw new Error(`invalid version "${text}"`);
    parts.push(Number(piece));
  }
  if (parts.length > 3) throw new Error(`invalid version "${text}"`);
  const version = [parts[0] || 0, parts[1] || 0, parts[2] || 0];
  return { parts, version };
}

// The version just above everything an x-range like "0.4" or "0" covers.
function bumpPartial(parts) {
  if (parts.length === 0) return null;
  if (parts.length === 1) return [parts[0] + 1, 0, 0];
  if (parts.length === 2) return [parts[0], parts[1] + 1, 0];
  return null;
}

// One comparator -> list of [op, version] constraints that must all hold.
function comparator(op, text) {
  const { parts, version } = partial(text);
  const upper = bumpPartial(parts);
  switch (op) {
    case '^': {
      let top;
      if (version[0] > 0 || parts.length === 1) top = [version[0] + 1, 0, 0];
      else if (version[1] > 0 || parts.length === 2) top = [0, version[1] + 1, 0];
      else top = [0, 0, version[2] + 1];
      return [['>=', version], ['<', top]];
    }
    case '~': {
      const top = parts.length <= 1 ? [version[0] + 1, 0, 0] : [version[0], version[1] + 1, 0];
      return [['>=', version], ['<', top]];
    }
    case '>=': return [['>=', version]];
    case '<': return [['<', version]];
    case '>': return upper ? [['>=', upper]] : (parts.length ? [['>', version]] : [['<', [0, 0, 0]]]);
    case '<=': return upper ? [['<', upper]] : (parts.length ? [['<=', version]] : []);
    default: // '=' or bare
      if (parts.length === 0) return [];
      return upper ? [['>=', version], ['<', upper]] : [['=', version]];
  }
}

function holds([op, bound], v) {
  const c = compare(v, bound);
  return { '>=': c >= 0, '>': c > 0, '<': c < 0, '<=': c <= 0, '=': c === 0 }[op];
}

// "^0.4.24", ">=0.5.0 <0.6.0", "0.6.12", ">= 0.4.22 < 0.6", "0.4.24 - 0.5.2", "^0.4.0 || ^0.5.0"
function parseRange(text) {
  const alternatives = text.split('||').map((alt) => {
    let s = alt.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(s);
    if (hyphen) {
      const low = partial(hyphen[1]).version;
      const high = partial(hyphen[2]);
      const top = bumpPartial(high.parts);
      return [['>=', low], top ? ['<', top] : ['<=', high.version]];
    }
    const constraints = [];
    for (const token of s.split(/\s+/).filter(Boolean)) {
      const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
      constraints.push(...comparator(m[1] || '=', m[2]));
    }
    return constraints;
  });
  return alternatives;
}

function satisfies(version, range) {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  if (!v) return false;
  return parseRange(range).some((alt) => alt.every((c) => holds(c, v)));
}

// The pragma expressions of a source: every `pragma solidity ...;` outside comments.
function pragmas(source) {
  const clean = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const found = [];
  const re = /pragma\s+solidity\s+([^;]+);/g;
  let m;
  while ((m = re.exec(clean)) !== null) found.push(m[1].trim());
  return found;
}

module.exports = { parseVersion, compare, satisfies, parseRange, pragmas };
