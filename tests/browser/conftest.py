"""Fixtures of the browser tests.

One session builds a fresh demo database in a temporary directory exactly the way
the README does (``migrate``, ``nd43_scaffold --level so``, ``load_demo_content``,
``ensure_demo_admin``), serves the example site with ``runserver`` on a free port and
drives Debian's Chromium through Playwright's sync API.

Without Chromium (``/usr/bin/chromium``, or ``ND43_CHROMIUM``) or the Python packages
the tests are skipped, except when ``CI=true``: there they fail.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..shell_process import ShellProcess, available
from .helpers import REPO_ROOT, unavailable


HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("ND43_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Playwright waits at most this long (ms) for an element or a navigation.
TIMEOUT_MS = 20_000
SERVER_START_SECONDS = 60
DESKTOP = {"width": 1280, "height": 900}

#: Run inside ``manage.py shell``: prints what the tests need to know about the
#: demo content, so no test hard-codes a slug or an address.
FACTS_SCRIPT = """
import json
from wagtail.models import Site
from wagtail_nd43.models import AgencySettings, ArticlePage
site = Site.objects.get(is_default_site=True)
identity = AgencySettings.for_site(site)
news = site.root_page.get_children().get(slug="tin-tuc-su-kien")
articles = ArticlePage.objects.child_of(news).live().order_by("-date", "-pk")
print("ND43_FACTS=" + json.dumps({
    "identity": {
        name: str(getattr(identity, name) or "")
        for name in ("full_name", "short_name", "address", "phone", "email")
    },
    "news": [
        {"id": page.pk, "url": page.get_url(), "title": page.title}
        for page in articles
    ],
}))
"""

MIGRATED_SCRIPT = """
from bench.migrated_db import migrate_file_database
migrate_file_database()
print("ND43_MIGRATED=ok")
"""

USERS_SCRIPT = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
users = get_user_model()
for username, password, group in {users!r}:
    user, _ = users.objects.get_or_create(
        username=username, defaults={{"email": username + "@example.invalid"}}
    )
    user.set_password(password)
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    print("ND43_USER=" + username)
"""


def pytest_itemcollected(item):
    """Every test in this folder is a ``browser`` test (``-m "not browser"`` skips).

    Under pytest-xdist (``--dist loadgroup``) they form one group, so one worker
    runs them all and the example site is built and served once, not per worker
    (the scheduler in ``tests/conftest.py`` keeps the folder together).
    """
    if HERE in Path(str(item.path)).resolve().parents:
        item.add_marker(pytest.mark.browser)
        item.add_marker(pytest.mark.xdist_group("browser"))


# --- the browser ---------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_executable():
    if not Path(CHROMIUM).is_file():
        unavailable(f"Chromium not found at {CHROMIUM}; apt-get install chromium")
    try:
        import axe_playwright_python.sync_playwright  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        unavailable(
            f"{error.name} is not installed; pip install -e '.[test,browser]' "
            "(never `playwright install`: the tests use Debian's Chromium)"
        )
    return CHROMIUM


@pytest.fixture(scope="package")
def browser(chromium_executable):
    """Chromium, for the browser tests only. Playwright's sync API keeps an event
    loop running in this thread while it is open; Django refuses database work
    under a running loop, so the tests the same xdist worker runs after these
    would fail (``SynchronousOnlyOperation``). Package scope closes it after the
    last browser test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@dataclass
class BrowserSession:
    context: object
    page: object
    #: Requests to any other origin than the demo site: blocked and recorded here.
    external_requests: list = field(default_factory=list)


@pytest.fixture
def open_session(browser, demo_site):
    """Factory: a fresh browser context (own cookies) with one page.

    Requests leaving the demo site are aborted and recorded, so a test can assert the
    public pages load no external assets and nothing waits on the network.
    """
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    sessions = []
    outside = re.compile(rf"^(?!{re.escape(demo_site.base_url)}/)")

    def _open(**options):
        options.setdefault("viewport", DESKTOP)
        options.setdefault("locale", "vi-VN")
        options.setdefault("timezone_id", "Asia/Ho_Chi_Minh")
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        session = BrowserSession(context=context, page=None)

        def block(route):
            session.external_requests.append(route.request.url)
            route.abort()

        context.route(outside, block)
        session.page = context.new_page()
        sessions.append(session)
        return session

    yield _open
    for session in sessions:
        session.context.close()


@pytest.fixture
def page(open_session):
    """A desktop-sized page with JavaScript on."""
    return open_session().page


# --- the example site --------------------------------------------------------


@dataclass
class DemoSite:
    base_url: str
    workdir: Path
    env: dict
    identity: dict = field(default_factory=dict)
    news: list = field(default_factory=list)
    #: Runs :meth:`shell`'s code without starting Django each time.
    shell_process: ShellProcess | None = None

    def url(self, path="/"):
        return self.base_url + path

    def manage(self, *args, timeout=300):
        """Run ``example_site/manage.py`` on the demo database; fail with its output."""
        return self.run(
            sys.executable, "example_site/manage.py", *args, timeout=timeout
        )

    def run(self, *command, timeout=300):
        """Run ``command`` from the repository on the demo database; fail with its
        output."""
        args = command[1:]
        started = time.monotonic()
        result = subprocess.run(  # noqa: S603 (our own interpreter and script)
            command,
            cwd=REPO_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        elapsed = time.monotonic() - started
        log = self.workdir / "setup.log"
        with log.open("a", encoding="utf-8") as stream:
            stream.write(
                f"$ {' '.join(args[:2])} ({elapsed:.1f}s, rc={result.returncode})\n"
            )
            stream.write(result.stdout + result.stderr + "\n")
        if result.returncode:
            pytest.fail(
                f"`{' '.join(args)}` failed (exit {result.returncode}):\n"
                f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}",
                pytrace=False,
            )
        return result.stdout

    def shell(self, code, marker):
        """Run ``code`` in ``manage.py shell``; return the lines it printed after
        ``marker`` (so messages of the shell itself do not matter)."""
        if self.shell_process is None:
            output = self.manage("shell", "-c", code)
        else:
            started = time.monotonic()
            status, output = self.shell_process.run(code)
            with (self.workdir / "setup.log").open("a", encoding="utf-8") as log:
                log.write(
                    f"$ shell process ({time.monotonic() - started:.1f}s, rc={status})"
                    f"\n{output}\n"
                )
            if status:
                pytest.fail(f"shell code failed:\n{output[-4000:]}", pytrace=False)
        return [
            line[len(marker) :]
            for line in output.splitlines()
            if line.startswith(marker)
        ]


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(url, process, log_path):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"runserver exited with {process.returncode}:\n"
                + log_path.read_text(encoding="utf-8", errors="replace")[-4000:],
                pytrace=False,
            )
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    pytest.fail(f"runserver did not answer {url} within {SERVER_START_SECONDS}s")


@pytest.fixture(scope="session")
def demo_site(chromium_executable, tmp_path_factory):
    """The example site with fresh demo content, served on a free local port."""
    workdir = tmp_path_factory.mktemp("nd43_demo")
    # A settings module of our own: the example site's dev settings with uploads
    # (the demo logo and images) kept in the temporary directory, so the developer's
    # example_site/media/ is not touched.
    (workdir / "nd43_browser_settings.py").write_text(
        "from example_site.settings.dev import *  # noqa: F403\n\n"
        f"MEDIA_ROOT = {str(workdir / 'media')!r}\n"
        "# Fast hashing for the test users' logins; nothing here tests passwords.\n"
        'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]\n',
        encoding="utf-8",
    )
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'demo.sqlite3'}",
        # pytest-django exported the unit tests' settings; the example site has its own.
        "DJANGO_SETTINGS_MODULE": "nd43_browser_settings",
        # The checkout's wagtail_nd43 first, not an installed copy of another one.
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(workdir), str(REPO_ROOT), os.environ.get("PYTHONPATH")])
        ),
        "WAGTAILADMIN_BASE_URL": base_url,
        "PYTHONUNBUFFERED": "1",
    }
    site = DemoSite(base_url=base_url, workdir=workdir, env=env)
    if available():
        # What manage.py puts first on sys.path: its own folder.
        path = os.pathsep.join([str(REPO_ROOT / "example_site"), env["PYTHONPATH"]])
        site.shell_process = ShellProcess(
            {**env, "PYTHONPATH": path}, REPO_ROOT, workdir / "shell.log"
        )
        # The database file starts as a copy of the example site's migrated schema
        # (bench/migrated_db.py: one snapshot per schema, made by the first run), so
        # the README's migrate below finds every migration applied instead of
        # running them all (~20 s); the scaffold, the demo content and the admin are
        # made by the README's commands as before.
        site.shell(MIGRATED_SCRIPT, "ND43_MIGRATED=")
    # The README's first command, without the server: migrate, scaffold, demo
    # content, the demo admin.
    try:
        site.run(sys.executable, "dev.py", "demo", "--setup-only", timeout=600)
        (facts,) = site.shell(FACTS_SCRIPT, "ND43_FACTS=")
        facts = json.loads(facts)
        site.identity, site.news = facts["identity"], facts["news"]

        with runserver(port, env, workdir / "runserver.log"):
            yield site
    finally:
        if site.shell_process is not None:
            site.shell_process.close()


@contextmanager
def runserver(port, env, log_path):
    """The example site's ``runserver`` on ``port`` with ``env``, its output in
    ``log_path``; stopped on leaving."""
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen(  # noqa: S603 (our own interpreter and script)
            [
                sys.executable,
                "example_site/manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_serving(f"http://127.0.0.1:{port}/", server, log_path)
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


#: (username, password, group) of the people of the approval workflow test.
EDITOR = ("bientapvien", "pw-editor-1", "Biên tập viên")
BOARD_MEMBER = ("bbt", "pw-board-1", "Ban biên tập")


@pytest.fixture(scope="session")
def editorial_users(demo_site):
    """An editor ("Biên tập viên") and a board member ("Ban biên tập") of the
    groups ``nd43_scaffold`` created."""
    created = demo_site.shell(
        USERS_SCRIPT.format(users=[EDITOR, BOARD_MEMBER]), "ND43_USER="
    )
    assert created == [EDITOR[0], BOARD_MEMBER[0]]
    return {"editor": EDITOR, "board": BOARD_MEMBER}
