"""Hashtags, in the usual ``#tag`` form and in the damaged form copy-paste leaves behind.

The damaged form (seen in the reference document): every ``#`` was moved to the end of the
previous line, so ``.../2058998/#\\nNATO #\\nUS #\\nLavrov`` means ``#NATO #US #Lavrov``. We read it
only as a trailing block: the line before the block ends with ``#``, every block line but the last
ends with ``#``, and every block line is a short tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "#tag" not preceded by a word char, "/" or "&" (URL fragments, HTML entities) and starting
# with a letter (so "#1" and "#" alone are not tags).
_HASHTAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w\-]*\w|[^\W\d_])")
# (a tag may open with digits before its letters: "#24HourEconomy", "#2024Elections"; a bare
# "#1" is a number)
_TAG_LINE = re.compile(r"^[ \t]*(?:#\d*[^\W\d_][\w\-]*[ \t]*)+$")
# A tag may join two names with an en dash: "Russia–EU relations".
_MANGLED_ITEM = re.compile(
    r"^[ \t]*([^\W\d_][\w\-–'’]*(?:[ \t][^\W\d_][\w\-–'’]*){0,2})[ \t]*#?[ \t]*$"
)

# The block's one line when only its first "#" moved: "Russia #Italy #Lavrov".
_PARTIAL_TAG_LINE = re.compile(r"^[ \t]*([^\W\d_][\w\-]*)((?:[ \t]+#[^\W\d_][\w\-]*)+)[ \t]*$")


@dataclass(frozen=True, slots=True)
class TagBlock:
    """A trailing block of damaged hashtags: where it starts and the tags it holds."""

    start: int  # offset of the first tag line
    marker: int  # offset of the "#" that ended the line before the block
    tags: tuple[str, ...]


def inline_hashtags(text: str) -> list[str]:
    """``#tag`` hashtags in order of first appearance, without ``#``."""
    return [m.group(1) for m in _HASHTAG.finditer(text)]


def is_tag_line(line: str) -> bool:
    return bool(_TAG_LINE.match(line))


def mangled_block(text: str) -> TagBlock | None:
    """The trailing damaged-hashtag block, or ``None`` when the text does not end with one."""
    body = text.rstrip()
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in body.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = len(lines) - 1
    tags: list[str] = []
    # Only the first "#" may have moved, the rest staying on the tags' own line: "… honest
    # dialogue.#" / "Russia #Italy #Lavrov" means "#Russia #Italy #Lavrov".
    last_offset, last = lines[-1]
    m = _PARTIAL_TAG_LINE.match(last)
    if m and len(lines) > 1:
        prev = lines[-2][1].rstrip()
        if prev.endswith("#") and not _MANGLED_ITEM.match(prev):
            first = [m.group(1)]
            return TagBlock(
                start=last_offset,
                marker=lines[-2][0] + len(prev) - 1,
                tags=tuple(first + inline_hashtags(m.group(2))),
            )
    # Walk up from the last line: the last tag may lack "#", all earlier ones must end with it.
    while i >= 1:
        offset, line = lines[i]
        m = _MANGLED_ITEM.match(line)
        if not m or (tags and not line.rstrip().endswith("#")):
            break
        if not tags and line.rstrip().endswith("#"):
            break  # a damaged block's last line has no "#" after it
        tags.append(m.group(1))
        prev = lines[i - 1][1].rstrip()
        if prev.endswith("#") and not _MANGLED_ITEM.match(prev):
            marker = lines[i - 1][0] + len(prev) - 1
            return TagBlock(start=offset, marker=marker, tags=tuple(reversed(tags)))
        i -= 1
    return None


def unique(tags: list[str]) -> tuple[str, ...]:
    """Drop repeats case-insensitively, keeping the first spelling and the order."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)
