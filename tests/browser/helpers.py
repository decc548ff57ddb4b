"""Helpers shared by the browser tests (imported by ``conftest.py`` and the tests)."""

import importlib
import os
import re
from pathlib import Path

import pytest


REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "artifacts" / "screenshots"

#: Impacts that fail the accessibility tests: all of axe-core's, from "minor" up
#: (issue 17: no violation of any impact on the public pages).
BLOCKING_IMPACTS = ("minor", "moderate", "serious", "critical")


def in_ci():
    return os.environ.get("CI") == "true"


def unavailable(reason):
    """Skip on a developer machine, fail in CI, where the browser tests must run."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: browser tests may not be skipped)")
    pytest.skip(reason, allow_module_level=True)


def require_module(name, hint):
    """Import ``name`` or skip (fail in CI) with an install ``hint``."""
    try:
        return importlib.import_module(name)
    except ImportError:
        unavailable(f"Python package {name.split('.')[0]} is missing; {hint}")


def slugify_name(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "root"


def screenshot(page, name):
    """Save a full-page PNG under ``artifacts/screenshots/`` and return its path."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def blocking_violations(axe_response):
    return [
        violation
        for violation in axe_response["violations"]
        if violation.get("impact") in BLOCKING_IMPACTS
    ]


def format_violations(violations, url):
    """One readable block per violation: id, impact, help and the nodes' targets."""
    lines = [f"{len(violations)} axe-core violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" [{violation.get('helpUrl', '')}]"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            html = " ".join(node.get("html", "").split())[:200]
            lines.append(f"    target: {target}")
            lines.append(f"      html: {html}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"      why:  {summary}")
    return "\n".join(lines)
