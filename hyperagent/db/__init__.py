"""PostgreSQL: the embedded default server, the engine, the schema and its migrations, the writes."""
