"""The attack table of issue 16: hostile requests against a served site, 5xx counted.

Reads the public URLs from the site's ``/sitemap.xml`` (plus the search, the
question form, the ticket lookup, the leaders' schedule weeks and the beacon), then
sends, with a few concurrent connections:

- every hostile value (NUL bytes, quotes, huge numbers, years 0 and 10000,
  5,000-character strings, Unicode digits, FTS operators...) in every public GET
  parameter of every URL;
- out-of-range path values (weeks 0001-01, 9999-52, ids past 2³¹);
- PUT, DELETE and PATCH on every URL;
- hostile form posts (missing/garbage fields, NUL bytes, huge bodies) and beacons;
- requests with spoofed ``X-Forwarded-For`` headers.

Prints one row per kind of attack (requests, 2xx, 3xx, 4xx, 5xx) and the URLs that
answered 5xx, and exits 1 if any did.

    python bench/attack_public.py --url http://127.0.0.1:8000
"""

import argparse
import collections
import http.client
import random
import re
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_inputs import HOSTILE, PARAMETERS  # noqa: E402


BAD_WEEKS = ["0001-01", "9999-52", "9999-53", "0000-00", "2025-53", "2026-99"]


class Target:
    def __init__(self, base):
        parsed = urllib.parse.urlsplit(base)
        self.host = parsed.hostname
        self.port = parsed.port or 80
        self.local = threading.local()
        self.results = collections.defaultdict(collections.Counter)
        self.failures = []
        self.lock = threading.Lock()

    def connection(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(
                self.host, self.port, timeout=60
            )
        return conn

    def send(self, kind, method, path, body=None, headers=None):
        headers = {"User-Agent": "Mozilla/5.0 nd43-attack", **(headers or {})}
        for attempt in range(2):
            conn = self.connection()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                break
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt:
                    status = 599  # the server dropped the connection: count as 5xx
        with self.lock:
            self.results[kind][f"{status // 100}xx"] += 1
            self.results[kind]["requests"] += 1
            if status >= 500:
                self.failures.append((kind, method, path[:200], status))
        return status

    def get_text(self, path):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        conn.request("GET", path, headers={"User-Agent": "Mozilla/5.0 nd43-attack"})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")


def public_paths(target):
    status, text = target.get_text("/sitemap.xml")
    if status != 200:
        raise SystemExit(f"/sitemap.xml answered {status}")
    paths = set()
    for location in re.findall(r"<loc>([^<]+)</loc>", text):
        paths.add(urllib.parse.urlsplit(location).path)
    paths.update(("/nd43/search/", "/search/"))
    return sorted(paths)


def quote_query(params):
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def attacks(paths):
    for path in paths:
        for value in HOSTILE:
            yield (
                "hostile GET parameters",
                "GET",
                path + "?" + quote_query(dict.fromkeys(PARAMETERS, value)),
            )
        for name in PARAMETERS:
            yield (
                "one hostile parameter",
                "GET",
                path + "?" + quote_query({name: "\x00" + '"' + "9" * 30}),
            )
        for method in ("PUT", "DELETE", "PATCH"):
            yield "other methods", method, path
        yield (
            "spoofed X-Forwarded-For",
            "GET",
            path,
            None,
            {"X-Forwarded-For": "1.2.3.4, \x00, unknown, 999.0.0.1"},
        )
    schedules = [p for p in paths if "lich-lam-viec" in p]
    for schedule in schedules:
        for week in BAD_WEEKS:
            yield "out-of-range paths", "GET", f"{schedule}tuan/{week}/"
            yield "out-of-range paths", "GET", f"{schedule}tuan/{week}/in/"
        yield "out-of-range paths", "GET", f"{schedule}ical/99999999999999999999/"
    forms = [p for p in paths if p.endswith(("/gui-cau-hoi/", "/tra-cuu/"))]
    forms += [p + "gui-cau-hoi/" for p in paths if p.rstrip("/").endswith("hoi-dap")]
    forms += [p + "tra-cuu/" for p in paths if p.rstrip("/").endswith("hoi-dap")]
    form_bodies = [
        "",
        "ticket=%00&contact=%00",
        "full_name=" + "x" * 100_000,
        "started=garbage&body=%00%00&consent=on",
        "a=" + "&a=".join(["1"] * 2000),
        "\xff\xfe",
    ]
    for form in sorted(set(forms)):
        for body in form_bodies:
            yield (
                "hostile form posts",
                "POST",
                form,
                body.encode("utf-8", "surrogatepass"),
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
    for body in ("", "x" * 300, "1.1:forged", "\x00", "99999999999999999999.1:abc"):
        yield (
            "beacon",
            "POST",
            "/nd43/count/",
            body.encode(),
            {"Content-Type": "text/plain"},
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument(
        "--seconds",
        type=float,
        default=0,
        help="stop sending after this long and report what was sent (0: no limit)",
    )
    options = parser.parse_args()
    target = Target(options.url)
    paths = public_paths(target)
    jobs = list(attacks(paths))
    # Interleave the kinds of attack, so a time limit still samples every kind.
    random.Random(43).shuffle(jobs)
    deadline = time.monotonic() + options.seconds if options.seconds else None

    def run(job):
        if deadline is not None and time.monotonic() > deadline:
            return None
        kind, method, path, *rest = job
        body = rest[0] if rest else None
        headers = rest[1] if len(rest) > 1 else None
        return target.send(kind, method, path, body, headers)

    with ThreadPoolExecutor(options.connections) as pool:
        list(pool.map(run, jobs))

    sent = sum(counts["requests"] for counts in target.results.values())
    print(
        f"{len(paths)} public URLs from the sitemap; {sent} of {len(jobs)} requests sent\n"
    )
    columns = ("requests", "2xx", "3xx", "4xx", "5xx")
    print(f"| {'attack':<26} | " + " | ".join(f"{c:>8}" for c in columns) + " |")
    print("|" + "-" * 28 + "|" + "|".join("-" * 10 for _ in columns) + "|")
    total = collections.Counter()
    for kind, counts in target.results.items():
        total.update(counts)
        print(
            f"| {kind:<26} | " + " | ".join(f"{counts[c]:>8}" for c in columns) + " |"
        )
    print(f"| {'total':<26} | " + " | ".join(f"{total[c]:>8}" for c in columns) + " |")
    for kind, method, path, status in target.failures[:50]:
        print(f"{status} {kind}: {method} {path}")
    return 1 if total["5xx"] else 0


if __name__ == "__main__":
    sys.exit(main())
