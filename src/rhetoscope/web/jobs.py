"""Bounded analysis execution: a thread pool, a waiting room of fixed size, and a timeout.

A slot is taken before a job is queued and released only when its thread really finishes, so a
job that timed out still counts until it stops: the number of analyses in memory never exceeds
``workers + queue_size``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from rhetoscope.web.errors import AnalysisTimeoutError, ServiceBusyError

T = TypeVar("T")


class AnalysisPool:
    def __init__(self, *, workers: int, queue_size: int, timeout_s: float) -> None:
        self.workers = workers
        self.capacity = workers + queue_size
        self.timeout_s = timeout_s
        self._slots = threading.BoundedSemaphore(self.capacity)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="analysis")
        self._lock = threading.Lock()
        self._in_flight = 0

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def _release(self, _: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1
        self._slots.release()

    def submit(self, func: Callable[[], T]) -> Future[T]:
        """Queue ``func`` or raise ServiceBusyError at once when the waiting room is full."""
        if not self._slots.acquire(blocking=False):
            raise ServiceBusyError(
                f"the server is busy ({self.capacity} analyses running or queued); retry shortly"
            )
        with self._lock:
            self._in_flight += 1
        try:
            future = self._executor.submit(func)
        except RuntimeError:  # executor shut down
            self._release(Future())
            raise ServiceBusyError("the server is shutting down; retry shortly") from None
        future.add_done_callback(self._release)
        return future

    async def run(self, func: Callable[[], T]) -> T:
        future = self.submit(func)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
        except TimeoutError:
            future.cancel()  # only stops a job still queued; a running one finishes on its own
            raise AnalysisTimeoutError(
                f"the analysis took longer than {self.timeout_s:g} s and was abandoned; try a "
                "shorter text or raise --timeout"
            ) from None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
