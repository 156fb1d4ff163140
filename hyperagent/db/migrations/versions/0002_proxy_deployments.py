"""Deployments behind a proxy: the proxy kind, the implementation's address and transaction, the ProxyAdmin.

Revision ID: 0002_proxy
Revises: 0001
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0002_proxy'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('deployments', sa.Column('proxy_kind', sa.String(length=16), nullable=True))
    op.add_column('deployments', sa.Column('implementation_address', sa.String(length=42), nullable=True))
    op.add_column('deployments', sa.Column('implementation_tx_hash', sa.String(length=66), nullable=True))
    op.add_column('deployments', sa.Column('proxy_admin', sa.String(length=42), nullable=True))


def downgrade() -> None:
    op.drop_column('deployments', 'proxy_admin')
    op.drop_column('deployments', 'implementation_tx_hash')
    op.drop_column('deployments', 'implementation_address')
    op.drop_column('deployments', 'proxy_kind')
