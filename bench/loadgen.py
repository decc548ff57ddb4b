"""Threaded HTTP load on 127.0.0.1, shared by the benchmarks that serve pages
through real servers (``bench_counters.py``, ``bench_load.py``).

``Load`` keeps ``connections`` client threads busy, each sending one request at a
time on a new connection (as browsers arriving one after another do, and as
gunicorn's sync workers serve them), and moves all of them between targets in
slices, so the noise of a shared machine falls on every target alike.
"""

import http.client
import socket
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import NamedTuple


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, agent, host=None):
    """GET ``path`` on a new connection; the response's status."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        headers = {"User-Agent": agent}
        if host:
            headers["Host"] = host
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def agent(number):
    """A browser's user agent, distinct per number: every request a new visitor."""
    return (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, "
        f"like Gecko) Chrome/126.0 Safari/537.36 visitor-{number}"
    )


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


class Target(NamedTuple):
    """Where a load goes: a port, the paths taken in turn, the Host header."""

    port: int
    paths: list
    host: str | None = None


@dataclass
class Tally:
    """What one target answered inside its measured slices."""

    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    milliseconds: list = field(default_factory=list)

    @property
    def rate(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def median(self):
        return statistics.median(self.milliseconds) if self.milliseconds else 0.0

    def p95(self):
        return percentile(self.milliseconds, 0.95) if self.milliseconds else 0.0


class Load:
    """``connections`` threads sending requests to whichever target is current.

    A slice is measured only once every request sent to the previous target has
    come back, and counts only the requests sent to its own target, so a slow
    server's queue does not spill into the next target's figures."""

    def __init__(self, connections):
        self.connections = connections
        self.current = None
        self.tally = None
        self.in_flight = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.sequence = 0

    def worker(self, targets):
        while not self.stop.is_set():
            with self.lock:
                name = self.current
                if name is not None:
                    self.sequence += 1
                    number = self.sequence
                    self.in_flight[name] += 1
            if name is None:
                time.sleep(0.01)
                continue
            target = targets[name]
            started = time.perf_counter()
            try:
                status = get(
                    target.port,
                    target.paths[number % len(target.paths)],
                    agent(number),
                    target.host,
                )
            except (OSError, http.client.HTTPException):
                status = None
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.in_flight[name] -= 1
                if self.current == name and self.tally is not None:
                    if status == 200:
                        self.tally.requests += 1
                        self.tally.milliseconds.append(elapsed)
                    else:
                        self.tally.errors += 1

    def settle(self, name, seconds=30):
        """Wait until only requests to ``name`` are in flight (bounded)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if all(n == 0 for key, n in self.in_flight.items() if key != name):
                    return
            time.sleep(0.01)

    def run(self, targets, rounds, slice_seconds):
        """Load each of ``targets`` (name → ``Target``) for ``rounds`` slices of
        ``slice_seconds``, the targets taking turns; a ``Tally`` per name."""
        self.in_flight = dict.fromkeys(targets, 0)
        threads = [
            threading.Thread(target=self.worker, args=(targets,))
            for _ in range(self.connections)
        ]
        for thread in threads:
            thread.start()
        totals = {name: Tally() for name in targets}
        try:
            for name in list(targets) * rounds:
                with self.lock:
                    self.current, self.tally = name, None
                self.settle(name)
                time.sleep(0.3)  # every client has sent to this target
                tally = Tally()
                with self.lock:
                    self.tally = tally
                started = time.monotonic()
                time.sleep(slice_seconds)
                with self.lock:
                    self.current, self.tally = None, None
                tally.seconds = time.monotonic() - started
                total = totals[name]
                total.requests += tally.requests
                total.errors += tally.errors
                total.seconds += tally.seconds
                total.milliseconds += tally.milliseconds
        finally:
            self.stop.set()
            for thread in threads:
                thread.join()
        return totals


def send(port, paths, count, start, connections):
    """``count`` requests over ``connections`` threads; raises on any non-200."""
    numbers = iter(range(start, start + count))
    lock = threading.Lock()
    failures = []

    def worker():
        while True:
            with lock:
                number = next(numbers, None)
            if number is None:
                return
            status = get(port, paths[number % len(paths)], agent(number))
            if status != 200:
                failures.append(status)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise RuntimeError(f"{len(failures)} requests failed: {failures[:5]}")
