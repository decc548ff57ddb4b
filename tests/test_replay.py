"""The suite's replayed scaffolds (tests/replay.py) leave the database exactly as
the scaffold they recorded."""

from django.db import transaction
from django.test import TestCase

from wagtail_nd43.rulebook import get_profile
from wagtail_nd43.scaffold import scaffold

from .replay import read_tables, scaffold_replayed
from .utils import default_site


class ReplayTest(TestCase):
    def build(self):
        self.builds += 1
        return scaffold(default_site(), get_profile("nd43"), "so").steps[0].page

    def test_a_replay_writes_every_row_the_recorded_scaffold_wrote(self):
        self.builds = 0
        key = ("replay-test", id(self))
        with transaction.atomic():
            home = scaffold_replayed(key, self.build)
            recorded = read_tables()
            sections = home.get_descendants().live().count()
            transaction.set_rollback(True)
        self.assertEqual(self.builds, 1)

        replayed_home = scaffold_replayed(key, self.build)

        self.assertEqual(self.builds, 1, "the second scaffold was not replayed")
        self.assertEqual(replayed_home.pk, home.pk)
        self.assertEqual(type(replayed_home), type(home))
        replayed = read_tables()
        self.assertEqual(recorded.keys(), replayed.keys())
        for table in recorded:
            self.assertEqual(recorded[table], replayed[table], table)
        self.assertGreater(sections, 20)
        self.assertEqual(replayed_home.get_descendants().live().count(), sections)

    def test_a_database_that_differs_from_the_recorded_one_is_scaffolded_then_recorded(
        self,
    ):
        self.builds = 0
        key = ("replay-test", id(self))
        with transaction.atomic():
            scaffold_replayed(key, self.build)
            transaction.set_rollback(True)
        site = default_site()
        site.site_name = "Sở khác"
        site.save()

        with transaction.atomic():
            scaffold_replayed(key, self.build)
            transaction.set_rollback(True)
        self.assertEqual(self.builds, 2)

        # That state is recorded too: the next class starting from it replays.
        scaffold_replayed(key, self.build)
        self.assertEqual(self.builds, 2)
