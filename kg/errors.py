"""The one exception type the CLI turns into a one-line error and a non-zero exit."""


class KgError(Exception):
    """A user-facing error: bad input, a locked or corrupt store, a bad query."""
