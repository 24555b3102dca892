"""The job store's tables: jobs (one per film), tasks (one per asset attempt) and events.

Times are seconds since the epoch (floats), so SQLite and PostgreSQL hold the same values and
no time zone is ever guessed. The Alembic migrations in ``migrations/`` create these tables;
this module is what the code reads and writes through.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class JobRow(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    story: Mapped[str] = mapped_column(Text)  # absolute path of the story or screenplay
    project_dir: Mapped[str] = mapped_column(Text)  # absolute path of the project folder
    project_id: Mapped[str] = mapped_column(String(200), index=True)
    executor: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), index=True)  # queued running done failed cancelled
    stage: Mapped[str] = mapped_column(String(40), default="")
    shots_total: Mapped[int] = mapped_column(Integer, default=0)
    shots_done: Mapped[int] = mapped_column(Integer, default=0)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)  # the film's resolved settings
    error: Mapped[str | None] = mapped_column(Text, default=None)
    run_id: Mapped[str | None] = mapped_column(String(32), default=None)  # the latest run
    task_id: Mapped[str | None] = mapped_column(String(64), default=None)  # the film's own task, when queued
    created_at: Mapped[float] = mapped_column(Float)
    started_at: Mapped[float | None] = mapped_column(Float, default=None)
    finished_at: Mapped[float | None] = mapped_column(Float, default=None)


class TaskRow(Base):
    """One attempt at one asset (or one film): its lease, its deliveries, its outcome."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_asset", "project_dir", "name", "key"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the Celery task id
    job_id: Mapped[str | None] = mapped_column(String(32), index=True)
    run_id: Mapped[str | None] = mapped_column(String(32), default=None)
    name: Mapped[str] = mapped_column(String(40))  # render_keyframe, synthesize_speech, ..., film
    target: Mapped[str | None] = mapped_column(String(200), default=None)  # shot or line id
    key: Mapped[str] = mapped_column(String(64))  # the asset's cache key
    project_dir: Mapped[str] = mapped_column(Text)
    queue: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)  # kept so that a lost task can be sent again
    # queued running retrying succeeded failed dead cancelled
    state: Mapped[str] = mapped_column(String(20), index=True)
    deliveries: Mapped[int] = mapped_column(Integer, default=0)  # times a worker started it
    lost: Mapped[int] = mapped_column(Integer, default=0)  # times its worker died holding it
    retries: Mapped[int] = mapped_column(Integer, default=0)  # transient errors retried
    duplicates: Mapped[int] = mapped_column(Integer, default=0)  # deliveries skipped: held by another, or done
    holder: Mapped[str | None] = mapped_column(String(200), default=None)  # pid@host holding the lease
    worker: Mapped[str | None] = mapped_column(String(200), default=None)  # Celery node name
    lease_until: Mapped[float | None] = mapped_column(Float, default=None)
    heartbeat_at: Mapped[float | None] = mapped_column(Float, default=None)
    submitted_at: Mapped[float] = mapped_column(Float)
    started_at: Mapped[float | None] = mapped_column(Float, default=None)
    finished_at: Mapped[float | None] = mapped_column(Float, default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    run_id: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    project_id: Mapped[str | None] = mapped_column(String(200), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(200), default=None)
    message: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[int | None] = mapped_column(Integer, default=None)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    ts: Mapped[float] = mapped_column(Float)
