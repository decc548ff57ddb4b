"""How much of the requirements catalogue the rulebook checks (issue 14).

The catalogue's verified rows (a copy of their ids is vendored in
``tests/data/catalogue_verified_rows.txt``) are either checked by a rulebook
requirement with a check, or listed in ``rulebook.catalogue.NOT_CHECKABLE`` with
the reason no CMS can check them. The share of checkable rows that are checked
must stay at or above 90 %, and may not fall below what it is today.
"""

from pathlib import Path

from django.test import SimpleTestCase

from wagtail_nd43.rulebook import get_profile
from wagtail_nd43.rulebook.catalogue import (
    CHECKED_BY,
    NOT_CHECKABLE,
    REASONS,
    checked_by,
)


ROWS = [
    line.strip()
    for line in (Path(__file__).parent / "data" / "catalogue_verified_rows.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]
#: Checked checkable rows when this test was written; it may only grow.
CHECKED_AT_LEAST = 47


class CatalogueCoverageTest(SimpleTestCase):
    def setUp(self):
        self.requirements = get_profile("nd43").requirements

    def checkable(self):
        return [row for row in ROWS if row not in NOT_CHECKABLE]

    def test_at_least_90_percent_of_the_checkable_rows_are_checked(self):
        checkable = self.checkable()
        checked = [row for row in checkable if checked_by(row, self.requirements)]
        self.assertGreaterEqual(len(checked), CHECKED_AT_LEAST)
        self.assertGreaterEqual(len(checked) / len(checkable), 0.9)

    def test_rows_said_to_be_uncheckable_are_catalogue_rows_with_a_reason(self):
        for row, (kind, answer) in NOT_CHECKABLE.items():
            with self.subTest(row):
                self.assertIn(row, ROWS)
                self.assertIn(kind, REASONS)
                self.assertTrue(answer)
                self.assertEqual(checked_by(row, self.requirements), [])

    def test_mapped_rows_name_requirements_that_exist(self):
        ids = {r.id for r in self.requirements}
        for row, requirement_ids in CHECKED_BY.items():
            with self.subTest(row):
                self.assertIn(row, ROWS)
                self.assertLessEqual(set(requirement_ids), ids)

    def test_the_vendored_rows_are_the_catalogue_sections(self):
        self.assertGreaterEqual(len(ROWS), 97)
        self.assertIn("ND43-10.1a(i)", ROWS)
        self.assertIn("CV412-6", ROWS)
