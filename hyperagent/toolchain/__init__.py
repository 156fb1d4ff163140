"""One small adapter per external tool: solc, forge, anvil, Slither, Mythril."""
