"""Real servers for the tests and benchmarks that need more than Django's test
client: gunicorn started on a free loopback port and waited for, and a throw-away
PostgreSQL database the servers share. The HTTP load itself is
bench/loadgen.py's.

Used by tests/test_two_servers.py, tests/test_frontend_cache.py (Varnish) and
bench/bench_counters.py.
"""

import os
import subprocess
import sys
import time
import unittest
from pathlib import Path

from bench.loadgen import free_port, get


ROOT = Path(__file__).resolve().parent.parent


def skip_or_fail(reason):
    """Skip a test whose service is missing; in CI (``CI=true``) fail instead, so
    that a broken CI image cannot pass by skipping."""
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"CI=true but {reason}")
    raise unittest.SkipTest(reason)


def start_gunicorn(wsgi, env, workers=1, threads=1, timeout=30):
    """Start gunicorn serving ``wsgi`` with environment ``env`` on a free port;
    return ``(process, port)`` once it answers ``/``."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            wsgi,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            get(port, "/", "warmup")
            return process, port
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"gunicorn {wsgi} did not start")


def stop(*processes):
    """Terminate ``processes`` together and wait for them."""
    running = [p for p in processes if p is not None and p.poll() is None]
    for process in running:
        process.terminate()
    for process in running:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _maintenance(url):
    """A connection to the ``postgres`` database of the server of ``url``, and
    the name of the database ``url`` names."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    conn = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
        connect_timeout=2,
    )
    return conn, config["NAME"]


def create_database(url, migrated=False):
    """Create the PostgreSQL database of ``url`` unless it exists. ``migrated``: as
    a copy of a template database of the test settings' migrated schema when the
    server holds one (``tests/migrated.py``), so that ``migrate`` finds nothing to
    do; else empty."""
    conn, name = _maintenance(url)
    with conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        if exists:
            return
        template = None
        if migrated:
            from .migrated import enabled, template_like

            template = conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s LIMIT 1",
                (template_like(),),
            ).fetchone()
        if template and enabled():
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template[0]}"')
        else:
            conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(url):
    conn, name = _maintenance(url)
    with conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
