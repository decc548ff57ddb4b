"""The example site's demo content satisfies the regulation at every agency level and
under both profiles: ``nd43_check --render`` on a freshly built demo scores 1.0, so
every required finding passes on content an anonymous visitor sees.

Each demo is built once, exactly as the README does (``nd43_scaffold``, then
``load_demo_content``), in the example site's own settings, in a separate process
and on a throwaway SQLite database copied from one migrated template (the
developer's ``example_site/db.sqlite3`` and ``media/`` are never touched). The
template is a copy of the example site's migrated schema (``bench/migrated_db.py``:
migrated once per schema), and the builds share one long-lived Django process
(``tests/shell_process.py``: its caches emptied and its connections closed between
builds), so Django starts once, not ten times. Ten builds take a few minutes:
``exhaustive``, so only the SQLite run has them.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from .shell_process import ShellProcess


REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SITE = REPO_ROOT / "example_site"
LEVELS = ("bo", "tong-cuc", "so", "ubnd-tinh", "ubnd-xa")
PROFILES = ("nd43", "nd42")
MARKER = "ND43_DEMO_REPORT="

pytestmark = pytest.mark.exhaustive

#: Build the demo at a level and profile, then print the rendered check as JSON.
BUILD = """
import io
from django.core.management import call_command
from django.core.management.base import CommandError
level, profile = {level!r}, {profile!r}
call_command("nd43_scaffold", level=level, profile=profile, stdout=io.StringIO())
call_command("load_demo_content", stdout=io.StringIO())
out = io.StringIO()
try:
    call_command("nd43_check", render=True, format="json", stdout=out)
except CommandError:
    pass  # failing findings: the report says which
print({marker!r} + out.getvalue().replace("\\n", " "))
"""

MIGRATED = """
from bench.migrated_db import migrate_file_database
migrate_file_database()
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


def _run(shell, code):
    status, output = shell.run(code, timeout=900)
    if status:
        pytest.fail(f"the build failed:\n{output[-8000:]}")
    return output


@pytest.fixture(scope="module")
def demo_shell(tmp_path_factory):
    """A Django process in the example site's settings on ``demo.sqlite3``, and the
    migrated, empty example-site database to copy there for each demo."""
    workdir = tmp_path_factory.mktemp("nd43_demo_levels")
    (workdir / "nd43_demo_settings.py").write_text(
        "from example_site.settings.dev import *  # noqa: F403\n\n"
        f"MEDIA_ROOT = {str(workdir / 'media')!r}\n",
        encoding="utf-8",
    )
    database = workdir / "demo.sqlite3"
    shell = ShellProcess(_env(workdir, database), REPO_ROOT, workdir / "shell.log")
    try:
        _run(shell, MIGRATED)
        template = workdir / "template.sqlite3"
        shutil.copyfile(database, template)
        yield shell, database, template
    finally:
        shell.close()


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("level", LEVELS)
def test_demo_scores_one_at_every_level_and_profile(demo_shell, level, profile):
    shell, database, template = demo_shell
    # The process holds no connection between builds: the next one opens the copy.
    shutil.copyfile(template, database)
    output = _run(shell, BUILD.format(level=level, profile=profile, marker=MARKER))
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
