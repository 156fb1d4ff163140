"""Alembic environment: migrations run from `hyperagent.db.engine.ensure_schema`, on its connection.

No alembic.ini: the caller passes the live connection in `config.attributes["connection"]`, or a URL
in the `sqlalchemy.url` option (as the `alembic` command line would).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hyperagent.db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    _run(config.attributes["connection"])
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()
