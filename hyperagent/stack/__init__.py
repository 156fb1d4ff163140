"""The local stack: long-lived background services (Prefect server, worker) managed by pid files."""
