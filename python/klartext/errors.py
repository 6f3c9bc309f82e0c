"""The exceptions klartext raises, one per kind of failure.

They mirror the library's Status codes and the command's exit codes
(doc/cli.md); the message is the one `klartext extract` prints.
"""


class Error(Exception):
    """Base of every klartext error."""


class InvalidArgumentError(Error, ValueError):
    """The call asked for something that cannot be done (a bad option)."""


class IoError(Error, OSError):
    """A file could not be opened or read."""


class UnsupportedInputError(Error):
    """Input in a form klartext does not handle: binary data, an image."""


class TooLargeError(Error):
    """Input beyond the size limit (256 MiB per page)."""


class NoContentError(Error):
    """The input was read but holds no article text."""


class CorruptInputError(Error):
    """A malformed container: a broken WARC record, bad gzip."""
