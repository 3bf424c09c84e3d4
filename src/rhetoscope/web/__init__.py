"""The local web app and REST API (``rhetoscope serve``)."""

from rhetoscope.web.app import create_app
from rhetoscope.web.settings import Settings

__all__ = ["Settings", "create_app"]
