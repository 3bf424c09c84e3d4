"""Load benchmark: N concurrent analyses of the reference document against a local server.

    python benchmarks/load.py                  # starts `rhetoscope serve` on a free port, N=8
    python benchmarks/load.py -n 16 --workers 2 --queue 16
    python benchmarks/load.py --url http://127.0.0.1:8000 --token …   # an already running server

Prints one warm-up (cold) latency, then p50/p99/max latency of the N concurrent requests, the
throughput, and the error count by code. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (p99 of 8 samples is the slowest one, as it should be)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    port: int, workers: int, queue: int, stages: str | None
) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if stages is not None:
        env["RHETOSCOPE_STAGES"] = stages
    cmd = [
        sys.executable, "-m", "rhetoscope", "serve", "--port", str(port), "--workers",
        str(workers), "--queue", str(queue), "--log-level", "warning",
    ]  # fmt: skip
    return subprocess.Popen(cmd, env=env)


def wait_ready(base: str, headers: dict[str, str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", headers=headers, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"load: the server at {base} did not answer within {timeout:.0f} s")


async def one(client: httpx.AsyncClient, base: str, text: str) -> tuple[float, str | None]:
    start = time.perf_counter()
    try:
        resp = await client.post(base + "/api/analyze", json={"text": text, "source": "load"})
    except httpx.HTTPError as exc:
        return time.perf_counter() - start, f"transport:{type(exc).__name__}"
    elapsed = time.perf_counter() - start
    if resp.status_code != 200:
        try:
            code = resp.json()["error"]["code"]
        except (ValueError, KeyError, TypeError):
            code = "?"
        return elapsed, f"{resp.status_code}:{code}"
    return elapsed, None


async def run(base: str, text: str, n: int, headers: dict[str, str], timeout: float) -> dict:
    async with httpx.AsyncClient(headers=headers, timeout=timeout) as client:
        cold, cold_err = await one(client, base, text)
        wall = time.perf_counter()
        results = await asyncio.gather(*(one(client, base, text) for _ in range(n)))
        wall = time.perf_counter() - wall
    latencies = [t for t, _ in results]
    errors = Counter(e for _, e in results if e)
    return {
        "n": n,
        "cold_s": round(cold, 3),
        "cold_error": cold_err,
        "p50_s": round(percentile(latencies, 50), 3),
        "p99_s": round(percentile(latencies, 99), 3),
        "max_s": round(max(latencies), 3),
        "wall_s": round(wall, 3),
        "docs_per_s": round(n / wall, 3),
        "errors": sum(errors.values()),
        "errors_by_code": dict(errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=8, help="concurrent analyses (default 8)")
    parser.add_argument("--url", help="use this running server instead of starting one")
    parser.add_argument("--token", default=os.environ.get("RHETOSCOPE_TOKEN"))
    parser.add_argument("--workers", type=int, default=2, help="server analysis threads")
    parser.add_argument("--queue", type=int, default=16, help="server waiting room")
    parser.add_argument("--stages", help="comma-separated stages (default: the full analysis)")
    parser.add_argument("--doc", type=Path, default=REFERENCE, help="document to send")
    parser.add_argument("--timeout", type=float, default=600.0, help="client timeout, seconds")
    parser.add_argument("--json", action="store_true", help="print the result as JSON only")
    args = parser.parse_args()

    if not args.doc.exists():
        raise SystemExit(f"load: {args.doc} not found (../shared is absent?)")
    text = args.doc.read_text(encoding="utf-8")
    headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
    server = None
    base = args.url.rstrip("/") if args.url else None
    if base is None:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(port, args.workers, args.queue, args.stages)
    try:
        wait_ready(base, headers)
        result = asyncio.run(run(base, text, args.n, headers, args.timeout))
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    result.update(
        {"doc": args.doc.name, "chars": len(text), "workers": args.workers, "cpus": os.cpu_count()}
    )
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{args.n} concurrent analyses of {args.doc.name} ({len(text):,} chars), "
            f"server workers={args.workers}, {os.cpu_count()} CPUs"
        )
        print(
            f"  cold (first request, models loading): {result['cold_s']:.2f} s"
            + (f"  [error {result['cold_error']}]" if result["cold_error"] else "")
        )
        print(
            f"  latency p50 {result['p50_s']:.2f} s · p99 {result['p99_s']:.2f} s · "
            f"max {result['max_s']:.2f} s"
        )
        print(f"  wall {result['wall_s']:.2f} s · {result['docs_per_s']:.2f} docs/s")
        print(f"  errors: {result['errors']} {result['errors_by_code'] or ''}".rstrip())
    return 1 if result["errors"] or result["cold_error"] else 0


if __name__ == "__main__":
    sys.exit(main())
