"""Queued execution (Celery app, task wrappers around studio.tasks): not built yet; see docs/design.md."""
