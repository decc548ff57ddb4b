"""``dev.py messages`` extracts both Vietnamese catalogues without losing a translation.

The package's own catalogue is extracted from its source; vi_admin's catalogue is
curated (it translates Wagtail's messages, which are not in vi_admin's source), so a
plain ``makemessages -l vi`` in ``wagtail_nd43/`` would empty it. These tests run the
extraction ``dev.py messages`` runs on a scratch copy of the package.
"""

import importlib.util
import os
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

from django.test import SimpleTestCase

import wagtail_nd43


ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(wagtail_nd43.__file__).resolve().parent
HAS_GETTEXT = all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msgfmt"))


def load_dev():
    spec = importlib.util.spec_from_file_location("nd43_dev", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = load_dev()


if not HAS_GETTEXT and os.environ.get("CI") == "true":
    raise RuntimeError("CI=true but GNU gettext (xgettext, msgmerge) is not installed")


@unittest.skipUnless(HAS_GETTEXT, "GNU gettext (xgettext, msgmerge) is not installed")
class ExtractionTest(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.scratch = tempfile.TemporaryDirectory()
        cls.package = Path(cls.scratch.name) / "wagtail_nd43"
        shutil.copytree(
            PACKAGE, cls.package, ignore=shutil.ignore_patterns("__pycache__")
        )
        cls.before = {
            path: path.read_text(encoding="utf-8")
            for path in dev.catalogues(cls.package)
        }
        cls.code = dev.extract(cls.package, python=sys.executable)
        cls.after = {
            path: path.read_text(encoding="utf-8")
            for path in dev.catalogues(cls.package)
        }

    @classmethod
    def tearDownClass(cls):
        cls.scratch.cleanup()
        super().tearDownClass()

    def test_the_extraction_succeeds(self):
        self.assertEqual(self.code, 0)

    def test_no_translation_is_lost_or_changed_in_any_catalogue(self):
        for path, before in self.before.items():
            with self.subTest(catalogue=path.relative_to(self.package).as_posix()):
                self.assertEqual(dev.lost_translations(before, self.after[path]), [])

    def test_the_curated_vi_admin_catalogues_keep_every_entry(self):
        for path in dev.catalogues(self.package)[1:]:
            before = dev.po_entries(self.before[path])
            after = dev.po_entries(self.after[path])
            self.assertGreater(len(before), 50, path)
            self.assertLessEqual(before.keys(), after.keys())

    def test_the_committed_catalogues_are_current(self):
        """The extraction adds no message: every UI string of the source is in the
        committed catalogues already (vi_admin's own messages included)."""
        for path, before in self.before.items():
            with self.subTest(catalogue=path.relative_to(self.package).as_posix()):
                new = dev.po_entries(self.after[path]).keys() - dev.po_entries(before)
                self.assertEqual(sorted(new), [])

    def test_vi_admin_own_messages_are_in_its_catalogue(self):
        entries = dev.po_entries(self.after[dev.catalogues(self.package)[1]])
        self.assertEqual(
            entries[("", "Vietnamese for the Wagtail admin")],
            "Tiếng Việt cho trang quản trị Wagtail",
        )


class GuardTest(SimpleTestCase):
    """The guard ``dev.py`` applies after extracting: what a plain ``makemessages``
    does to vi_admin's catalogue (keep only the source's own messages) is refused."""

    def test_a_catalogue_reduced_to_the_source_messages_is_reported(self):
        path = dev.catalogues(PACKAGE)[1]
        curated = path.read_text(encoding="utf-8")
        blocks = dev.po_blocks(curated)
        own = [b for b in blocks if "#. wagtail_nd43.vi_admin" in b]
        wiped = "\n\n".join("\n".join(b) for b in [blocks[0], *own])
        lost = dev.lost_translations(curated, wiped)
        self.assertGreater(len(lost), 1000)
        self.assertIn(("", "Submit for moderation"), lost)
        self.assertEqual(dev.lost_translations(curated, curated), [])

    def test_a_changed_translation_is_reported(self):
        before = 'msgid ""\nmsgstr ""\n\nmsgid "Page"\nmsgstr "Trang"\n'
        after = 'msgid ""\nmsgstr ""\n\nmsgid "Page"\nmsgstr "Trang web"\n'
        self.assertEqual(dev.lost_translations(before, after), [("", "Page")])
