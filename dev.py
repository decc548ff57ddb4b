#!/usr/bin/env python3
"""Developer entry point: needs only Python >= 3.11 and the standard library.

    python3 dev.py demo       set up .venv, build the example site and serve it
    python3 dev.py demo --province   the same as a province portal with two component sites
    python3 dev.py test       run the whole test suite (SQLite, then PostgreSQL)
    python3 dev.py lint       ruff check and ruff format --check
    python3 dev.py messages   extract and compile translations (both catalogues);
                              fail on untranslated vi strings
    python3 dev.py venv       only create or update .venv

The virtual environment is ``.venv`` at the repository root. It is created when
missing and the package is (re)installed in editable mode with its ``test``,
``browser``, ``example``, ``docs`` and ``release`` extras whenever ``pyproject.toml``
changes.
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
EXTRAS = "test,browser,example,docs,release"
MANAGE = ROOT / "example_site" / "manage.py"

DEMO_HOST = "127.0.0.1:8000"
DEMO_LEVEL = "so"
ADMIN_USER = ADMIN_PASSWORD = "admin"  # noqa: S105  (demo only)

POSTGRES = ("127.0.0.1", 5432)
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test"
LINT_PATHS = [
    "wagtail_nd43",
    "tests",
    "example_site",
    "bench",
    "dev.py",
    "docs_hooks.py",
    "noxfile.py",
]
PACKAGE_DIR = ROOT / "wagtail_nd43"


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


#: ``demo --province``: the component sites beside the province's portal, served by
#: the same runserver under ``*.localhost`` names (browsers send them to 127.0.0.1).
PROVINCE_LEVEL = "ubnd-tinh"
#: The province's portal: full name, short name, governing body.
PROVINCE_AGENCY = ("Ủy ban nhân dân tỉnh Hòa Bình Xanh", "UBND tỉnh Hòa Bình Xanh", "")
#: Hostname, site name, level, then the agency as above.
COMPONENT_SITES = (
    (
        "so-tu-phap.localhost",
        "Sở Tư pháp",
        "so",
        ("Sở Tư pháp tỉnh Hòa Bình Xanh", "Sở Tư pháp Hòa Bình Xanh", None),
    ),
    (
        "xa-an-khanh.localhost",
        "UBND xã An Khánh",
        "ubnd-xa",
        (
            "Ủy ban nhân dân xã An Khánh",
            "UBND xã An Khánh",
            "Ủy ban nhân dân tỉnh Hòa Bình Xanh",
        ),
    ),
)


def agency_options(agency):
    full_name, short_name, governing_body = agency
    options = ["--agency-name", full_name, "--short-name", short_name]
    if governing_body is not None:
        options += ["--governing-body", governing_body]
    return options


def demo(options):
    ensure_venv()
    say("Preparing the example site (example_site/db.sqlite3 unless DATABASE_URL)")
    manage("migrate", "--noinput")
    manage(
        "nd43_scaffold", "--level", PROVINCE_LEVEL if options.province else DEMO_LEVEL
    )
    manage(
        "load_demo_content",
        *(agency_options(PROVINCE_AGENCY) if options.province else []),
    )
    port = DEMO_HOST.rsplit(":", 1)[1]
    if options.province:
        for hostname, name, level, agency in COMPONENT_SITES:
            manage(
                "nd43_scaffold",
                "--hostname",
                hostname,
                "--port",
                port,
                "--site-name",
                name,
                "--level",
                level,
            )
            manage("load_demo_content", "--site", hostname, *agency_options(agency))
        manage("load_demo_history")
        # Exit status 1 when a site fails: the demo goes on all the same.
        manage("nd43_check", "--all-sites", "--store", check=False)
    manage("ensure_demo_admin")
    print(
        "\n"
        "  Example site:  http://127.0.0.1:8000/\n"
        "  Admin:         http://127.0.0.1:8000/admin/\n"
        f"  Log in with:   {ADMIN_USER} / {ADMIN_PASSWORD}  (demo only)\n",
        flush=True,
    )
    if options.province:
        for hostname, name, _level, _agency in COMPONENT_SITES:
            print(f"  {name}:  http://{hostname}:{port}/")
        print(
            "  Province overview:  http://127.0.0.1:8000/admin/nd43/compliance/overview/\n",
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
    args = options.pytest_args
    if any(not arg.startswith("-") for arg in args):
        # Tests or an expression chosen: one run of what was asked for.
        results = {"SQLite": pytest("SQLite", args)}
    else:
        # The browser tests after the rest, in one process: beside the other
        # tests, Chromium and the demo server fight them for the cores (on two
        # cores the SQLite run took 724 s together, about 540 s one after the other).
        results = {
            "SQLite": pytest("SQLite", ["-m", "not browser", *args]),
            "Browser": pytest(
                "SQLite, browser tests", ["-m", "browser", "-p", "no:xdist", *args]
            ),
        }
    if postgres_reachable():
        # The tests that use the database. The browser tests drive the example
        # site on its own SQLite database, so running them again here would test
        # nothing new; nor would the tests that never reach a database. The
        # exhaustive ones repeat, over every agency level or the demo at each
        # level, queries the other tests already run here once.
        results["PostgreSQL"] = pytest(
            "PostgreSQL",
            ["-m", "database and not browser and not exhaustive", *options.pytest_args],
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

#: The safe extraction of the package's own catalogue. A plain ``makemessages -l vi``
#: in wagtail_nd43/ would also rewrite vi_admin/locale from vi_admin's few source
#: strings, deleting the curated translations of Wagtail's messages kept there.
MAKEMESSAGES = [
    "makemessages",
    "-l",
    "vi",
    "--no-obsolete",
    "--add-location=file",
    "--ignore",
    "vi_admin/*",
]


def catalogues(package_dir=PACKAGE_DIR):
    """The Vietnamese catalogues the package ships, in the order they are checked."""
    vi_admin = package_dir / "vi_admin"
    return [
        package_dir / "locale" / "vi" / "LC_MESSAGES" / "django.po",
        vi_admin / "locale" / "vi" / "LC_MESSAGES" / "django.po",
        vi_admin / "locale_js" / "vi" / "LC_MESSAGES" / "djangojs.po",
    ]


def po_entries(text):
    """``{(msgctxt, msgid): msgstr}`` of a PO file's text (obsolete entries left out;
    for plural entries the first form). Standard library only, like all of dev.py."""
    import ast

    entries = {}
    fields = {}
    key = None

    def flush():
        if fields.get("msgid"):
            msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
            entries[(fields.get("msgctxt", ""), fields["msgid"])] = msgstr
        fields.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and fields:
                flush()
            continue
        if line.startswith('"'):
            fields[key] += ast.literal_eval(line)
            continue
        keyword, _, value = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and any(
            k.startswith("msgstr") for k in fields
        ):
            flush()
        key = keyword
        fields[key] = ast.literal_eval(value)
    flush()
    return entries


def po_blocks(text):
    """The entries of a PO file's text, each as its lines (comments included); the
    header is the first. Entries need not be separated by blank lines."""
    blocks, current, in_msgstr = [], [], False
    for line in text.splitlines():
        if not line.strip():
            in_msgstr = bool(current) or in_msgstr
            continue
        if in_msgstr and not line.startswith('"') and not line.startswith("msgstr"):
            blocks.append(current)
            current, in_msgstr = [], False
        current.append(line)
        if line.startswith("msgstr"):
            in_msgstr = True
    if current:
        blocks.append(current)
    return blocks


def lost_translations(before, after):
    """Entries of ``before`` (PO text) that ``after`` lost or translates differently:
    ``[(msgctxt, msgid)]``. An extraction must never produce any in vi_admin."""
    old, new = po_entries(before), po_entries(after)
    return [key for key, msgstr in old.items() if msgstr and new.get(key) != msgstr]


def _without_creation_date(text):
    return re.sub(r'^"POT-Creation-Date: .*\\n"$', "", text, flags=re.MULTILINE)


def extract_package(package_dir=PACKAGE_DIR, python=None):
    """Update the package's own catalogue from its source (vi_admin/ left out).

    When only the ``POT-Creation-Date`` header changed, the file is left as it was,
    so a run with nothing new leaves the work tree clean.
    """
    po_file = catalogues(package_dir)[0]
    before = po_file.read_text(encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    code = run(
        [python or PYTHON, "-m", "django", *MAKEMESSAGES],
        cwd=package_dir,
        check=False,
        env=env,
    )
    if code:
        return code
    after = po_file.read_text(encoding="utf-8")
    if _without_creation_date(after) == _without_creation_date(before):
        po_file.write_text(before, encoding="utf-8")
    return 0


def extract_vi_admin(package_dir=PACKAGE_DIR, python=None):
    """Add vi_admin's own messages (its checks, command, labels) to its catalogue.

    The catalogue is curated, not extracted: most of its entries translate Wagtail's
    messages, which are not in vi_admin's source. So its own messages are extracted
    in a scratch copy and only the missing ones are appended (untranslated, so the
    check below asks for them); nothing already there is rewritten or removed.
    """
    import tempfile

    source = package_dir / "vi_admin"
    po_file = catalogues(package_dir)[1]
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "vi_admin"
        shutil.copytree(
            source,
            copy,
            ignore=shutil.ignore_patterns("locale", "locale_js", "__pycache__"),
        )
        (copy / "locale").mkdir()
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        code = run(
            [python or PYTHON, "-m", "django", "makemessages", "-l", "vi"],
            cwd=copy,
            check=False,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        if code:
            return code
        extracted = (copy / "locale" / "vi" / "LC_MESSAGES" / "django.po").read_text(
            encoding="utf-8"
        )
    present = po_entries(po_file.read_text(encoding="utf-8"))
    missing = []
    for block in po_blocks(extracted)[1:]:  # the first block is the header
        entry = po_entries("\n".join(block))
        if entry and next(iter(entry)) not in present:
            lines = [line for line in block if not line.startswith("#:")]
            missing.append("#. wagtail_nd43.vi_admin\n" + "\n".join(lines))
    if missing:
        with po_file.open("a", encoding="utf-8") as catalogue:
            catalogue.write("\n" + "\n\n".join(missing) + "\n")
        print(f"vi_admin: {len(missing)} new message(s) of its own added.")
    return 0


def extract(package_dir=PACKAGE_DIR, python=None):
    """Extract both catalogues; refuse (exit 1) if vi_admin's curated entries were
    lost, restoring them."""
    guarded = catalogues(package_dir)[1:]
    before = {path: path.read_text(encoding="utf-8") for path in guarded}
    code = extract_package(package_dir, python) or extract_vi_admin(package_dir, python)
    lost = {
        path: lost_translations(text, path.read_text(encoding="utf-8"))
        for path, text in before.items()
    }
    if any(lost.values()):
        for path, keys in lost.items():
            if keys:
                print(f"{path}: the extraction lost {len(keys)} curated entries;")
                path.write_text(before[path], encoding="utf-8")
        print("restored them. Fix dev.py's extraction before running it again.")
        return 1
    return code


def compile_catalogue(po_file):
    return run(
        ["msgfmt", "--check", "-o", po_file.with_suffix(".mo"), po_file], check=False
    )


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
    """Extract, compile and check every Vietnamese catalogue of the package."""
    for tool in ("msgfmt", "xgettext", "msgmerge"):
        if not shutil.which(tool):
            print(f"{tool} not found: install GNU gettext (apt-get install gettext).")
            return 1
    ensure_venv()
    if not getattr(options, "no_extract", False):
        say("Extracting messages (wagtail_nd43, then vi_admin's own)")
        code = extract()
        if code:
            return code
    incomplete = False
    for po_file in catalogues():
        name = po_file.relative_to(ROOT)
        say(f"Compiling {name}")
        if compile_catalogue(po_file):
            return 1
        translated, fuzzy, untranslated = catalogue_statistics(po_file)
        print(
            f"{name}: {translated} translated, {fuzzy} fuzzy, "
            f"{untranslated} untranslated."
        )
        if untranslated:
            print("Untranslated:")
            list_entries(po_file, "--untranslated")
        if fuzzy:
            print("Fuzzy (check the translation, then remove the fuzzy flag):")
            list_entries(po_file, "--only-fuzzy")
        incomplete |= bool(fuzzy or untranslated)
    if incomplete:
        print("A Vietnamese catalogue is incomplete.")
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
    demo_parser.add_argument(
        "--province",
        action="store_true",
        help=(
            "build the province's portal (ubnd-tinh) with two component sites "
            "(so-tu-phap.localhost, xa-an-khanh.localhost) and their history"
        ),
    )
    demo_parser.set_defaults(func=demo)
    test_parser = commands.add_parser(
        "test", help="run the test suite; extra arguments go to pytest"
    )
    test_parser.set_defaults(func=test)
    commands.add_parser("lint", help="ruff check and format check").set_defaults(
        func=lint
    )
    messages_parser = commands.add_parser(
        "messages",
        help="extract and compile messages, fail on untranslated vi strings",
    )
    messages_parser.add_argument(
        "--no-extract",
        action="store_true",
        help="only compile and check the catalogues, as they are",
    )
    messages_parser.set_defaults(func=messages)
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
