"""Human-readable output of a Document: a self-contained HTML report and a terminal summary."""

from rhetoscope.report.html import content_security_policy, json_for_script, render_html
from rhetoscope.report.text import render_text

__all__ = ["content_security_policy", "json_for_script", "render_html", "render_text"]
