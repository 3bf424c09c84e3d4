"""Helpers shared by CLI commands: one-line errors, exit codes, progress bars."""

from __future__ import annotations

import sys
from typing import NoReturn

from rhetoscope.errors import RhetoscopeError

EXIT_OK = 0
EXIT_ERROR = 1  # the (single) input could not be analysed, or bad usage
EXIT_PARTIAL = 2  # a batch finished but some items failed


def fail(err: RhetoscopeError | str, code: int = EXIT_ERROR) -> NoReturn:
    """Print one clear line to stderr and exit; never a traceback."""
    line = err.one_line() if isinstance(err, RhetoscopeError) else str(err)
    print(f"rhetoscope: error: {line}", file=sys.stderr)
    raise SystemExit(code)
