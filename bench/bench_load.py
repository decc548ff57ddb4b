"""Requests per second under concurrent load: plain Wagtail, the agency site, and
the agency site behind Varnish.

In one run, on one database and one gunicorn (2 workers), with the sites
``bench_overhead.py`` builds:

1. **plain Wagtail**: the leaf page of a plain ``wagtail start`` site;
2. **agency, gunicorn**: the agency article and home page, straight from gunicorn;
3. **agency, Varnish**: the same pages through Varnish with the documented
   configuration (``example_site/deploy/varnish.vcl``) in front of that gunicorn.

Each number of ``--clients`` (threads on 127.0.0.1, each sending one request at a
time on a new connection, every request a new visitor) loads the three set-ups in
turn, in slices of ``--slice`` seconds, until each has had ``--duration`` seconds:
the noise of a shared machine falls on all three alike. A slice starts once the
previous set-up's requests have all come back. Prints requests, errors,
requests/s, p50 and p95 milliseconds per set-up and number of clients.

    python bench/bench_load.py                          # 64 and 256 clients, 10 s each
    python bench/bench_load.py --clients 64 --duration 20
    python bench/bench_load.py --smoke                  # CI size

The load generator runs on the same machine as the servers (loopback only), so
figures are what the machine does with both; compare set-ups within a run.
Needs varnishd (``apt-get install varnish``). Database as in ``bench_overhead.py``:
an SQLite file, or a throw-away database of ``DATABASE_URL``'s server.
"""

import argparse
import contextlib
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_overhead import AGENCY_HOST, PLAIN_HOST, ROOT, _path, gunicorn, sites
from loadgen import Load, Target, free_port


VCL = ROOT / "example_site" / "deploy" / "varnish.vcl"


def varnishd():
    found = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not os.path.exists(found):
        sys.exit("varnishd is not installed (apt-get install varnish)")
    return found


@contextlib.contextmanager
def varnish(backend_port):
    """Varnish with the deployment's VCL in front of ``backend_port``; yields its
    port once it answers."""
    workdir = Path(tempfile.mkdtemp(prefix="nd43_load_varnish_"))
    vcl = workdir / "site.vcl"
    vcl.write_text(VCL.read_text().replace('"8000"', f'"{backend_port}"'))
    os.chmod(workdir, 0o755)  # noqa: S103 (varnishd reads it as its own user)
    os.chmod(vcl, 0o644)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            *[varnishd(), "-F", "-a", f"127.0.0.1:{port}", "-f", str(vcl)],
            *["-n", str(workdir / "state"), "-s", "malloc,64m"],
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("varnishd did not start") from None
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def warm(setups):
    """Every page of every set-up requested until it answers 200 (templates,
    caches, both workers); through Varnish, until it answers from the cache.
    Returns the set-ups whose pages Varnish did not keep."""
    uncached = set()
    for name, target in setups.items():
        for path in target.paths:
            for _ in range(4):
                connection = http.client.HTTPConnection(
                    "127.0.0.1", target.port, timeout=30
                )
                connection.request("GET", path, headers={"Host": target.host})
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status != 200:
                    sys.exit(f"{name} {path}: HTTP {response.status}")
            if "Varnish" in name and response.getheader("X-Cache") != "HIT":
                uncached.add(name)
    return uncached


def report(rows):
    print(
        f"{'set-up':18} {'clients':>7} {'requests':>9} {'errors':>6} "
        f"{'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
    )
    for name, clients, tally in rows:
        print(
            f"{name:18} {clients:7d} {tally.requests:9d} {tally.errors:6d} "
            f"{tally.rate:8.1f} {tally.median():8.1f} {tally.p95():8.1f}"
        )


def client_counts(text):
    counts = [int(part) for part in text.split(",") if part.strip()]
    if not counts or min(counts) < 1 or max(counts) > 1024:
        raise argparse.ArgumentTypeError("numbers of clients from 1 to 1024")
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--clients",
        type=client_counts,
        default=[64, 256],
        help="comma-separated numbers of concurrent clients (default 64,256)",
    )
    parser.add_argument(
        "--duration", type=float, default=10, help="seconds per set-up and clients"
    )
    parser.add_argument("--slice", type=float, default=2, help="seconds per turn")
    parser.add_argument("--pages", type=int, default=200, help="pages per site")
    parser.add_argument(
        "--counting",
        choices=["beacon", "server"],
        default="beacon",
        help="COUNTER_MODE of the sites (default beacon, as behind a proxy; server "
        "counts every request in the page's response: give it ND43_BENCH_REDIS "
        "and PostgreSQL, SQLite locks under the writes)",
    )
    parser.add_argument("--smoke", action="store_true", help="CI size")
    args = parser.parse_args()
    if args.smoke:
        args.clients, args.duration, args.slice, args.pages = [8], 1.5, 1.5, 5
    os.environ["ND43_BENCH_COUNTER_MODE"] = args.counting
    if not 0 < args.duration <= 600 or not 0 < args.slice <= args.duration:
        parser.error("--duration from 0 to 600 s, --slice at most --duration")
    rounds = max(1, round(args.duration / args.slice))
    load_before = os.getloadavg()
    with (
        sites(args.pages) as (pages, database_url),
        gunicorn(database_url) as port,
        varnish(port) as cached,
    ):
        agency = [
            _path(path) for name, (_host, path) in pages.items() if "agency" in name
        ]
        setups = {
            "plain Wagtail": Target(port, [_path(pages["plain leaf"][1])], PLAIN_HOST),
            "agency, gunicorn": Target(port, agency, AGENCY_HOST),
            "agency, Varnish": Target(cached, agency, AGENCY_HOST),
        }
        uncached = warm(setups)
        rows = []
        for clients in args.clients:
            tallies = Load(clients).run(setups, rounds, args.slice)
            rows += [(name, clients, tally) for name, tally in tallies.items()]
        from django.db import connection

        vendor = connection.vendor
    print(
        f"database: {vendor}; counting: {args.counting}; gunicorn 2 workers; "
        f"pages per site: {args.pages}; "
        f"{rounds} × {args.slice:g} s per set-up and clients; {os.cpu_count()} CPUs; "
        "load average before {:.1f}, after {:.1f}".format(
            load_before[0], os.getloadavg()[0]
        )
    )
    report(rows)
    for name in sorted(uncached):
        print(f"note: {name} did not answer from its cache after warming up")
    if any(tally.requests == 0 for _name, _clients, tally in rows):
        sys.exit("FAILED: a set-up answered no request")


if __name__ == "__main__":
    main()
