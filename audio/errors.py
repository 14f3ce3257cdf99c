"""One exception hierarchy: everything a user can cause or fix.

The CLI turns a PapercastError into a one-line ``Error: …`` and a non-zero
exit; anything else is a bug and keeps its traceback.
"""


class PapercastError(Exception):
    """A problem the user can act on; its message is one line for them."""


class InputError(PapercastError):
    """The article cannot be read or has nothing to say."""


class TooLongError(InputError):
    """An article longer than the hours of audio allowed (--max-hours, max_hours)."""


class VoiceError(PapercastError):
    """A voice profile is missing or invalid."""


class OutputError(PapercastError):
    """An output cannot be written where it was asked for."""


class EngineError(PapercastError):
    """A native part (espeak-ng, ffmpeg) is missing or failed."""


class FetchError(PapercastError):
    """A web page or feed could not be fetched: ``URL: what went wrong``."""


def path_error(
    path: object, reason: str, kind: type[PapercastError] = InputError
) -> PapercastError:
    """An error naming the file first, as ``path: reason``."""
    return kind(f"{path}: {reason}")
