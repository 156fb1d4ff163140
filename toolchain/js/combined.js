'use strict';
// `--combined-json` in the native CLI's shape, built from a standard-JSON compile. The shape moved
// with releases and tools check for it: before 0.8.0, abi/userdoc/devdoc/storage-layout are JSON
// strings; the AST is the legacy one unless `compact-format` is asked for (or from 0.8.10 on).

const semver = require('./semver');
const { SolcError } = require('./releases');

const CONTRACT_FIELDS = {
  abi: ['abi'],
  bin: ['evm.bytecode.object'],
  'bin-runtime': ['evm.deployedBytecode.object'],
  srcmap: ['evm.bytecode.sourceMap'],
  'srcmap-runtime': ['evm.deployedBytecode.sourceMap'],
  hashes: ['evm.methodIdentifiers'],
  opcodes: ['evm.bytecode.opcodes'],
  asm: ['evm.legacyAssembly'],
  metadata: ['metadata'],
  userdoc: ['userdoc'],
  devdoc: ['devdoc'],
  'storage-layout': ['storageLayout'],
  'generated-sources': ['evm.bytecode.generatedSources'],
  'generated-sources-runtime': ['evm.deployedBytecode.generatedSources'],
  'function-debug': ['evm.bytecode.functionDebugData'],
  'function-debug-runtime': ['evm.deployedBytecode.functionDebugData'],
};
const SOURCE_FIELDS = new Set(['ast', 'compact-format']);
const STRING_BEFORE_08 = new Set(['abi', 'userdoc', 'devdoc', 'storage-layout']);

function atLeast(version, target) {
  return semver.compare(semver.parseVersion(version), semver.parseVersion(target)) >= 0;
}

function legacyAst(fields, version) {
  return !fields.includes('compact-format') && !atLeast(version, '0.8.0');
}

function combinedSelection(fields, version) {
  const perContract = [];
  for (const field of fields) {
    if (CONTRACT_FIELDS[field]) perContract.push(...CONTRACT_FIELDS[field]);
    else if (!SOURCE_FIELDS.has(field)) throw new SolcError(`Invalid option to --combined-json: ${field}`);
  }
  const perSource = [];
  if (fields.includes('ast')) perSource.push(legacyAst(fields, version) ? 'legacyAST' : 'ast');
  return { '*': { '': perSource, '*': perContract } };
}

function pick(object, dotted) {
  return dotted.split('.').reduce((o, key) => (o == null ? undefined : o[key]), object);
}

function combinedOutput(output, fields, version, longVersion) {
  const stringify = !atLeast(version, '0.8.0');
  const contracts = {};
  for (const [file, byName] of Object.entries(output.contracts || {})) {
    for (const [name, data] of Object.entries(byName)) {
      const entry = {};
      for (const field of fields) {
        if (!CONTRACT_FIELDS[field]) continue;
        let value = pick(data, CONTRACT_FIELDS[field][0]);
        if (value === undefined) value = field === 'hashes' || field === 'asm' ? {} : '';
        if (stringify && STRING_BEFORE_08.has(field) && typeof value !== 'string') value = JSON.stringify(value);
        entry[field] = value;
      }
      contracts[`${file}:${name}`] = entry;
    }
  }
  const sources = {};
  const ids = [];
  for (const [file, data] of Object.entries(output.sources || {})) {
    ids.push([data.id === undefined ? ids.length : data.id, file]);
    const entry = {};
    if (fields.includes('ast')) entry.AST = legacyAst(fields, version) ? (data.legacyAST || data.ast) : data.ast;
    if (data.id !== undefined) entry.id = data.id;
    sources[file] = entry;
  }
  const sourceList = ids.sort((a, b) => a[0] - b[0]).map(([, file]) => file);
  return { contracts, sourceList, sources, version: longVersion };
}

module.exports = { combinedSelection, combinedOutput, CONTRACT_FIELDS };
