"""The `hyperagent` command line: a thin layer over the flows and agents."""
