"""What a release needs besides the code: PyPI metadata, a README whose links work on
PyPI, a changelog section for the version, and a docs site that stays inside itself.

The sdist and wheel themselves are checked by CI (``.ci/run`` builds both, runs the
suite against the installed wheel and inside the unpacked sdist)."""

import importlib.util
import re
import tomllib
from pathlib import Path

from django.test import SimpleTestCase

import wagtail_nd43


ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+)\)")


def load_hooks():
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class MetadataTest(SimpleTestCase):
    def test_the_readme_links_are_absolute(self):
        """PyPI shows the README without the repository around it."""
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        relative = [
            target
            for target in LINK.findall(readme)
            if not re.match(r"^(https?:|mailto:|#)", target)
        ]
        self.assertEqual(relative, [])

    def test_the_changelog_has_a_section_for_the_version(self):
        changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        first = re.search(r"^## (\S+)", changelog, flags=re.MULTILINE).group(1)
        self.assertEqual(first, wagtail_nd43.__version__)

    def test_the_project_urls_and_extras(self):
        project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
        self.assertLessEqual(
            {"Homepage", "Documentation", "Source", "Issues", "Changelog"},
            set(project["urls"]),
        )
        self.assertLessEqual(
            {"test", "redis", "docs"}, set(project["optional-dependencies"])
        )
        declared = {
            re.split(r"[<>=\[ ]", requirement)[0].lower()
            for requirement in project["dependencies"]
        }
        # Imported by the package directly (views, migration 0001, workdays).
        self.assertLessEqual({"django-filter", "modelsearch", "holidays"}, declared)


class DocsHooksTest(SimpleTestCase):
    """docs_hooks.py keeps every link of the mkdocs site inside it or absolute."""

    hooks = load_hooks()

    def test_links_between_pages_stay_relative(self):
        rewrite = self.hooks.rewrite
        self.assertEqual(
            rewrite("../reference/glossary-vi.md", "docs/how-to", "docs/how-to"),
            "../reference/glossary-vi.md",
        )
        self.assertEqual(rewrite("#settings", "docs", "docs"), "#settings")

    def test_the_readme_and_changelog_are_pages(self):
        rewrite = self.hooks.rewrite
        self.assertEqual(
            rewrite("../README.md#agency-levels", "docs", "docs"),
            "readme.md#agency-levels",
        )
        self.assertEqual(
            rewrite("../../CHANGELOG.md", "docs/how-to", "docs/how-to"),
            "../changelog.md",
        )
        # The README's absolute links come back into the site.
        self.assertEqual(
            rewrite(self.hooks.REPOSITORY + "docs/how-to/x.md", "", "docs"),
            "how-to/x.md",
        )

    def test_other_files_link_to_the_repository(self):
        self.assertEqual(
            self.hooks.rewrite("../../wagtail_nd43/workdays.py", "docs/how-to", "x"),
            self.hooks.REPOSITORY + "wagtail_nd43/workdays.py",
        )
