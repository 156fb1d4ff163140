"""contracts.requirements: each requirement of the request with its status (issue 12).

Revision ID: 0003_requirements
Revises: 0002_proxy
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0003_requirements'
down_revision = '0002_proxy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('contracts', sa.Column('requirements', postgresql.JSONB(astext_type=sa.Text()),
                                         server_default=sa.text("'[]'::jsonb"), nullable=False))


def downgrade() -> None:
    op.drop_column('contracts', 'requirements')
