"""The supported version grid, one nox session per cell.

    nox -l                      list the sessions
    nox                         the whole grid (every cell on SQLite and PostgreSQL)
    nox -s "tests(python='3.13', django='6.1', wagtail='8', db='postgres')"
    nox -s docs                 the documentation site, strict
    nox -s build                sdist and wheel into dist/, with their sizes

A cell is a Python × Django × Wagtail combination that the three projects support
together: Django 6.x needs Python 3.12+, and Wagtail 7.4 LTS supports Django 5.2 and
6.0 (its classifiers; 8.x adds 6.1). The README's support table lists these cells and
says which of them CI runs. PostgreSQL cells use ``NOX_POSTGRES_URL`` (default: the
``postgres`` user on 127.0.0.1:5432); each cell gets its own test database.
"""

import os
from pathlib import Path

import nox


nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHONS = ["3.11", "3.12", "3.13"]
DJANGOS = ["5.2", "6.0", "6.1"]
WAGTAILS = ["7.4", "8"]
DATABASES = ["sqlite", "postgres"]

#: pip requirement of each version in the grid.
REQUIREMENTS = {
    ("django", "5.2"): "Django>=5.2,<5.3",
    ("django", "6.0"): "Django>=6.0,<6.1",
    ("django", "6.1"): "Django>=6.1,<6.2",
    ("wagtail", "7.4"): "wagtail>=7.4,<7.5",
    ("wagtail", "8"): "wagtail>=8,<9",
}
# Interpreters that pyenv installed but did not activate (its shims then refuse to
# run them) are found in its versions folder.
for version in PYTHONS:
    for folder in sorted((Path.home() / ".pyenv" / "versions").glob(f"{version}.*")):
        if (folder / "bin" / f"python{version}").exists():
            os.environ["PATH"] = f"{folder / 'bin'}{os.pathsep}{os.environ['PATH']}"
            break

POSTGRES_URL = os.environ.get("NOX_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")


def supported(python, django, wagtail):
    """Whether Python, Django and Wagtail all support this combination."""
    if django != "5.2" and python == "3.11":
        return False  # Django 6.0 and 6.1 need Python 3.12 or newer.
    if wagtail == "7.4" and django == "6.1":
        return False  # Wagtail 7.4 declares Django 5.2 and 6.0 only.
    return True


GRID = [
    (python, django, wagtail)
    for python in PYTHONS
    for django in DJANGOS
    for wagtail in WAGTAILS
    if supported(python, django, wagtail)
]


@nox.session
@nox.parametrize(
    "python,django,wagtail,db",
    [
        nox.param(python, django, wagtail, db)
        for python, django, wagtail in GRID
        for db in DATABASES
    ],
)
def tests(session, django, wagtail, db):
    """The suite (browser tests excluded) on one cell of the grid."""
    session.install(
        REQUIREMENTS["django", django], REQUIREMENTS["wagtail", wagtail], ".[test]"
    )
    session.run("python", "-m", "pip", "list", "--format=freeze", silent=False)
    env = {"DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONPATH": "."}
    if db == "postgres":
        name = f"nox_{session.python}_{django}_{wagtail}".replace(".", "")
        env["DATABASE_URL"] = f"{POSTGRES_URL}/{name}"
    # Migrations are generated with the oldest versions; none may be missing here.
    session.run(
        "python", "-m", "django", "makemigrations", "--check", "--dry-run", env=env
    )
    session.run(
        "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-n",
        "auto",
        "--ignore=tests/browser",
        *session.posargs,
        env=env,
    )


@nox.session(python="3.13")
def docs(session):
    """The documentation site, strict: a broken link or page fails."""
    session.install(".[docs]")
    session.run(
        "python",
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--site-dir",
        session.create_tmp(),
        env={"NO_MKDOCS_2_WARNING": "1"},
    )


@nox.session(python="3.13")
def build(session):
    """The sdist and the wheel, into dist/, with their sizes."""
    session.install("build>=1.2")
    session.run("python", "-m", "build", "--outdir", "dist", ".")
    session.run("ls", "-l", "dist", external=True)
