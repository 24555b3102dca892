"""Alembic environment: migrations run on the connection the job store hands over.

`JobStore` calls ``alembic upgrade head`` itself when it opens a database that is behind, so
nobody runs Alembic by hand; to write a new migration from the models:

    .venv/bin/alembic -c studio/jobs/alembic.ini revision --autogenerate -m "what changed"
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from studio.jobs.schema import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # run from the alembic command line
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
