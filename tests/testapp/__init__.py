"""A host site's own app, as agencies have them before installing the package.

Its page types, site setting and snippet use the names the package uses too
(StandardPage, ContactPage, AgencySettings, Spokesperson...), the way real Wagtail
sites name theirs: the two apps must migrate and run side by side (issue 13). It
also holds a site's own profile (``profiles.py``), registered through
``WAGTAIL_ND43_PROFILES`` in the tests that use it (issue 19).
"""
