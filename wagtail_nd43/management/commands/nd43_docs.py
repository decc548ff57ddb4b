"""Generate the Markdown reference of a regulation profile from the rulebook.

``docs/reference/nd43-sections.md`` is this command's output, and
``docs/reference/compliance-matrix.md`` its output with ``--matrix`` (every
profile: requirement → section and page type → check); ``tests/test_docs.py`` fails
when a committed file differs from a fresh run, so the reference cannot drift from
the rulebook.
"""

import dataclasses
from pathlib import Path

from django.core.management.base import BaseCommand

from ...rulebook import CHECK_KINDS, LEVELS, Check, get_profile, profile_names


REGENERATE_MATRIX = (
    "DJANGO_SETTINGS_MODULE=tests.settings python -m django nd43_docs --matrix "
    "--output docs/reference/compliance-matrix.md"
)

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
        "| Id | Citation | Requirement | Severity | Levels | In force | Source "
        "| Check |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for requirement in profile.requirements:
        lines.append(
            f"| {requirement.id} | {_cell(requirement.source.citation())} "
            f"| {_cell(requirement.title_vi)} | {requirement.severity} "
            f"| {_levels(requirement.levels)} | {_in_force(requirement)} "
            f"| {requirement.source.confidence} "
            f"| {_cell(_check(requirement.check))} |"
        )
    return "\n".join(lines) + "\n"


def _in_force(requirement):
    """When the checker evaluates the row: ``from``/``until`` dates, or ``—``."""
    parts = []
    if requirement.in_force_from:
        parts.append(f"from {requirement.in_force_from:%d/%m/%Y}")
    if requirement.in_force_until:
        parts.append(f"until {requirement.in_force_until:%d/%m/%Y}")
    return ", ".join(parts) or "—"


def _where(profile, requirement):
    """``(section title, key, page type)`` the requirement is checked on."""
    check = requirement.check
    key = getattr(check, "section", None) or None
    if key is None:
        key = next(
            (
                section.key
                for section in profile.sections()
                if requirement.id in section.requirement_ids
            ),
            None,
        )
    if key is None:
        return "—", "—"
    section = profile.section(key)
    return f"{_cell(section.title_vi)} (`{key}`)", f"`{section.page_type}`"


def _check_kinds(profiles):
    """The check classes the matrix describes, as the rulebook declares them: the
    package's own and any other a profile of ``profiles`` uses (a site's kind)."""
    used = {
        type(requirement.check)
        for profile in profiles
        for requirement in profile.requirements
        if requirement.check is not None
    }
    return [
        check_class
        for check_class in CHECK_KINDS.values()
        if check_class.__module__ == Check.__module__ or check_class in used
    ]


def render_matrix(profiles):
    """The compliance matrix of ``profiles``: for each requirement, where it is
    checked and how."""
    lines = [
        "# Compliance matrix",
        "",
        "<!-- Generated from the rulebook (wagtail_nd43/rulebook/); do not edit.",
        f"     Regenerate with: {REGENERATE_MATRIX} -->",
        "",
        "What the compliance checker (`wagtail_nd43.compliance`, `manage.py "
        "nd43_check`, the admin report) evaluates for each requirement: the section "
        "and page type that hold the evidence, the kind of check and its "
        "parameters. Required findings make the score (met / applicable); "
        "recommended ones are reported, and count for the exit status of "
        "`nd43_check` only with `--include-recommended`. `—` marks an obligation "
        "met by how the package is built or checked by a person (status "
        "`not_evaluated`, shown but not scored).",
        "",
        "## Check kinds",
        "",
        "| Kind | Verifies | Statuses |",
        "|---|---|---|",
    ]
    for check_class in _check_kinds(profiles):
        lines.append(
            f"| `{check_class.kind}` | {_cell(check_class.verifies)} "
            f"| {', '.join(check_class.statuses)} |"
        )
    for profile in profiles:
        lines += [
            "",
            f"## {profile.title_en} (`{profile.name}`)",
            "",
            "| Id | Requirement | Severity | Levels | Section | Page type | Check |",
            "|---|---|---|---|---|---|---|",
        ]
        for requirement in profile.requirements:
            section, page_type = _where(profile, requirement)
            lines.append(
                f"| {requirement.id} | {_cell(requirement.title_vi)} "
                f"| {requirement.severity} | {_levels(requirement.levels)} "
                f"| {section} | {page_type} | {_cell(_check(requirement.check))} |"
            )
        if profile.based_on:
            lines += _changes(get_profile(profile.based_on), profile)
    lines += _not_checkable()
    return "\n".join(lines) + "\n"


def _not_checkable():
    """The catalogue rows no CMS can check, with the reason (``catalogue.py``)."""
    from ...rulebook.catalogue import NOT_CHECKABLE, REASONS

    lines = [
        "",
        "## Catalogue rows not checked",
        "",
        "Verified rows of the requirements catalogue that are not content a CMS "
        "can check, and why. Every other verified row of Decree 43, Circular 32, "
        "Decree 09 and the HCMC letter is checked by a requirement above "
        "(`tests/test_catalogue_coverage.py` keeps the share at 90 % or more).",
        "",
        "| Row | Why | What answers it |",
        "|---|---|---|",
    ]
    for row, (kind, answer) in NOT_CHECKABLE.items():
        lines.append(f"| {row} | {_cell(REASONS[kind])} | {_cell(answer)} |")
    return lines


def _changes(base, profile):
    """What ``profile`` changes from the profile it is derived from: sections added
    or widened, requirements re-cited (same check, new id), added, or whose
    severity or levels changed. Computed by comparing the two rulebooks."""
    lines = [
        "",
        f"### Changes from `{base.name}`",
        "",
        f"`{profile.name}` is derived from `{base.name}` "
        "(`wagtail_nd43/rulebook/" + profile.name + ".py`): everything not listed "
        "here is as in that profile.",
        "",
        "| Change | Id or section | From | To |",
        "|---|---|---|---|",
    ]
    base_keys = {section.key for section in base.sections()}
    for section in profile.sections():
        if section.key not in base_keys:
            lines.append(
                f"| section added | {_cell(section.title_vi)} (`{section.key}`) "
                f"| — | `{section.page_type}`, {_levels(section.levels)} |"
            )
        elif base.section(section.key).levels != section.levels:
            lines.append(
                f"| section levels | {_cell(section.title_vi)} (`{section.key}`) "
                f"| {_levels(base.section(section.key).levels)} "
                f"| {_levels(section.levels)} |"
            )
    ids = {requirement.id for requirement in profile.requirements}
    base_ids = {requirement.id for requirement in base.requirements}
    recited = set()
    for old in base.requirements:
        if old.id in ids:
            new = profile.requirement(old.id)
        else:
            new = next(
                (
                    r
                    for r in profile.requirements
                    if r.id not in base_ids
                    and r.check is not None
                    and r.check == old.check
                ),
                None,
            )
            if new is None:
                lines.append(f"| requirement removed | {old.id} | — | — |")
                continue
            recited.add(new.id)
            lines.append(
                f"| re-cited | {old.id} → {new.id} "
                f"| {_cell(old.source.citation())} | {_cell(new.source.citation())} |"
            )
        if old.severity != new.severity:
            lines.append(f"| severity | {new.id} | {old.severity} | {new.severity} |")
        if old.levels != new.levels:
            lines.append(
                f"| levels | {new.id} | {_levels(old.levels)} | {_levels(new.levels)} |"
            )
    for requirement in profile.requirements:
        if requirement.id not in base_ids | recited:
            lines.append(
                f"| requirement added | {requirement.id} "
                f"| — | {_cell(requirement.title_vi)} ({requirement.severity}) |"
            )
    return lines


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
            "--matrix",
            action="store_true",
            help="Write the compliance matrix of every profile instead.",
        )
        parser.add_argument(
            "--output",
            help="File to write (default: standard output).",
        )

    def handle(self, *args, **options):
        if options["matrix"]:
            text = render_matrix([get_profile(name) for name in profile_names()])
        else:
            text = render(get_profile(options["profile"]))
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
