// A Hardhat project written for the audit's tests (tests/integration/test_audit_projects.py); Hardhat
// itself never runs here. Two compilers, as many real projects have: 0.7.6 for the old escrow code,
// 0.8.24 for the token built on OpenZeppelin 5 (from node_modules).
require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: {
    compilers: [
      { version: "0.7.6", settings: { optimizer: { enabled: true, runs: 200 } } },
      { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "paris" } },
    ],
  },
  paths: { sources: "./contracts", tests: "./test" },
  networks: { hardhat: { chainId: 31337 } },
};
