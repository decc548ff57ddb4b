#!/usr/bin/env python3
"""The host-site test (issue 13): install the built wheel of wagtail-nd43 into an
existing third-party Wagtail site by following the README's install steps, and
check that the site keeps working.

    .venv/bin/python tests/hostsite/run.py                 # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/nd43_hostsite \\
        .venv/bin/python tests/hostsite/run.py             # PostgreSQL (recreated)

What it does, in a temporary directory:

1. builds the wheel of the package (``pip wheel``) and a fresh virtualenv that sees
   the running environment's dependencies (Wagtail, Django, ...) but not the package;
2. sets up the host site (``tests/hostsite``: its own HomePage, StandardPage,
   ArticlePage, ContactPage, NewsIndexPage and SearchPage models, its own
   ``/search/`` view listed before Wagtail's URLs, its own base template and menu,
   English and Vietnamese locales) with published content, and fetches every page;
3. follows the README's "Install into an existing Wagtail site" steps: the ``pip``
   and ``manage.py`` lines of its shell blocks are run as written (``pip install``
   installs the wheel), the settings and URL blocks are applied to the host's files;
4. asserts: ``check`` is clean, every host page answers as before (status and main
   content), every package page answers 200, the header search finds "Giới thiệu"
   for ``gioi thieu``, a second scaffold run changes nothing; then every other mode
   (``--hostname``, ``--replace-root --yes``, ``--restore``) and a second run of each,
   with the Site roots each mode promises.

Exit status 0 when everything holds, 1 otherwise.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path


HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
README = REPO / "README.md"
PORTAL = "congthongtin.example.vn"
START = time.monotonic()


def say(message):
    print(f"[hostsite {time.monotonic() - START:5.1f}s] {message}", flush=True)


def run(args, cwd=None, env=None, check=True):
    # Never from the repository: a checkout there would shadow the installed wheel.
    cwd = cwd or tempfile.gettempdir()
    result = subprocess.run(  # noqa: S603 (fixed commands of this script)
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True
    )
    if check and result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"Failed ({result.returncode}): {' '.join(map(str, args))}")
    return result


def readme_install_blocks():
    """The fenced code blocks of the README's install section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Install into an existing Wagtail site", 1)[1]
    section = section.split("\n## ", 1)[0]
    return [
        (lang, textwrap_dedent(body))
        for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.S)
    ]


def textwrap_dedent(body):
    import textwrap

    return textwrap.dedent(body)


class Host:
    def __init__(self, site, venv, database_url):
        self.site = site
        self.venv = venv
        self.python = self.venv / "bin" / "python"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "DJANGO_SETTINGS_MODULE", "VIRTUAL_ENV")
        }
        self.env["DATABASE_URL"] = database_url
        self.env["PATH"] = f"{self.venv / 'bin'}:{self.env['PATH']}"

    def manage(self, *args, check=True):
        return run(
            [self.python, "manage.py", *args], cwd=self.site, env=self.env, check=check
        )

    def snapshot(self):
        return json.loads(self.manage("host_snapshot").stdout)


def build(work):
    """The wheel, built from a copy of the repository's files (tracked, or new and
    not ignored): a ``build/`` folder left in the checkout cannot leak into it."""
    say("building the wheel")
    source = work / "source"
    files = run(
        [
            "git",
            "-C",
            REPO,
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ]
    ).stdout.split("\0")
    for name in filter(None, files):
        path = REPO / name
        if path.is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, source / name)
    dist = work / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source])
    (wheel,) = dist.glob("wagtail_nd43-*.whl")
    say(f"built {wheel.name}")
    return wheel


def make_venv(venv):
    """A virtualenv without the package; pip runs from this environment."""
    say("virtualenv without the package")
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    # The new environment sees this one's dependencies (offline, fast) but not its
    # editable install of the package: .pth lines add a directory to sys.path
    # without running that directory's own .pth files.
    purelib = Path(sysconfig.get_paths()["purelib"])
    (target,) = (venv / "lib").glob("python*/site-packages")
    (target / "host-dependencies.pth").write_text(f"{purelib}\n")
    return venv


def apply_readme(host, wheel, blocks):
    """The README's steps, on the host's files and in the host's environment."""
    settings = host.site / "hostsite" / "settings.py"
    urls = host.site / "hostsite" / "urls.py"
    outputs = []
    for lang, body in blocks:
        if lang == "sh":
            for line in body.splitlines():
                command = line.split("#", 1)[0].strip()
                if command.startswith("pip install"):
                    say(f"README: {command}  (the built wheel)")
                    run(
                        [
                            sys.executable,
                            "-m",
                            "pip",
                            "--python",
                            host.python,
                            "install",
                            "-q",
                            "--no-deps",
                            "--no-index",
                            "--ignore-installed",
                            wheel,
                        ],
                        env=host.env,
                    )
                elif command.startswith("python manage.py"):
                    say(f"README: {command}")
                    outputs.append(host.manage(*command.split()[2:]).stdout)
        elif "INSTALLED_APPS" in body:
            apps = re.findall(r'"([\w.]+)"', body)
            say(f"README: INSTALLED_APPS gets {', '.join(apps)}")
            settings.write_text(
                settings.read_text()
                + f"\n# README: install step\nINSTALLED_APPS = [{apps[0]!r}] + [\n"
                f"    app for app in INSTALLED_APPS if app != {apps[0]!r}\n"
                f"] + [app for app in {apps[1:]!r} if app not in INSTALLED_APPS]\n"
            )
        elif "context_processors" in body:
            processors = re.findall(r'"(\w+(?:\.\w+)+)"', body)
            say(f"README: context processors {', '.join(processors)}")
            settings.write_text(
                settings.read_text() + "\n# README: install step\n"
                f"for _processor in {processors!r}:\n"
                "    if _processor not in "
                'TEMPLATES[0]["OPTIONS"]["context_processors"]:\n'
                '        TEMPLATES[0]["OPTIONS"]["context_processors"]'
                ".append(_processor)\n"
            )
        elif "urlpatterns" in body:
            lines = [
                line.strip()
                for line in body.splitlines()
                if "include(" in line and "wagtail_urls" not in line
            ]
            anchor = 'path("", include(wagtail_urls)),'
            assert anchor in body and lines, body
            say(f"README: urls.py gets {' '.join(lines)} before {anchor}")
            text = urls.read_text()
            assert anchor in text
            urls.write_text(text.replace(anchor, "\n    ".join([*lines, anchor]), 1))
    return outputs


def main():
    """Each argument is a database URL, or ``sqlite`` for a new SQLite file
    (default: ``sqlite``). The wheel and the environment are built once."""
    databases = sys.argv[1:] or ["sqlite"]
    failures = []
    with tempfile.TemporaryDirectory(prefix="nd43-hostsite-") as tmp:
        work = Path(tmp)
        wheel = build(work)
        for number, database_url in enumerate(databases):
            if database_url == "sqlite":
                database_url = f"sqlite:///{work / f'host{number}.sqlite3'}"
            else:
                recreate_postgres(database_url)
            say(f"=== database {database_url.split('://')[0]}")
            check_host(work, work / f"site{number}", wheel, database_url, failures)
    if failures:
        say(f"{len(failures)} failure(s)")
        return 1
    say("host site: every check passed")
    return 0


def check_host(work, site, wheel, database_url, failures):
    def expect(condition, message):
        if not condition:
            failures.append(message)
            say(f"FAIL: {message}")

    if True:
        shutil.copytree(
            HERE,
            site,
            ignore=shutil.ignore_patterns("__pycache__", "*.sqlite3", "run.py"),
        )
        host = Host(site, make_venv(site.with_name(f"{site.name}-venv")), database_url)
        missing = run(
            [host.python, "-c", "import wagtail_nd43"], env=host.env, check=False
        )
        expect(missing.returncode != 0, "the package is importable before install")

        say("host site before the package: migrate, content, fetch every page")
        host.manage("migrate", "-v0")
        host.manage("host_seed")
        before = host.snapshot()
        say(f"{len(before)} host pages: {status_counts(before)}")
        expect(all(row[0] == 200 for row in before.values()), "host pages not all 200")

        outputs = apply_readme(host, wheel, readme_install_blocks())
        location = run(
            [host.python, "-c", "import wagtail_nd43; print(wagtail_nd43.__file__)"],
            env=host.env,
        ).stdout
        expect(str(host.venv) in location, f"package not from the wheel: {location}")
        expect(len(outputs) >= 2, "the README runs migrate and nd43_scaffold")

        checked = host.manage("check", check=False)
        codes = set(
            re.findall(
                r"\((wagtail_nd43\.[WE]\d+|[\w.]+\.[WE]\d+)\)",
                checked.stdout + checked.stderr,
            )
        )
        # W070 is the production advice to use Redis for the counters.
        expect(
            checked.returncode == 0 and codes <= {"wagtail_nd43.W070"},
            f"check is not clean: {codes or checked.stderr[-500:]}",
        )

        after = host.snapshot()
        host_rows = {url: row for url, row in after.items() if row[2] != "wagtail_nd43"}
        package = {url: row for url, row in after.items() if row[2] == "wagtail_nd43"}
        say(
            f"after the README: {len(host_rows)} host pages {status_counts(host_rows)}, "
            f"{len(package)} package pages {status_counts(package)}"
        )
        expect(host_rows == before, f"host pages changed: {diff(before, host_rows)}")
        expect(
            package and all(row[0] == 200 for row in package.values()),
            f"package pages not all 200: {status_counts(package)}",
        )

        found = host.manage("shell", "-c", HEADER_SEARCH).stdout
        say(f"header search: {found.strip()}")
        expect(
            "Giới thiệu" in found and "/nd43/search/" in found,
            "the header search does not find Giới thiệu for gioi thieu",
        )

        again = host.manage("nd43_scaffold", "--level", "so").stdout
        expect(
            not re.search(r"— (đã tạo|created)$", again, re.M),
            "a second run reports something created",
        )
        expect(host.snapshot() == after, "a second run changed pages")

        say("mode: --hostname (a new site), twice")
        host.manage("nd43_scaffold", "--hostname", PORTAL, "--level", "so")
        host.manage("nd43_scaffold", "--hostname", PORTAL, "--level", "so")
        portal_state = host.snapshot()
        portal = {u: r for u, r in portal_state.items() if u.startswith(PORTAL)}
        expect(
            portal and all(row[0] == 200 for row in portal.values()),
            f"new site pages: {status_counts(portal)}",
        )
        first_site = {u: r for u, r in portal_state.items() if not u.startswith(PORTAL)}
        # With two sites Wagtail writes some of the package's links with the
        # hostname, so the package pages of the first site are compared by status;
        # the host's pages must not change at all.
        expect(
            {u: r for u, r in first_site.items() if r[2] != "wagtail_nd43"} == host_rows
            and {u: r[0] for u, r in first_site.items()}
            == {u: r[0] for u, r in after.items()},
            f"the new site changed the first site: {diff(after, first_site)}",
        )

        say("mode: --replace-root (refused without --yes), then --yes, twice")
        refused = host.manage("nd43_scaffold", "--replace-root", check=False)
        expect(refused.returncode == 2, "--replace-root without --yes was not refused")
        host.manage("nd43_scaffold", "--replace-root", "--yes")
        replaced = host.snapshot()
        host.manage("nd43_scaffold")
        expect(
            host.snapshot() == replaced, "a re-run after --replace-root changed pages"
        )
        expect(
            all(
                row[2] == "wagtail_nd43"
                for url, row in replaced.items()
                if url.startswith("localhost")
            ),
            "after --replace-root the site does not start at the agency home",
        )

        say("--restore on both sites")
        host.manage("nd43_scaffold", "--restore", "--yes")
        host.manage(
            "nd43_scaffold",
            "--restore",
            "--delete-pages",
            "--yes",
            "--hostname",
            PORTAL,
        )
        restored = host.snapshot()
        restored_host = {u: r for u, r in restored.items() if r[2] != "wagtail_nd43"}
        expect(restored_host == before, f"restore: {diff(before, restored_host)}")
        expect(not any(u.startswith(PORTAL) for u in restored), "portal not removed")


HEADER_SEARCH = r"""
import re
from django.test import Client
from wagtail_nd43.models import AgencyHomePage
home = AgencyHomePage.objects.get()
client = Client()
html = client.get(home.url).content.decode()
form = re.search(r'<form class="nd43-header-search"[^>]*action="([^"]+)"', html)
action = form.group(1)
response = client.get(action, {"q": "gioi thieu"})
titles = re.findall(r'<a [^>]*href="[^"]*gioi-thieu/"[^>]*>([^<]+)</a>', response.content.decode())
print(action, response.status_code, "|", "; ".join(t.strip() for t in titles))
"""


def status_counts(rows):
    counts = {}
    for row in rows.values():
        counts[row[0]] = counts.get(row[0], 0) + 1
    return counts


def diff(before, after):
    keys = sorted(set(before) | set(after))
    return [
        (k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)
    ][:5]


def recreate_postgres(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


if __name__ == "__main__":
    sys.exit(main())
