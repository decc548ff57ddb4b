"""Page-load budget in a real browser (issue 15).

The example site with its demo content (``migrate``, ``nd43_scaffold --level so``,
``load_demo_content``: what ``python3 dev.py demo --setup-only`` builds) is served
by gunicorn (2 workers; static files and uploads through the development settings'
URL patterns) on a free loopback port. Debian's Chromium, driven by Playwright's
sync API, loads four pages with a throttled mobile profile:

- viewport 412 × 823 CSS px, device pixel ratio 1.75, touch (a mid-range phone);
- CPU 4 × slower (CDP ``Emulation.setCPUThrottlingRate``);
- a slow 3G network (CDP ``Network.emulateNetworkConditions``): 400 ms round-trip
  latency, 400 kbit/s down, 400 kbit/s up;
- the browser cache disabled and a fresh context per load: a first visit.

For the home page, the news listing, an article with an image and a legal
document it measures first contentful paint (``paint`` timing), largest
contentful paint (a buffered ``PerformanceObserver``) and the bytes transferred
(the sum of CDP ``Network.loadingFinished`` ``encodedDataLength``: headers and
bodies as they crossed the wire). Each page is loaded ``--rounds`` times, pages
interleaved; the table shows medians against the targets: FCP < 1.5 s,
LCP < 2.5 s, the home page under 500 KB.

The server answers each page once before the rounds, so Wagtail's renditions
exist: what is measured is the visitor's first load, not the first request
after an upload. The example site sends no compression (nginx does that in
production), so bytes are the uncompressed ones: an upper bound. ``--gzip`` puts
Django's ``GZipMiddleware`` in front, standing in for nginx's ``gzip on``.

    python bench/bench_browser.py              # 5 rounds
    python bench/bench_browser.py --smoke      # CI: one round
    python bench/bench_browser.py --gzip       # compressed, as behind nginx
    python bench/bench_browser.py --rounds 9 --cpu 4 --latency 400 --down 400

Needs ``/usr/bin/chromium`` (``apt-get install chromium``; never ``playwright
install``) and the ``browser`` extra. The migrated, empty database is kept in the
temporary directory per schema (``bench/migrated_db.py``), so a second run skips
``migrate``.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The browser tests' Chromium (``ND43_CHROMIUM`` or Debian's) and its flags.
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


MOBILE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
    "locale": "vi-VN",
    "timezone_id": "Asia/Ho_Chi_Minh",
}
#: Targets of issue 15: milliseconds, and bytes for the home page.
FCP_TARGET_MS = 1500
LCP_TARGET_MS = 2500
HOME_BYTES_TARGET = 500 * 1000

SETTINGS = """\
from example_site.settings.dev import *  # noqa: F403

MEDIA_ROOT = {media!r}
"""
GZIP = """
MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *MIDDLEWARE]  # noqa: F405
"""

#: The last largest-contentful-paint candidate, read after ``load``.
LCP_SCRIPT = """() => new Promise((resolve) => {
    new PerformanceObserver((list) => {
        const entries = list.getEntries();
        const last = entries[entries.length - 1];
        resolve({time: last.startTime, element: last.element ? last.element.tagName : ""});
    }).observe({type: "largest-contentful-paint", buffered: true});
    setTimeout(() => resolve(null), 5000);
})"""
#: First contentful paint; on a busy machine it can be reported after ``load``.
FCP_SCRIPT = """() => new Promise((resolve) => {
    const found = () => performance.getEntriesByName("first-contentful-paint")[0];
    new PerformanceObserver(() => {
        if (found()) resolve(found().startTime);
    }).observe({type: "paint", buffered: true});
    setTimeout(() => resolve(found() ? found().startTime : null), 5000);
})"""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_demo(workdir, gzip):
    """The demo site in ``workdir``: settings module, SQLite file, uploads.

    Returns the environment gunicorn needs and the paths of the four pages.
    """
    (workdir / "nd43_bench_browser_settings.py").write_text(
        SETTINGS.format(media=str(workdir / "media")) + (GZIP if gzip else ""),
        encoding="utf-8",
    )
    database = workdir / "demo.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "nd43_bench_browser_settings",
        "PYTHONPATH": os.pathsep.join(
            filter(
                None,
                [
                    str(workdir),
                    str(ROOT / "example_site"),
                    str(ROOT),
                    os.environ.get("PYTHONPATH"),
                ],
            )
        ),
        "PYTHONUNBUFFERED": "1",
    }
    os.environ.update(env)
    sys.path[:0] = env["PYTHONPATH"].split(os.pathsep)[:3]
    import django

    django.setup()
    from django.core.management import call_command
    from migrated_db import migrate_file_database

    migrate_file_database()
    quiet = open(os.devnull, "w")
    try:
        call_command("nd43_scaffold", level="so", stdout=quiet)
        call_command("load_demo_content", stdout=quiet)
    finally:
        quiet.close()
    paths = demo_paths()
    from django.db import connections

    connections.close_all()
    return env, paths


def demo_paths():
    """The four measured pages, looked up in the demo content."""
    from wagtail.models import Site

    from wagtail_nd43.models import ArticlePage, LegalDocumentPage

    site = Site.objects.get(is_default_site=True)
    news = site.root_page.get_children().get(slug="tin-tuc-su-kien")
    article = (
        ArticlePage.objects.child_of(news)
        .live()
        .filter(image__isnull=False)
        .order_by("-date", "-pk")
        .first()
    )
    document = LegalDocumentPage.objects.live().order_by("pk").first()
    return {
        "home": "/",
        "listing (news)": news.url,
        "article": article.url,
        "legal document": document.url,
    }


def serve(env, port, log_path):
    with log_path.open("w", encoding="utf-8") as log:
        return subprocess.Popen(  # noqa: S603 (our own interpreter)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "example_site.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def warm(base_url, paths, server, log_path, seconds=60):
    """Wait for the server, then request every page once (renditions get made)."""
    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            sys.exit("gunicorn exited:\n" + log_path.read_text(errors="replace"))
        try:
            with urllib.request.urlopen(base_url + "/", timeout=10) as response:  # noqa: S310
                response.read()
            break
        except OSError:
            if time.monotonic() > deadline:
                sys.exit(f"gunicorn did not answer {base_url} in {seconds}s")
            time.sleep(0.3)
    for path in paths.values():
        with urllib.request.urlopen(base_url + path, timeout=60) as response:  # noqa: S310
            response.read()


def load_once(browser, url, args):
    """One first load of ``url`` on the throttled phone: FCP, LCP (ms), bytes."""
    context = browser.new_context(**MOBILE)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        transferred = []
        cdp.on(
            "Network.loadingFinished",
            lambda event: transferred.append(event["encodedDataLength"]),
        )
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": args.latency,
                "downloadThroughput": args.down * 1000 / 8,
                "uploadThroughput": args.up * 1000 / 8,
            },
        )
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": args.cpu})
        page.goto(url, wait_until="load", timeout=120_000)
        fcp = page.evaluate(FCP_SCRIPT)
        lcp = page.evaluate(LCP_SCRIPT)
        # Late CDP events of the last responses arrive with the next round trip.
        cdp.send("Network.disable")
        return {
            "fcp": fcp,
            "lcp": lcp["time"] if lcp else None,
            "lcp_element": lcp["element"] if lcp else "",
            "bytes": sum(transferred),
            "requests": len(transferred),
        }
    finally:
        context.close()


def measure(base_url, paths, args):
    from playwright.sync_api import sync_playwright

    results = {name: [] for name in paths}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            for _round in range(args.rounds):
                for name, path in paths.items():
                    results[name].append(load_once(browser, base_url + path, args))
        finally:
            browser.close()
    return results


def verdict(value, target):
    if value is None:
        return "n/a"
    return "PASS" if value < target else "OVER"


def report(paths, results, args):
    print(
        f"\nChromium, {MOBILE['viewport']['width']}×{MOBILE['viewport']['height']} "
        f"@{MOBILE['device_scale_factor']}x, CPU {args.cpu}× slower, network "
        f"{args.latency} ms RTT / {args.down} kbit/s down / {args.up} kbit/s up, "
        f"cache off, {'gzip' if args.gzip else 'no compression'}; median of {args.rounds} first load(s). Load average "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores.\n"
    )
    header = (
        f"{'page':<16} {'FCP ms':>7} {'<1500':>5}  {'LCP ms':>7} {'<2500':>5}  "
        f"{'KB':>7} {'<500':>5}  {'req':>3}  LCP element  path"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for name, path in paths.items():
        rows = results[name]
        fcps = [row["fcp"] for row in rows if row["fcp"] is not None]
        lcps = [row["lcp"] for row in rows if row["lcp"] is not None]
        if not fcps or not lcps:
            failed = True
        fcp = statistics.median(fcps) if fcps else None
        lcp = statistics.median(lcps) if lcps else None
        size = statistics.median(row["bytes"] for row in rows)
        requests = statistics.median(row["requests"] for row in rows)
        size_verdict = verdict(size, HOME_BYTES_TARGET) if path == "/" else "-"
        print(
            f"{name:<16} {fcp or 0:>7.0f} {verdict(fcp, FCP_TARGET_MS):>5}  "
            f"{lcp or 0:>7.0f} {verdict(lcp, LCP_TARGET_MS):>5}  "
            f"{size / 1000:>7.1f} {size_verdict:>5}  {requests:>3.0f}  "
            f"{rows[-1]['lcp_element'] or '-':<11}  {path}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return failed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="one round (CI)")
    parser.add_argument("--cpu", type=float, default=4, help="CPU slowdown factor")
    parser.add_argument("--latency", type=int, default=400, help="round trip, ms")
    parser.add_argument("--down", type=int, default=400, help="kbit/s")
    parser.add_argument("--up", type=int, default=400, help="kbit/s")
    parser.add_argument(
        "--gzip", action="store_true", help="compress responses (GZipMiddleware)"
    )
    parser.add_argument("--json", help="write every load's figures to this file")
    args = parser.parse_args(argv)
    if args.smoke:
        args.rounds = 1
    if not Path(CHROMIUM).is_file():
        sys.exit(f"Chromium not found at {CHROMIUM}; apt-get install chromium")

    started = time.monotonic()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    workdir = Path(tempfile.mkdtemp(prefix="nd43-bench-browser-"))
    server = None
    try:
        env, paths = build_demo(workdir, args.gzip)
        built = time.monotonic()
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log_path = workdir / "gunicorn.log"
        server = serve(env, port, log_path)
        warm(base_url, paths, server, log_path)
        results = measure(base_url, paths, args)
        failed = report(paths, results, args)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    done = time.monotonic()
    print(
        f"\nDemo site built in {built - started:.1f}s; served and measured in "
        f"{done - built:.1f}s; {done - started:.1f}s in all."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
