"""Apply the README's install steps and the Vietnamese admin how-to to a brand-new
``wagtail start`` project, as a user would by hand.

    python .ci/fresh_project.py PROJECT_DIR

The project's settings keep Django's default ``LANGUAGES`` (about a hundred
languages): the how-to's settings must raise no warning with it. CI then runs
``manage.py check`` (no issue allowed), ``migrate`` and ``nd43_scaffold``.
"""

import re
import sys
from pathlib import Path


project = Path(sys.argv[1])
name = project.name
settings = project / name / "settings" / "base.py"
urls = project / name / "urls.py"

text = settings.read_text()

# README step 2: wagtail_nd43 first, and the Wagtail contrib apps it uses.
# vi_admin how-to: wagtail_nd43.vi_admin before every wagtail.* app.
text = text.replace(
    "INSTALLED_APPS = [\n",
    "INSTALLED_APPS = [\n"
    '    "wagtail_nd43",\n'
    '    "wagtail_nd43.vi_admin",\n'
    '    "wagtail.contrib.routable_page",\n'
    '    "wagtail.contrib.settings",\n'
    '    "wagtail.contrib.sitemaps",\n'
    '    "wagtail.contrib.table_block",\n',
    1,
)
text = text.replace(
    '    "django.contrib.staticfiles",\n]',
    '    "django.contrib.staticfiles",\n    "django.contrib.sitemaps",\n]',
    1,
)
# README step 3: the settings context processor.
text = text.replace(
    '"django.contrib.messages.context_processors.messages",\n',
    '"django.contrib.messages.context_processors.messages",\n'
    '                "wagtail.contrib.settings.context_processors.settings",\n',
    1,
)
# The how-to's settings block.
text = re.sub(r"^LANGUAGE_CODE = .*$", 'LANGUAGE_CODE = "vi"', text, flags=re.M)
text = re.sub(r"^TIME_ZONE = .*$", 'TIME_ZONE = "Asia/Ho_Chi_Minh"', text, flags=re.M)
text += """

# docs/how-to/vietnamese-admin.md
from wagtail_nd43 import vi_admin  # noqa: E402

LOCALE_PATHS = [vi_admin.JAVASCRIPT_LOCALE_DIR]
FORMAT_MODULE_PATH = [vi_admin.FORMAT_MODULE]
WAGTAILADMIN_PERMITTED_LANGUAGES = vi_admin.PERMITTED_LANGUAGES
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_USER_LOGIN_FORM = "wagtail_nd43.vi_admin.forms.LoginForm"
"""
settings.write_text(text)

# README step 4: the package's URLs before Wagtail's page URLs.
text = urls.read_text()
text = text.replace(
    '    path("", include(wagtail_urls)),\n',
    '    path("", include("wagtail_nd43.urls")),\n'
    '    path("", include(wagtail_urls)),\n',
    1,
)
urls.write_text(text)

for path, needle in (
    (settings, '"wagtail_nd43.vi_admin"'),
    (settings, "context_processors.settings"),
    (urls, "wagtail_nd43.urls"),
):
    if needle not in path.read_text():
        sys.exit(f"{path}: could not apply {needle}; has `wagtail start` changed?")
print(f"{project}: README steps and the vi admin how-to applied.")
