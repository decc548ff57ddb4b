"""A province's portal at scale: how long ``nd43_check --all-sites --store`` takes
over N agency sites of M item pages each, and how long the inspector's overview
takes to render from the stored results, with its query count (issue 20: 100
sites × 1,000 pages, under 60 s and under 1 s on PostgreSQL; the overview's
queries do not grow with the number of sites).

Builds, in a throwaway database, N department sites (``nd43_scaffold --hostname``,
filled so that every required finding is met), adds M item pages to each over
four sections as ``bench_compliance`` does, then times the command (one run per
simulated day, so the history holds several days) and the overview page.

    python bench/bench_province.py                       # 100 sites × 1,000 pages
    python bench/bench_province.py --smoke               # CI: 2 sites × 20 pages, not filled
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/bench_province.py
"""

import argparse
import datetime
import io
import statistics
import time
from unittest import mock

from bench_compliance import add_item_pages, setup_django
from migrated_db import throwaway_database


def build_sites(count, pages, fill=True):
    from django.core.management import call_command
    from django.test.utils import setup_test_environment
    from wagtail.models import Site

    from tests.compliance_fixture import fill_site

    setup_test_environment()
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    for number in range(count):
        call_command(
            "nd43_scaffold",
            "--hostname",
            f"co-quan-{number:03d}.tinh.localhost",
            "--site-name",
            f"Sở số {number}",
            "--level",
            "so",
            stdout=io.StringIO(),
        )
        site = Site.objects.get(hostname=f"co-quan-{number:03d}.tinh.localhost")
        if fill:
            fill_site(site)
        add_item_pages(site.root_page, pages)
    print(
        f"built {count} sites × {pages} item pages in "
        f"{time.perf_counter() - started:.0f} s"
    )


class QueryCounter:
    """Counts the queries run inside it (no cap, unlike CaptureQueriesContext,
    which keeps the last 9,000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def run_check(day):
    """``nd43_check --all-sites --store`` as if it were ``day``: seconds, queries."""
    from django.core.management import call_command
    from django.core.management.base import CommandError
    from django.db import connection

    counter = QueryCounter()
    with (
        mock.patch("wagtail_nd43.compliance.history.evaluation_day", return_value=day),
        connection.execute_wrapper(counter),
    ):
        started = time.perf_counter()
        try:
            call_command("nd43_check", "--all-sites", "--store", stdout=io.StringIO())
        except CommandError as error:
            if error.returncode != 1:
                raise
        took = time.perf_counter() - started
    return took, counter.count


def render_overview(rounds):
    """The overview page for a superuser: milliseconds per render, queries."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    user = get_user_model().objects.create_superuser("bench", "b@example.vn", "x")
    client = Client()
    client.force_login(user)
    url = reverse("wagtail_nd43_admin:overview")
    client.get(url)  # warm up
    timings, counts = [], []
    for _ in range(rounds):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"the overview answered {response.status_code}")
        counts.append(len(queries.captured_queries))
    return timings, counts, len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--pages", type=int, default=1000, help="Item pages per site.")
    parser.add_argument(
        "--days", type=int, default=3, help="Days of history (one run each)."
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="CI size: 2 sites × 20 pages, 2 days, sites scaffolded but not filled.",
    )
    args = parser.parse_args()
    if args.smoke:
        args.sites, args.pages, args.days, args.rounds = 2, 20, 2, 1
    if args.sites < 1 or args.pages < 0 or args.days < 1 or args.rounds < 1:
        parser.error("--sites, --days and --rounds must be ≥ 1, --pages ≥ 0")
    setup_django()
    from django.db import connection

    db = connection.vendor
    with throwaway_database():
        build_sites(args.sites, args.pages, fill=not args.smoke)
        from wagtail.models import Page

        print(
            f"database: {db}; sites: {args.sites}; item pages per site: "
            f"{args.pages}; pages in the tree: {Page.objects.count()}"
        )
        today = datetime.date.today()
        for day in range(args.days):
            took, queries = run_check(
                today - datetime.timedelta(days=args.days - 1 - day)
            )
            print(
                f"nd43_check --all-sites --store, day {day + 1}: {took:.1f} s, "
                f"{queries} queries ({queries / args.sites:.0f} per site)"
            )
        timings, counts, size = render_overview(args.rounds)
        print(
            f"overview page: median {statistics.median(timings):.0f} ms, "
            f"max {max(timings):.0f} ms, queries {min(counts)}–{max(counts)}, "
            f"{size // 1024} KiB"
        )


if __name__ == "__main__":
    main()
