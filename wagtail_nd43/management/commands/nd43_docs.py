"""Generate the Markdown reference of a regulation profile from the rulebook.

``docs/reference/nd43-sections.md`` is this command's output; ``tests/test_docs.py``
fails when the committed file differs from a fresh run, so the reference cannot
drift from the rulebook.
"""

import dataclasses
from pathlib import Path

from django.core.management.base import BaseCommand

from ...rulebook import LEVELS, get_profile, profile_names


REGENERATE = (
    "DJANGO_SETTINGS_MODULE=tests.settings python -m django nd43_docs "
    "--profile %(profile)s --output docs/reference/%(profile)s-sections.md"
)


def _cell(text):
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _levels(levels):
    if set(levels) == set(LEVELS):
        return "all"
    return ", ".join(level for level in LEVELS if level in levels)


def _value(value):
    if isinstance(value, tuple):
        if value and all(isinstance(item, tuple) and len(item) == 2 for item in value):
            return "(" + ", ".join(f"{k}={_value(v)}" for k, v in value) + ")"
        return "(" + ", ".join(_value(item) for item in value) + ")"
    return str(value)


def _check(check):
    """``kind(name=value, ...)``, listing the parameters the check was given."""
    if check is None:
        return "—"
    params = [
        f"{field.name}={_value(getattr(check, field.name))}"
        for field in dataclasses.fields(check)
        if getattr(check, field.name) != field.default
        or field.default is dataclasses.MISSING
    ]
    return f"`{check.kind}({', '.join(params)})`"


def _url_paths(profile):
    """Each section's URL path when the home page is the site's root page."""
    paths = {}

    def visit(section, prefix):
        paths[section.key] = prefix
        for child in section.children:
            visit(child, f"{prefix}{child.slug}/")

    visit(profile.root, "/")
    return paths


def render(profile):
    """The Markdown reference of ``profile``, deterministic for a given rulebook."""
    url_paths = _url_paths(profile)
    lines = [
        f"# {profile.title_en}: sections and requirements",
        "",
        "<!-- Generated from the rulebook (wagtail_nd43/rulebook/); do not edit.",
        f"     Regenerate with: {REGENERATE % {'profile': profile.name}} -->",
        "",
        f"Profile `{profile.name}`: {profile.title_vi}. `manage.py nd43_scaffold` "
        "builds the sections below for the agency level of the site; levels are the "
        "values of `--level`. Slug paths assume the agency home page is the site's "
        "root page.",
        "",
        "## Agency levels",
        "",
        "| Level | Agency | Sections (with the home page) |",
        "|---|---|---|",
    ]
    for level, label in LEVELS.items():
        lines.append(f"| `{level}` | {_cell(label)} | {len(profile.sections(level))} |")
    lines += [
        "",
        "## Sections",
        "",
        "In tree order; depth 0 is the agency home page.",
        "",
        "| Depth | Section | Slug path | Page type | Levels | Requirements |",
        "|---|---|---|---|---|---|",
    ]
    for depth, section in profile.root.walk():
        indent = "&emsp;" * depth
        lines.append(
            f"| {depth} | {indent}{_cell(section.title_vi)} "
            f"| `{url_paths[section.key]}` | `{section.page_type}` "
            f"| {_levels(section.levels)} "
            f"| {', '.join(section.requirement_ids)} |"
        )
    lines += [
        "",
        "## Requirements",
        "",
        "Checks are evaluated by the compliance checker; `—` marks an obligation met "
        "by how the package is built or by the agency, documented but not checked.",
        "",
        "| Id | Citation | Requirement | Severity | Levels | Check |",
        "|---|---|---|---|---|---|",
    ]
    for requirement in profile.requirements:
        lines.append(
            f"| {requirement.id} | {_cell(requirement.source.citation())} "
            f"| {_cell(requirement.title_vi)} | {requirement.severity} "
            f"| {_levels(requirement.levels)} | {_cell(_check(requirement.check))} |"
        )
    return "\n".join(lines) + "\n"


class Command(BaseCommand):
    help = "Write the Markdown reference of a regulation profile's sections."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--profile",
            choices=profile_names(),
            default="nd43",
            help="Regulation profile (default: nd43).",
        )
        parser.add_argument(
            "--output",
            help="File to write (default: standard output).",
        )

    def handle(self, *args, **options):
        text = render(get_profile(options["profile"]))
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
