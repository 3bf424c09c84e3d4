"""Claims: sentences worth fact-checking, their type, and the numbers and dates they contain.

Importing this package loads no model; the check-worthiness scorer loads on first use.
"""

from __future__ import annotations
