"""Migration 0003_requirements on a real PostgreSQL: contracts rows gain their requirements, and lose them
again on downgrade, without touching what was there."""

from __future__ import annotations

import uuid

from sqlalchemy import inspect as sa_inspect, text

from hyperagent.db.engine import MIGRATIONS, get_engine


def _config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _columns(url: str) -> set[str]:
    with get_engine(url).connect() as connection:
        return {c["name"] for c in sa_inspect(connection).get_columns("contracts")}


def test_contract_rows_gain_an_empty_requirement_list_and_lose_it_on_downgrade(scratch_database):
    from alembic import command

    _, url = scratch_database
    config = _config(url)
    command.upgrade(config, "0002_proxy")
    assert "requirements" not in _columns(url)
    workflow_id, contract_id = uuid.uuid4(), uuid.uuid4()
    with get_engine(url).begin() as connection:
        connection.execute(text("INSERT INTO workflows (id, prompt, network) VALUES (:id, 'ERC20 X', 'local')"),
                           {"id": workflow_id})
        connection.execute(text(
            "INSERT INTO contracts (id, workflow_id, name, spec, source, source_hash, file_name, compiler_version, abi,"
            " bytecode, deployed_bytecode, standard_json_input) VALUES (:id, :wid, 'X', '{\"family\": \"erc20\"}',"
            " 'contract X {}', 'h', 'X.sol', '0.8.28', '[]', '0x', '0x', '{}')"), {"id": contract_id, "wid": workflow_id})

    command.upgrade(config, "0003_requirements")
    with get_engine(url).connect() as connection:
        row = connection.execute(text("SELECT spec, requirements FROM contracts WHERE id = :id"),
                                 {"id": contract_id}).one()
    assert row.spec == {"family": "erc20"} and row.requirements == []

    command.downgrade(config, "0002_proxy")
    assert "requirements" not in _columns(url)
    with get_engine(url).connect() as connection:
        assert connection.execute(text("SELECT name FROM contracts WHERE id = :id"), {"id": contract_id}).scalar() == "X"
    command.upgrade(config, "head")
    assert "requirements" in _columns(url)
