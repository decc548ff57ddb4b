"""Several application servers over one PostgreSQL and one Redis (issue 15): the
production layout of docs/how-to/deploy.md, proven with two real gunicorn servers.

Both serve the same settings (``bench.counter_settings``: counters in server mode
with de-duplication off, cache, counters and rate limits in one Redis database) over
one committed PostgreSQL database. The test shows that counts are exact across the
servers, that the public form's rate limit applies to the sum of both, and that a
publish on one is seen by the other at once, although each process keeps its own
copy of the site chrome (``wagtail_nd43.chrome``: the copy is used only while the
version keys in Redis are unchanged).

Why it runs exactly once in ``python3 dev.py test``: the servers cannot see a test
transaction, so the test never uses the suite's test database. It creates (and
drops) a throw-away database of its own on the PostgreSQL server, the one of
``DATABASE_URL`` when that is PostgreSQL, else 127.0.0.1:5432 as user postgres.
It is therefore a plain ``SimpleTestCase``, not marked ``database``
(tests/conftest.py): the SQLite run, which runs every test, runs it; the
PostgreSQL run, which runs only the ``database`` tests again, leaves it out. With
PostgreSQL or Redis absent it is skipped with the reason, and fails when
``CI=true`` (CI has both).
"""

import json
import os
import re
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from django.test import SimpleTestCase

from bench.loadgen import send

from .servers import (
    ROOT,
    create_database,
    drop_database,
    skip_or_fail,
    start_gunicorn,
    stop,
)


#: A Redis database no other test or benchmark uses (tests/test_counting.py has
#: 15, bench/bench_counters.py 14); emptied before and after.
REDIS_URL = os.environ.get("ND43_TWO_SERVERS_REDIS", "redis://127.0.0.1:6379/13")
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
#: Counted views split across the two servers.
VIEWS = 120
#: The title a section of the menu gets when published through server A.
NEW_TITLE = "Chuyên mục vừa xuất bản"
#: ``WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT`` (the default).
RATE_LIMIT = 10

SETUP = """
import io, json
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail_nd43.models import ArticlePage, SectionPage
from wagtail_nd43.models.base import sections_by_key
call_command("migrate", "--noinput", verbosity=0)
try:
    call_command("nd43_scaffold", "--level", "so", stdout=io.StringIO())
except SystemExit:
    pass  # it reports what the agency has yet to fill in
news = SectionPage.objects.get(requirement_key="tin-tuc-su-kien")
read = news.add_child(instance=ArticlePage(
    title="Tin hai máy chủ", slug="tin-hai-may-chu", lead="Bài đọc.",
    author="Phòng Thông tin"))
counted = news.add_child(instance=ArticlePage(
    title="Tin được đếm", slug="tin-duoc-dem", lead="Bài được đếm.",
    author="Phòng Thông tin"))
home = news.get_parent()
questions = sections_by_key(home)["hoi-dap"]
get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "matkhau")
# A section of the main menu, its new title saved as a draft.
menu = home.get_children().live().in_menu().exclude(pk=news.pk).first().specific
old_title = menu.title
menu.title = NEW_TITLE
menu.save_revision()
print(json.dumps({
    "read": read.url, "counted": counted.pk, "counted_url": counted.url,
    "ask": questions.url + "gui-cau-hoi/", "menu": menu.pk,
    "old_title": old_title,
}))
"""

FLUSHED_VIEWS = """
from django.core.management import call_command
from django.db.models import Sum
from wagtail_nd43.models import PageViewDay
call_command("nd43_flush_counters", verbosity=0)
print(PageViewDay.objects.filter(page_id={page}).aggregate(n=Sum("views"))["n"])
"""


def _postgres_url(name):
    url = os.environ.get("DATABASE_URL", "")
    server = url if url.startswith(("postgres:", "postgresql:")) else POSTGRES_SERVER
    return server.rsplit("/", 1)[0] + "/" + name


def _redis():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError:
        skip_or_fail(f"Redis is not reachable at {REDIS_URL} (start redis-server)")
    return client


def _csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


class TwoServersTest(SimpleTestCase):
    """Two gunicorn servers, A and B, on different ports, sharing everything."""

    @classmethod
    def setUpClass(cls):
        cls.servers = []
        cls.redis = _redis()
        cls.database = _postgres_url(f"nd43_two_servers_{uuid.uuid4().hex[:8]}")
        try:
            # A copy of the migrated schema when a PostgreSQL run left one.
            create_database(cls.database, migrated=True)
        except Exception as error:  # psycopg.OperationalError, or no psycopg
            skip_or_fail(f"PostgreSQL is not reachable ({error})")
        super().setUpClass()
        try:
            cls.redis.flushdb()
            cls.env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "bench.counter_settings",
                "DATABASE_URL": cls.database,
                "ND43_BENCH_REDIS": REDIS_URL,
                "ND43_BENCH_MODE": "server",
                "ND43_BENCH_DEDUP": "0",
                "ND43_BENCH_PREFIX": "nd43two",
                "PYTHONPATH": str(ROOT),
            }
            cls.site = json.loads(cls.shell(f"NEW_TITLE = {NEW_TITLE!r}\n{SETUP}"))
            # One process each (its chrome copy is certain to be warm), with
            # threads to serve concurrent requests.
            for _ in "AB":
                cls.servers.append(
                    start_gunicorn("bench.wsgi", cls.env, workers=1, threads=4)
                )
        except BaseException:
            cls.tearDownClass()
            raise
        (cls.a, cls.port_a), (cls.b, cls.port_b) = cls.servers

    @classmethod
    def tearDownClass(cls):
        stop(*(process for process, _port in cls.servers))
        drop_database(cls.database)
        cls.redis.flushdb()
        super().tearDownClass()

    @classmethod
    def shell(cls, code):
        """Run ``code`` in ``manage.py shell`` with the servers' settings."""
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "django", "shell", "-c", code],
            cwd=ROOT,
            env=cls.env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise RuntimeError(f"manage.py shell failed:\n{done.stderr[-3000:]}")
        return done.stdout.splitlines()[-1]  # what the code printed last

    def url(self, port, path):
        return f"http://127.0.0.1:{port}{path}"

    def page(self, port, path):
        return requests.get(self.url(port, path), timeout=30).text

    def test_counts_are_exact_across_the_servers(self):
        # Half the visitors on each server at the same time, each a new visitor
        # (its own user agent), four connections each; send raises on a non-200.
        half, path = VIEWS // 2, self.site["counted_url"]
        with ThreadPoolExecutor(2) as pool:
            sent = [
                pool.submit(send, self.port_a, [path], half, 0, 4),
                pool.submit(send, self.port_b, [path], half, half, 4),
            ]
            for done in sent:
                done.result()

        stored = self.shell(FLUSHED_VIEWS.format(page=self.site["counted"]))

        self.assertEqual(int(stored), VIEWS)

    def test_the_rate_limit_applies_to_both_servers_together(self):
        session = requests.Session()
        form = session.get(self.url(self.port_a, self.site["ask"]), timeout=30)
        token = _csrf_token(form.text)

        statuses = []
        for number in range(RATE_LIMIT + 2):
            port = (self.port_a, self.port_b)[number % 2]
            response = session.post(
                self.url(port, self.site["ask"]),
                {"csrfmiddlewaretoken": token, "body": f"Câu hỏi số {number}"},
                timeout=30,
            )
            statuses.append(response.status_code)

        # Every post counts, valid or not (400: no contact, no consent): each
        # server saw 5 when the sum reached the limit of 10, so a limit counted
        # per server would still have let the next ones through.
        self.assertEqual(statuses, [400] * RATE_LIMIT + [429, 429])

    def test_a_publish_on_one_server_is_seen_by_the_other_at_once(self):
        old, new = self.site["old_title"], NEW_TITLE
        for port in (self.port_a, self.port_b):  # each process keeps its chrome copy
            html = self.page(port, self.site["read"])
            self.assertIn(old, html)
            self.assertNotIn(new, html)

        # The draft title of a menu section published through A's admin.
        editor = requests.Session()
        login = editor.get(self.url(self.port_a, "/admin/login/"), timeout=30)
        editor.post(
            self.url(self.port_a, "/admin/login/"),
            {
                "csrfmiddlewaretoken": _csrf_token(login.text),
                "username": "bientap",
                "password": "matkhau",
            },
            timeout=30,
        )
        publish = f"/admin/bulk/wagtailcore/page/publish/?id={self.site['menu']}"
        confirm = editor.get(self.url(self.port_a, publish), timeout=30)
        self.assertEqual(confirm.status_code, 200)
        done = editor.post(
            self.url(self.port_a, publish),
            {"csrfmiddlewaretoken": _csrf_token(confirm.text)},
            timeout=30,
            allow_redirects=False,
        )
        self.assertEqual(done.status_code, 302)

        self.assertIn(new, self.page(self.port_b, self.site["read"]))
        self.assertIn(new, self.page(self.port_a, self.site["read"]))
