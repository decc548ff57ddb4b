"""Vietnamese for the whole Wagtail admin (optional app ``wagtail_nd43.vi_admin``).

Wagtail's own ``vi`` catalogues translate about a fifth of its admin strings. This app
ships catalogues with every msgid Wagtail's ``vi`` lacks plus corrections of some it
has, in the terms of ``docs/reference/glossary-vi.md``:

* ``locale/``: the server-side (``django`` domain) catalogue. Django merges the
  catalogues of installed apps so that the app listed first wins, so list this app
  *before* the ``wagtail.*`` apps (and after ``wagtail_nd43``, whose own terms win).
* ``locale_js/``: the admin's JavaScript (``djangojs``) catalogue. Wagtail's
  ``wagtailadmin_javascript_catalog`` view reads only ``wagtail.admin`` and
  ``LOCALE_PATHS``, so add :data:`JAVASCRIPT_LOCALE_DIR` to ``LOCALE_PATHS``. It holds
  no ``django`` catalogue, so it does not lift this app above the others there.

See ``docs/how-to/vietnamese-admin.md``. This module is imported from settings files,
so it must stay free of Django imports.
"""

from pathlib import Path


_HERE = Path(__file__).resolve().parent

#: For ``LOCALE_PATHS``: the admin's JavaScript catalogue (``djangojs`` only).
JAVASCRIPT_LOCALE_DIR = str(_HERE / "locale_js")

#: For ``FORMAT_MODULE_PATH``: dd/mm/yyyy input and display formats for ``vi``.
FORMAT_MODULE = "wagtail_nd43.vi_admin.formats"

#: For ``WAGTAILADMIN_PERMITTED_LANGUAGES``: the admin languages editors choose
#: from. Wagtail's default list leaves ``vi`` out; the format module covers both.
PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
