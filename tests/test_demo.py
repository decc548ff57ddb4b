"""The example site's demo content satisfies the regulation at every agency level and
under both profiles: ``nd43_check --render`` on a freshly built demo scores 1.0, so
every required finding passes on content an anonymous visitor sees.

Each demo is built once, exactly as the README does (``nd43_scaffold``, then
``load_demo_content``), in the example site's own settings, in a subprocess and on a
throwaway SQLite database copied from one migrated template (the developer's
``example_site/db.sqlite3`` and ``media/`` are never touched). Ten builds take a few
minutes: ``exhaustive``, so only the SQLite run has them.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SITE = REPO_ROOT / "example_site"
LEVELS = ("bo", "tong-cuc", "so", "ubnd-tinh", "ubnd-xa")
PROFILES = ("nd43", "nd42")
MARKER = "ND43_DEMO_REPORT="

pytestmark = pytest.mark.exhaustive

#: Build the demo at a level and profile, then print the rendered check as JSON.
BUILD = f"""
import io, sys
import django
django.setup()
from django.core.management import call_command
from django.core.management.base import CommandError
level, profile = sys.argv[1:3]
call_command("nd43_scaffold", level=level, profile=profile, stdout=io.StringIO())
call_command("load_demo_content", stdout=io.StringIO())
out = io.StringIO()
try:
    call_command("nd43_check", render=True, format="json", stdout=out)
except CommandError:
    pass  # failing findings: the report says which
print({MARKER!r} + out.getvalue().replace("\\n", " "))
"""


def _env(workdir, database):
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        # pytest-django exported the unit tests' settings; the example site has its own.
        "DJANGO_SETTINGS_MODULE": "nd43_demo_settings",
        "PYTHONPATH": os.pathsep.join(
            filter(
                None,
                [
                    str(workdir),
                    str(EXAMPLE_SITE),
                    str(REPO_ROOT),
                    os.environ.get("PYTHONPATH"),
                ],
            )
        ),
    }


def _run(args, env):
    result = subprocess.run(  # noqa: S603 (our own interpreter and scripts)
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"{args[:2]} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


@pytest.fixture(scope="module")
def template_database(tmp_path_factory):
    """A migrated, empty example-site database to copy for each demo."""
    workdir = tmp_path_factory.mktemp("nd43_demo_levels")
    (workdir / "nd43_demo_settings.py").write_text(
        "from example_site.settings.dev import *  # noqa: F403\n\n"
        f"MEDIA_ROOT = {str(workdir / 'media')!r}\n",
        encoding="utf-8",
    )
    database = workdir / "template.sqlite3"
    _run(
        [str(EXAMPLE_SITE / "manage.py"), "migrate", "--noinput", "-v", "0"],
        _env(workdir, database),
    )
    return workdir, database


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("level", LEVELS)
def test_demo_scores_one_at_every_level_and_profile(template_database, level, profile):
    workdir, template = template_database
    database = workdir / f"{level}-{profile}.sqlite3"
    shutil.copyfile(template, database)
    output = _run(["-c", BUILD, level, profile], _env(workdir, database))
    (line,) = [line for line in output.splitlines() if line.startswith(MARKER)]
    report = json.loads(line.removeprefix(MARKER))

    assert (report["level"], report["profile"]) == (level, profile)
    failing = [
        f"{finding['requirement']} [{finding['status']}] {finding['message']}"
        for finding in report["findings"]
        if finding["severity"] == "required" and finding["status"] != "ok"
    ]
    assert failing == []
    assert report["required_applicable"] > 0
    assert report["required_ok"] == report["required_applicable"]
    assert report["score"] == 1.0
