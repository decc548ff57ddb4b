"""The twelve migrations of wagtail_nd43 before they were squashed into
``0001_squashed_0012_agency_portal`` (issue 19), as main had them: test data for
``tests/test_migrations.py``, which builds a database with them through
``MIGRATION_MODULES`` and upgrades it. Not shipped in the wheel.

Verbatim but for one line: ``0012_spokesperson_site`` imports ``0011_agency_sites``
from this package (``__package__``) instead of ``wagtail_nd43.migrations``.
"""
