"""How fast the public pages render as content grows.

Builds a scaffolded site in a throwaway database, adds N articles to the news
section, then times the home page, the news listing and an article through Django's
test client (no network), interleaving the URLs so machine noise hits all alike.
Prints median and p95 milliseconds and the query count of each URL; a query count
that grows with N is a bug (tests/test_pages.py pins it).

    python bench/bench_pages.py --articles 2000 --rounds 30
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test python bench/bench_pages.py

CI runs it at smoke size (``--articles 50 --rounds 5``).
"""

import argparse
import io
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


def build_site(articles):
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    from wagtail_nd43.models import ArticlePage, SectionPage

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("nd43_scaffold", "--level", "so", stdout=io.StringIO())
    news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
    started = time.perf_counter()
    for number in range(articles):
        news.add_child(
            instance=ArticlePage(
                title=f"Tin số {number}: Sở tổ chức hội nghị triển khai nhiệm vụ",
                slug=f"tin-{number}",
                lead="Sáng nay, Sở đã tổ chức hội nghị triển khai nhiệm vụ năm mới.",
                author="Phòng Thông tin",
            )
        )
    print(f"built {articles} articles in {time.perf_counter() - started:.1f} s")
    article = ArticlePage.objects.order_by("pk").first()
    return ["/", news.url] + ([article.url] if article else [])


def measure(urls, rounds):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    timings = {url: [] for url in urls}
    queries = {}
    for url in urls:  # warm up caches and templates
        client.get(url)
    for _ in range(rounds):
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                response = client.get(url)
                timings[url].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries[url] = len(ctx.captured_queries)
    return timings, queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    if args.articles < 0 or args.rounds < 1:
        parser.error("--articles must be ≥ 0 and --rounds ≥ 1")
    setup_django()
    from django.db import connection

    db = connection.vendor
    with throwaway_database():
        urls = build_site(args.articles)
        timings, queries = measure(urls, args.rounds)
    print(f"database: {db}; articles: {args.articles}; rounds: {args.rounds}")
    print(f"{'url':40} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
    for url, values in timings.items():
        values = sorted(values)
        p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
        print(
            f"{url[:40]:40} {statistics.median(values):10.1f} {p95:10.1f} "
            f"{queries[url]:8d}"
        )


if __name__ == "__main__":
    main()
