"""The web preview gallery (``studio serve``): projects, storyboards, every take with its verdict,
live progress, and the decisions a person makes (approve, reject with a note, re-render).

Read-only over project folders as ``studio make`` and ``studio batch`` leave them; what a person
decides goes through ``studio.decisions`` and is honoured by every later run.
"""
