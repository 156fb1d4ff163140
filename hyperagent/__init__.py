"""HyperAgent core: settings, database, toolchain runners, networks and the CLI."""

__version__ = "0.1.0"
