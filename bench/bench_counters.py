"""Counting costs no throughput and loses no increments.

Serves an article page through gunicorn on 127.0.0.1 from PostgreSQL, with the
counters buffered in Redis, and prints:

1. **Throughput**: two identical gunicorn servers, one counting (server mode, every
   request a new visitor, so every request runs the full recording script) and one
   not (``COUNTER_MODE = "off"``), loaded in alternating slices within the same run
   by N concurrent connections. Prints requests/s of each and the ratio on/off
   (target >= 0.95).
2. **Lost increments**: N counted requests (de-duplication off, distinct
   visitors) from several gunicorn workers, then ``nd43_flush_counters``: the
   stored views must equal N exactly.
3. **Killed flushes**: the same while ``nd43_flush_counters --chunk-size 1`` is
   started again and again and killed with SIGKILL after a random delay; a last
   flush runs to completion. Prints how many kills landed mid-batch and the
   stored total, which must equal N.

    python bench/bench_counters.py                     # 64 connections, 20 s
    python bench/bench_counters.py --smoke              # CI size

Needs PostgreSQL (``DATABASE_URL``, default a database ``nd43_bench_counters`` on
127.0.0.1) and Redis (``ND43_BENCH_REDIS``, default ``redis://127.0.0.1:6379/14``).
"""

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from loadgen import Load, Target, agent, get, send


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import create_database, start_gunicorn  # noqa: E402


PYTHON = sys.executable
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/nd43_bench_counters"


def env(mode="server", dedup=1800, prefix=None):
    values = dict(os.environ)
    values.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.counter_settings",
            "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DB),
            "ND43_BENCH_MODE": mode,
            "ND43_BENCH_DEDUP": str(dedup),
            "ND43_BENCH_PREFIX": prefix or "nd43bench",
            "PYTHONPATH": str(ROOT),
        }
    )
    return values


def manage(*args, prefix=None, check=True, **kwargs):
    return subprocess.run(  # noqa: S603
        [PYTHON, "-m", "django", *args],
        cwd=ROOT,
        env=env(prefix=prefix),
        check=check,
        capture_output=True,
        text=True,
        **kwargs,
    )


SETUP = """
import io
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("nd43_scaffold", level="so", stdout=io.StringIO())
from wagtail_nd43.models import ArticlePage, SectionPage
news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
have = news.get_children().count()
for number in range(have, {pages}):
    news.add_child(instance=ArticlePage(
        title=f"Tin đo tải {{number}}", slug=f"tin-do-tai-{{number}}",
        lead="Bài viết dùng để đo tải bộ đếm.", author="Phòng Thông tin"))
print(" ".join(f"{{p.pk}}|{{p.url}}" for p in ArticlePage.objects.live().order_by("pk")[:{pages}]))
"""


def build_site(pages):
    # A copy of the test suite's migrated template when the server holds one
    # (``tests/migrated.py``; same settings, same schema): ``migrate`` then has
    # nothing to do, instead of ~20 s of migrations on PostgreSQL.
    django_setup()
    create_database(os.environ.get("DATABASE_URL", DEFAULT_DB), migrated=True)
    # One process for the three steps: each Django start-up costs seconds.
    output = manage("shell", "-c", SETUP.format(pages=pages)).stdout.split()
    pairs = [item.split("|") for item in output if "|" in item]
    return [int(pk) for pk, _url in pairs], [url for _pk, url in pairs]


def django_setup():
    """Django in this process, for reading the stored counts and Redis keys."""
    os.environ.update(env())
    import django

    django.setup()


def start_server(mode, workers, dedup=1800, prefix=None):
    return start_gunicorn(
        "bench.wsgi", env(mode=mode, dedup=dedup, prefix=prefix), workers=workers
    )


def throughput(args, paths):
    on, on_port = start_server(
        "server", args.workers, prefix=f"bench-{uuid.uuid4().hex}"
    )
    off, off_port = start_server("off", args.workers)
    try:
        tallies = Load(args.connections).run(
            {"on": Target(on_port, paths[:1]), "off": Target(off_port, paths[:1])},
            max(1, round(args.duration / args.slice / 2)),
            args.slice,
        )
        rates = {name: tally.rate for name, tally in tallies.items()}
        errors = sum(tally.errors for tally in tallies.values())
        latency = {"on": [], "off": []}
        for number in range(args.latency_rounds):  # one request at a time, alternating
            for name, port in (("on", on_port), ("off", off_port)):
                started = time.perf_counter()
                get(port, paths[0], agent(10_000_000 + number))
                latency[name].append((time.perf_counter() - started) * 1000)
    finally:
        on.terminate()
        off.terminate()
        on.wait()
        off.wait()
    ratio = rates["on"] / rates["off"]
    on_ms, off_ms = (statistics.median(latency[name]) for name in ("on", "off"))
    print(
        f"latency, one request at a time ({args.latency_rounds} each, alternating): "
        f"median counting on {on_ms:.1f} ms, off {off_ms:.1f} ms, "
        f"ratio off/on {off_ms / on_ms:.3f}"
    )
    print(f"recording cost: {recording_cost():.0f} µs per counted view (Lua, Redis)")
    print(
        f"throughput: counting on {rates['on']:.1f} req/s, off {rates['off']:.1f} "
        f"req/s, ratio {ratio:.3f} (target >= 0.95; {args.connections} connections, "
        f"{args.workers} workers, {args.duration:.0f} s interleaved in "
        f"{args.slice:.1f} s slices, errors {errors})"
    )
    return ratio


def recording_cost(rounds=2000):
    """Median microseconds of one ``RedisStore.hit`` (the whole request-path cost)."""
    django_setup()
    from datetime import date

    from django.core.cache import caches

    from wagtail_nd43.counting.store import RedisStore, redis_client

    store = RedisStore(redis_client(caches["default"]), f"bench-{uuid.uuid4().hex}")
    timings = []
    for number in range(rounds):
        started = time.perf_counter()
        store.hit(1, 1, date.today(), f"visitor{number}")
        timings.append((time.perf_counter() - started) * 1e6)
    keys = list(store.client.scan_iter(f"{store.prefix}:*"))
    store.client.delete(*keys)
    return statistics.median(timings)


def stored_views(page_ids):
    from django.db.models import Sum

    from wagtail_nd43.models import PageViewDay

    return (
        PageViewDay.objects.filter(page_id__in=page_ids).aggregate(n=Sum("views"))["n"]
        or 0
    )


def lost_increments(args, page_ids, paths, killing):
    prefix = f"bench-{uuid.uuid4().hex}"
    django_setup()
    from django.core.cache import caches

    from wagtail_nd43.counting.store import RedisStore, redis_client
    from wagtail_nd43.models import CounterFlushBatch

    # A new prefix: nothing is pending under it yet, so no flush is needed first.
    store = RedisStore(redis_client(caches["default"]), prefix)
    before = stored_views(page_ids)
    server, port = start_server("server", args.workers, dedup=0, prefix=prefix)
    kills = mid_batch = 0
    stop = threading.Event()

    def killer():
        # Start a flush, wait until it has committed a chunk of a batch (it is
        # then applying the batch, one chunk per transaction), let it run a random
        # few milliseconds more, and kill it.
        nonlocal kills, mid_batch
        while not stop.is_set():
            committed = CounterFlushBatch.objects.count()
            flusher = subprocess.Popen(  # noqa: S603
                [PYTHON, "-m", "django", "nd43_flush_counters", "--chunk-size", "1"],
                cwd=ROOT,
                env=env(prefix=prefix),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.time() + 120  # start-up is slow on a saturated CPU
            while (
                CounterFlushBatch.objects.count() == committed
                and flusher.poll() is None
                and time.time() < deadline
            ):
                time.sleep(0.005)
            time.sleep(random.uniform(0, 0.05))
            flusher.send_signal(signal.SIGKILL)
            flusher.wait()
            kills += 1
            if store.pending_batches():
                mid_batch += 1

    try:
        thread = threading.Thread(target=killer) if killing else None
        if thread:
            thread.start()
        started = time.time()
        send(port, paths, args.requests, 1_000_000 if killing else 0, args.connections)
        elapsed = time.time() - started
        if thread:
            while kills < args.min_kills:
                time.sleep(0.2)
            stop.set()
            thread.join()
    finally:
        server.terminate()
        server.wait()
    result = manage("nd43_flush_counters", prefix=prefix)
    stored = stored_views(page_ids) - before
    label = "with flushes killed by SIGKILL" if killing else "clean flush"
    extra = f", {kills} flushes killed ({mid_batch} mid-batch)" if killing else ""
    print(
        f"lost increments ({label}): sent {args.requests} counted requests from "
        f"{args.workers} workers in {elapsed:.1f} s over {len(paths)} pages{extra}; "
        f"stored {stored}; lost {args.requests - stored}"
    )
    print("  last flush: " + result.stdout.strip())
    keys = list(store.client.scan_iter(f"{store.prefix}:*"))
    if keys:
        store.client.delete(*keys)
    return stored == args.requests


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--slice", type=float, default=2)
    parser.add_argument("--latency-rounds", type=int, default=100)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--min-kills", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="small sizes for CI")
    parser.add_argument("--only", choices=["throughput", "lost", "killed"])
    args = parser.parse_args()
    if args.smoke:
        args.connections, args.duration, args.slice = 8, 2, 1
        args.latency_rounds = 5
        args.workers, args.requests, args.pages, args.min_kills = 2, 150, 20, 1
    page_ids, paths = build_site(args.pages)
    ratio = clean = killed = None
    if args.only in (None, "throughput"):
        ratio = throughput(args, paths)
    if args.only in (None, "lost"):
        clean = lost_increments(args, page_ids, paths, killing=False)
    if args.only in (None, "killed"):
        killed = lost_increments(args, page_ids, paths, killing=True)
    if clean is False or killed is False:
        sys.exit("FAILED: increments were lost or counted twice")
    if not args.smoke and ratio is not None and ratio < 0.95:
        print("note: throughput ratio below the 0.95 target")


if __name__ == "__main__":
    main()
