"""The one exception the ingest stage raises for a bad input."""


class InputError(ValueError):
    """A story file the studio cannot use.

    The message is one human sentence; the CLI prints it as ``error: <message>`` and exits with 2.
    """
