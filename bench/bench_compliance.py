"""How long the compliance checker takes, and how many queries it runs, as a site
grows.

Builds a scaffolded and fully filled site in a throwaway database, adds N item pages
spread over four sections (news, law dissemination, the work schedule and ad-hoc
press information — so the freshness and the 24-hour deadline checks both read
them), then times ``compliance.evaluate(site)``. Prints median and p95 milliseconds
and the query count; the count must not depend on N (tests/test_compliance.py pins
it at 50 and 5,000 pages).

    python bench/bench_compliance.py                  # 100,000 pages
    python bench/bench_compliance.py --pages 500      # CI smoke size
    python bench/bench_compliance.py --profile nd42 --slowest 5
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/bench_compliance.py
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

from migrated_db import throwaway_database


ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()


def build_site(pages, profile="nd43"):
    import io

    from django.core.management import call_command
    from django.test.utils import setup_test_environment
    from wagtail.models import Site

    from tests.compliance_fixture import fill_site

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command(
        "nd43_scaffold", "--level", "so", "--profile", profile, stdout=io.StringIO()
    )
    site = Site.objects.get(is_default_site=True)
    fill_site(site)
    started = time.perf_counter()
    add_item_pages(site.root_page, pages)
    print(f"built {pages} item pages in {time.perf_counter() - started:.1f} s")
    return Site.objects.get(is_default_site=True)


def add_item_pages(home, pages):
    """``pages`` live item pages under the agency ``home``, spread over four
    sections: news, law dissemination, plans and ad-hoc press information."""
    from django.utils import timezone

    from tests.bulk import bulk_create_pages
    from wagtail_nd43.models import (
        AdHocPressPage,
        ArticlePage,
        PlanDocumentPage,
        PlanningPage,
        PressReleasePage,
        SectionPage,
    )

    share = pages // 4
    today = timezone.localdate()

    def dated(n):
        return today - datetime.timedelta(days=n % 700)

    def section(model, **lookup):
        return model.objects.descendant_of(home).get(**lookup)

    common = {"lead": "Tóm tắt tin.", "author": "Văn phòng Sở", "body": "[]"}
    for key in ("tin-tuc-su-kien", "pho-bien-phap-luat"):
        bulk_create_pages(
            section(SectionPage, requirement_key=key),
            ArticlePage,
            share,
            date=dated,
            **common,
        )
    bulk_create_pages(
        section(PlanningPage),
        PlanDocumentPage,
        share,
        decision_number=lambda n: f"{n + 1}/QĐ-UBND",
        approved_date=dated,
        period_start=2021,
        period_end=2030,
        summary="",
        body="[]",
    )
    now = timezone.now()
    bulk_create_pages(
        section(AdHocPressPage),
        PressReleasePage,
        pages - 3 * share,
        date=dated,
        kind=PressReleasePage.AD_HOC,
        event_at=lambda n: now - datetime.timedelta(days=n % 300, hours=30),
        first_published_at=lambda n: now - datetime.timedelta(days=n % 300),
        **common,
    )


def measure(site, rounds):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail_nd43.compliance import evaluate

    timings, queries = [], []
    evaluate(site)  # warm up
    slowest = {}
    for _ in range(rounds):
        ContentType.objects.clear_cache()
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            report = evaluate(site)
            timings.append((time.perf_counter() - started) * 1000)
        queries.append(len(ctx.captured_queries))
        for query in ctx.captured_queries:
            sql = query["sql"]
            slowest[sql] = max(slowest.get(sql, 0.0), float(query["time"]))
    return timings, queries, report, sorted(slowest.items(), key=lambda i: -i[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--profile", default="nd43", help="Regulation profile to scaffold (nd43, nd42)."
    )
    parser.add_argument(
        "--slowest", type=int, default=0, help="Also print the N slowest queries."
    )
    args = parser.parse_args()
    if args.pages < 0 or args.rounds < 1:
        parser.error("--pages must be ≥ 0 and --rounds ≥ 1")
    setup_django()
    from django.db import connection

    db = connection.vendor
    with throwaway_database():
        site = build_site(args.pages, args.profile)
        from wagtail.models import Page

        total = Page.objects.count()
        timings, queries, report, slowest = measure(site, args.rounds)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))]
    print(
        f"database: {db}; profile: {args.profile}; pages in the tree: {total}; "
        f"rounds: {args.rounds}"
    )
    print(
        f"evaluate(): median {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms, "
        f"queries {min(queries)}–{max(queries)}; score {report.score:.2f}, "
        f"{len(report.findings)} findings"
    )
    for sql, seconds in slowest[: args.slowest]:
        print(f"  {seconds * 1000:.0f} ms  {sql[:300]}")


if __name__ == "__main__":
    main()
