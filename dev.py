#!/usr/bin/env python3
"""Developer entry point: needs only Python >= 3.11 and the standard library.

    python3 dev.py demo       set up .venv, build the example site and serve it
    python3 dev.py test       run the whole test suite (SQLite, then PostgreSQL)
    python3 dev.py lint       ruff check and ruff format --check
    python3 dev.py messages   compile translations; fail on untranslated vi strings
    python3 dev.py venv       only create or update .venv

The virtual environment is ``.venv`` at the repository root. It is created when
missing and the package is (re)installed in editable mode with its ``test``,
``browser`` and ``example`` extras whenever ``pyproject.toml`` changes.
"""

import argparse
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path


if sys.version_info < (3, 11):  # noqa: UP036  (this check is for old interpreters)
    sys.exit("dev.py needs Python 3.11 or newer.")

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".dev-py-installed"
EXTRAS = "test,browser,example"
MANAGE = ROOT / "example_site" / "manage.py"

DEMO_HOST = "127.0.0.1:8000"
DEMO_LEVEL = "so"
ADMIN_USER = ADMIN_PASSWORD = "admin"  # noqa: S105  (demo only)

POSTGRES = ("127.0.0.1", 5432)
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test"
LINT_PATHS = ["wagtail_nd43", "tests", "example_site", "bench", "dev.py"]
PACKAGE_DIR = ROOT / "wagtail_nd43"
VI_CATALOGUE = PACKAGE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def say(message):
    print(f"\n==> {message}", flush=True)


def run(args, check=True, **kwargs):
    """Run a command from the repository root, echoing it first."""
    print("$ " + " ".join(str(arg) for arg in args), flush=True)
    kwargs.setdefault("cwd", ROOT)
    result = subprocess.run([str(arg) for arg in args], check=False, **kwargs)  # noqa: S603
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def ensure_venv():
    """Create .venv and install the package into it unless it is up to date."""
    if not PYTHON.exists():
        say(f"Creating the virtual environment in {VENV}")
        run([sys.executable, "-m", "venv", VENV])
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    wanted = hashlib.sha256(pyproject + EXTRAS.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("Installing wagtail-nd43 and its development dependencies")
    run([PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{EXTRAS}]"])
    STAMP.write_text(wanted + "\n")


def manage(*args, **kwargs):
    return run([PYTHON, MANAGE, *args], **kwargs)


# ---- demo -------------------------------------------------------------------------


def demo(options):
    ensure_venv()
    say("Preparing the example site (example_site/db.sqlite3 unless DATABASE_URL)")
    manage("migrate", "--noinput")
    manage("nd43_scaffold", "--level", DEMO_LEVEL)
    manage("load_demo_content")
    manage("ensure_demo_admin")
    print(
        "\n"
        "  Example site:  http://127.0.0.1:8000/\n"
        "  Admin:         http://127.0.0.1:8000/admin/\n"
        f"  Log in with:   {ADMIN_USER} / {ADMIN_PASSWORD}  (demo only)\n",
        flush=True,
    )
    if options.setup_only:
        return 0
    try:
        return manage("runserver", DEMO_HOST, check=False)
    except KeyboardInterrupt:
        return 0


# ---- test -------------------------------------------------------------------------


def postgres_reachable():
    try:
        with socket.create_connection(POSTGRES, timeout=2):
            return True
    except OSError:
        return False


def parallel(extra):
    """pytest-xdist options: one worker per core (at most four), unless the caller
    chose ``-n`` or disabled the plugin. Browser tests form one group (see
    tests/browser/conftest.py), so the example site is served by one worker."""
    if any(arg == "-n" or arg.startswith(("-n", "--numprocesses")) for arg in extra):
        return []
    if "no:xdist" in extra:
        return []
    workers = min(os.cpu_count() or 1, 4)
    return ["-n", str(workers), "--dist", "loadgroup"] if workers > 1 else []


def pytest(label, extra, database_url=None):
    say(f"Test suite on {label}")
    env = os.environ.copy()
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    code = run([PYTHON, "-m", "pytest", *parallel(extra), *extra], check=False, env=env)
    if code == 5:
        print(f"{label}: pytest collected no tests; that counts as a failure.")
    return code


def test(options):
    ensure_venv()
    in_ci = os.environ.get("CI") == "true"
    results = {"SQLite": pytest("SQLite", options.pytest_args)}
    if postgres_reachable():
        # The browser tests drive the example site on its own SQLite database,
        # so running them again here would test nothing new.
        results["PostgreSQL"] = pytest(
            "PostgreSQL",
            ["-m", "not browser", *options.pytest_args],
            database_url=POSTGRES_URL,
        )
    elif in_ci:
        print("\nPostgreSQL not reachable on 127.0.0.1:5432: failing, since CI=true.")
        results["PostgreSQL"] = 1
    else:
        print("\nPostgreSQL not reachable: skipping the PostgreSQL run.")

    say("Summary")
    for label, code in results.items():
        print(f"  {label:<11} {'passed' if code == 0 else f'FAILED (exit {code})'}")
    return 0 if all(code == 0 for code in results.values()) else 1


# ---- lint -------------------------------------------------------------------------


def lint(options):
    ensure_venv()
    paths = [path for path in LINT_PATHS if (ROOT / path).exists()]
    ruff = BIN / "ruff"
    failed = run([ruff, "check", *paths], check=False)
    failed |= run([ruff, "format", "--check", *paths], check=False)
    return 1 if failed else 0


# ---- messages -----------------------------------------------------------------------


def catalogue_statistics(po_file):
    """(translated, fuzzy, untranslated) counts of a .po file, read from msgfmt."""
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "--statistics", "-o", os.devnull, str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C", "LANGUAGE": "C"},
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"msgfmt rejected {po_file}.")
    counts = {}
    for kind in ("translated", "fuzzy", "untranslated"):
        match = re.search(rf"(\d+) {kind}", result.stderr)
        counts[kind] = int(match.group(1)) if match else 0
    return counts["translated"], counts["fuzzy"], counts["untranslated"]


def list_entries(po_file, flag):
    """Print the msgids that msgattrib selects with ``flag``, for the error message."""
    if not shutil.which("msgattrib"):
        return
    result = subprocess.run(  # noqa: S603
        ["msgattrib", flag, "--no-obsolete", "--no-wrap", str(po_file)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    msgids = re.findall(r'^msgid "(.+)"$', result.stdout, flags=re.MULTILINE)
    for msgid in msgids[:30]:
        print(f"    {msgid}")
    if len(msgids) > 30:
        print(f"    ... and {len(msgids) - 30} more")


def messages(options):
    if not shutil.which("msgfmt"):
        print("msgfmt not found: install GNU gettext (apt-get install gettext).")
        return 1
    if not VI_CATALOGUE.exists():
        print(
            f"The Vietnamese catalogue {VI_CATALOGUE.relative_to(ROOT)} does not "
            "exist. Create it with: cd wagtail_nd43 && django-admin makemessages -l vi"
        )
        return 1
    ensure_venv()
    say("Compiling the translations of wagtail_nd43")
    code = run(
        [PYTHON, "-m", "django", "compilemessages"], cwd=PACKAGE_DIR, check=False
    )
    if code:
        return code
    translated, fuzzy, untranslated = catalogue_statistics(VI_CATALOGUE)
    print(
        f"vi catalogue: {translated} translated, {fuzzy} fuzzy, "
        f"{untranslated} untranslated."
    )
    if untranslated:
        print("Untranslated:")
        list_entries(VI_CATALOGUE, "--untranslated")
    if fuzzy:
        print("Fuzzy (check the translation, then remove the fuzzy flag):")
        list_entries(VI_CATALOGUE, "--only-fuzzy")
    if fuzzy or untranslated:
        print("The vi catalogue is incomplete.")
        return 1
    return 0


def venv(options):
    ensure_venv()
    print(f"{VENV} is up to date.")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="dev.py",
        description=__doc__,
        formatter_class=argparse.RawTextHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo_parser = commands.add_parser("demo", help="build and serve the example site")
    demo_parser.add_argument(
        "--setup-only",
        action="store_true",
        help="prepare the database and content, but do not start the server",
    )
    demo_parser.set_defaults(func=demo)
    test_parser = commands.add_parser(
        "test", help="run the test suite; extra arguments go to pytest"
    )
    test_parser.set_defaults(func=test)
    commands.add_parser("lint", help="ruff check and format check").set_defaults(
        func=lint
    )
    commands.add_parser(
        "messages", help="compile messages, fail on untranslated vi strings"
    ).set_defaults(func=messages)
    commands.add_parser("venv", help="only create or update .venv").set_defaults(
        func=venv
    )

    options, extra = parser.parse_known_args(argv)
    if options.command == "test":
        options.pytest_args = extra
    elif extra:
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    return options.func(options)


if __name__ == "__main__":
    sys.exit(main())
