"""What the package costs per page, against a plain ``wagtail start`` site.

In one run, on one database engine and one virtualenv:

1. ``wagtail start`` makes a plain project in a temporary directory; its ``home``
   app is installed beside ``wagtail_nd43`` (``bench/overhead_settings.py``), and
   its ``HomePage`` gets ``--pages`` children: the plain site, on host
   ``plain.test``.
2. ``nd43_scaffold --hostname localhost`` builds the agency site, with a filled
   identity, a banner in each placement, an alert and ``--pages`` news articles.
3. The plain leaf page, the agency article and the agency home are requested in
   turn (interleaved, so machine noise hits all alike): in-process through
   Django's test client, then through gunicorn (2 workers) over loopback.

Prints median and p95 milliseconds, queries per page (in-process) and the ratio
of each agency page to the plain leaf. Targets (issue 15): article ≤ 1.3 ×, home
≤ 1.5 × in-process.

    python bench/bench_overhead.py --pages 200 --rounds 200
    python bench/bench_overhead.py --smoke          # CI size
    python bench/bench_overhead.py --profile "agency article"   # where it goes
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/bench_overhead.py

Without ``DATABASE_URL`` the database is an SQLite file in the temporary directory
(gunicorn's workers share it); with a PostgreSQL URL a throw-away ``test_…``
database is created and dropped.
"""

import argparse
import contextlib
import http.client
import io
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from loadgen import free_port, percentile
from migrated_db import migrate_file_database


ROOT = Path(__file__).resolve().parent.parent
PLAIN_NAME = "plainsite"
PLAIN_HOST = "plain.test"
AGENCY_HOST = "localhost"


def start_plain_project(directory):
    """``wagtail start plainsite DIR``, exactly as a developer would."""
    wagtail = Path(sys.executable).with_name("wagtail")
    command = [str(wagtail)] if wagtail.exists() else [sys.executable, "-m", "wagtail"]
    subprocess.run(  # noqa: S603
        [*command, "start", PLAIN_NAME, str(directory)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def setup_django(workdir):
    plain = workdir / "plain"
    plain.mkdir()
    start_plain_project(plain)
    os.environ["ND43_PLAIN_PROJECT"] = str(plain)
    os.environ["ND43_PLAIN_NAME"] = PLAIN_NAME
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.overhead_settings"
    os.environ["ND43_BENCH_MEDIA"] = str(workdir / "media")
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_plain_site(pages):
    from home.models import HomePage
    from wagtail.models import Site

    home = HomePage.objects.get()
    # The site the project's migration made (localhost) becomes plain.test.
    Site.objects.filter(root_page=home).update(hostname=PLAIN_HOST, port=80)
    leaf = None
    for number in range(pages):
        leaf = home.add_child(
            instance=HomePage(title=f"Trang số {number}", slug=f"trang-{number}")
        )
    return leaf


def build_agency_site(pages):
    from django.core.management import call_command
    from wagtail.models import Site

    from tests.factories import ImageFactory
    from wagtail_nd43.models import (
        AgencySettings,
        ArticlePage,
        Banner,
        SectionPage,
        SiteAlert,
    )
    from wagtail_nd43.models.banners import placement_renditions

    call_command(
        "nd43_scaffold",
        "--level",
        "so",
        "--hostname",
        AGENCY_HOST,
        "--port",
        "80",
        stdout=io.StringIO(),
    )
    site = Site.objects.get(hostname=AGENCY_HOST, port=80)
    identity = AgencySettings.for_site(site)
    identity.full_name = "Sở Thông tin và Truyền thông tỉnh Bình An"
    identity.governing_body = "Ủy ban nhân dân tỉnh Bình An"
    identity.address = "Số 1 đường Lê Lợi, thành phố Bình An"
    identity.phone = "0200 3800 000"
    identity.email = "stttt@binhan.gov.vn"
    identity.responsible_person = "Nguyễn Văn An, Giám đốc Sở"
    identity.save()
    for placement in placement_renditions():
        banner = Banner(
            title=f"Chiến dịch {placement}",
            image=ImageFactory(),
            image_alt="Biển, đảo Việt Nam",
            link_url="https://www.chinhphu.vn/",
            placement=placement,
        )
        banner.save()
        banner.save_revision().publish()
    alert = SiteAlert(title="Thông báo", text="Lịch tiếp công dân thay đổi.")
    alert.save()
    alert.save_revision().publish()
    news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
    article = None
    for number in range(pages):
        article = news.add_child(
            instance=ArticlePage(
                title=f"Tin số {number}: Sở tổ chức hội nghị triển khai nhiệm vụ",
                slug=f"tin-{number}",
                lead="Sáng nay, Sở đã tổ chức hội nghị triển khai nhiệm vụ năm mới.",
                author="Phòng Thông tin",
            )
        )
    return site.root_page, article


def build(pages):
    from django.core.management import call_command
    from django.db import connection, transaction

    if connection.vendor == "sqlite":
        migrate_file_database()
    else:
        call_command("migrate", verbosity=0, run_syncdb=True)
    with transaction.atomic():
        leaf = build_plain_site(pages)
        home, article = build_agency_site(pages)
    return {
        "plain leaf": (PLAIN_HOST, leaf.get_url_parts()[2]),
        "agency article": (AGENCY_HOST, article.get_url_parts()[2]),
        "agency home": (AGENCY_HOST, home.get_url_parts()[2]),
    }


def _path(url):
    return url if url.startswith("/") else "/" + url


def in_process(targets, rounds):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    timings = {name: [] for name in targets}
    queries = {}
    for name, (host, url) in targets.items():  # renditions, templates, caches
        for _ in range(2):
            response = client.get(_path(url), HTTP_HOST=host)
            assert response.status_code == 200, (name, response.status_code)
    for _ in range(rounds):
        for name, (host, url) in targets.items():
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(_path(url), HTTP_HOST=host)
                timings[name].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (name, response.status_code)
            queries[name] = len(captured.captured_queries)
    return timings, queries


def profile(targets, name, requests):
    """cProfile over ``requests`` test-client requests of one page, after two
    warm-up requests: where the page's time goes, by own time and by total."""
    import cProfile
    import pstats

    from django.test import Client

    client = Client()
    host, url = targets[name]
    for _ in range(2):
        client.get(_path(url), HTTP_HOST=host)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        client.get(_path(url), HTTP_HOST=host)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"profile of {requests} requests of the {name}:")
    stats.sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(40)
    stats.sort_stats("cumulative").print_stats("wagtail_nd43|chrome|pickle|cache", 80)


def gunicorn_env(database_url):
    values = dict(os.environ)
    values["DATABASE_URL"] = database_url
    values["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), values["ND43_PLAIN_PROJECT"], values.get("PYTHONPATH", "")]
    )
    return values


def wait_for(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited before answering")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer on port {port}")


@contextlib.contextmanager
def gunicorn(database_url, workers=2):
    """gunicorn serving both sites from ``database_url`` on a free loopback port;
    yields the port once it answers."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "bench.overhead_wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=gunicorn_env(database_url),
    )
    try:
        wait_for(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def through_gunicorn(targets, rounds, database_url):
    timings = {name: [] for name in targets}
    with gunicorn(database_url) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

        def get(host, url):
            connection.request("GET", _path(url), headers={"Host": host})
            response = connection.getresponse()
            response.read()
            assert response.status == 200, (host, url, response.status)

        for host, url in targets.values():  # both workers' caches and templates
            for _ in range(4):
                get(host, url)
        for _ in range(rounds):
            for name, (host, url) in targets.items():
                started = time.perf_counter()
                get(host, url)
                timings[name].append((time.perf_counter() - started) * 1000)
        connection.close()
    return timings


def report(title, timings, queries=None):
    plain = statistics.median(timings["plain leaf"])
    print(title)
    print(
        f"  {'page':16} {'median ms':>10} {'p95 ms':>9} {'× plain':>8} {'queries':>8}"
    )
    for name, values in timings.items():
        median = statistics.median(values)
        count = f"{queries[name]:8d}" if queries else f"{'':8}"
        print(
            f"  {name:16} {median:10.2f} {percentile(values, 0.95):9.2f} "
            f"{median / plain:8.2f} {count}"
        )


def database_url_for(connection, original):
    """The URL gunicorn needs to reach the database the bench built."""
    if connection.vendor == "sqlite":
        return original
    parts = urlsplit(original)
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


@contextlib.contextmanager
def sites(pages):
    """Both sites built in a temporary directory and a throw-away database; yields
    the pages to request (name → host, path) and the URL gunicorn reads them from.
    The database connection is closed first, so gunicorn's workers open their own."""
    workdir = Path(tempfile.mkdtemp(prefix="nd43_overhead_"))
    try:
        setup_django(workdir)
        from django.db import connection
        from django.test.utils import setup_test_environment

        setup_test_environment()
        original = os.environ["DATABASE_URL"]
        created = connection.vendor != "sqlite"
        if created:
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            targets = build(pages)
            database_url = database_url_for(connection, original)
            connection.close()
            yield targets, database_url
        finally:
            if created:
                connection.creation.destroy_test_db(
                    connection.settings_dict["NAME"], verbosity=0
                )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--smoke", action="store_true", help="CI size")
    parser.add_argument(
        "--no-gunicorn", action="store_true", help="measure in-process only"
    )
    parser.add_argument(
        "--profile",
        metavar="PAGE",
        choices=["plain leaf", "agency article", "agency home"],
        help="profile --rounds requests of PAGE in-process instead of measuring",
    )
    args = parser.parse_args()
    if args.smoke:
        args.pages, args.rounds = 20, 10
    if args.pages < 1 or args.rounds < 1:
        parser.error("--pages and --rounds must be ≥ 1")
    with sites(args.pages) as (targets, database_url):
        if args.profile:
            profile(targets, args.profile, args.rounds)
            return
        timings, queries = in_process(targets, args.rounds)
        served = None
        if not args.no_gunicorn:
            served = through_gunicorn(targets, args.rounds, database_url)
        from django.db import connection

        print(
            f"database: {connection.vendor}; pages per site: {args.pages}; "
            f"rounds: {args.rounds}"
        )
        report("in-process (Django test client):", timings, queries)
        if served:
            report("gunicorn, 2 workers, loopback:", served)


if __name__ == "__main__":
    main()
