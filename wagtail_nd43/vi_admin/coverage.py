"""How much of the installed Wagtail's admin reads in Vietnamese.

The source list is every msgid of the installed Wagtail's ``en`` catalogues (the
English catalogues list all msgids of each app, for both the ``django`` domain and the
admin's ``djangojs`` domain). A msgid counts as translated when the catalogue Django
actually uses for ``vi`` has a non-empty translation for it:

* ``django``: the merged catalogue of all installed apps and ``LOCALE_PATHS``
  (``django.utils.translation.trans_real.translation``);
* ``djangojs``: the catalogue Wagtail's ``wagtailadmin_javascript_catalog`` view
  builds (``JavaScriptCatalog`` with ``packages=["wagtail.admin"]``, which adds
  ``LOCALE_PATHS``).

So the figure reflects the project's settings, not just the files: without this app in
``INSTALLED_APPS`` or its locale directory in ``LOCALE_PATHS`` the figure drops.
"""

import ast
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import trans_real

from . import JAVASCRIPT_LOCALE_DIR


DOMAINS = ("django", "djangojs")
#: Wagtail's admin JavaScript catalogue is built from this package only.
JS_PACKAGES = ["wagtail.admin"]


@dataclass(frozen=True)
class Message:
    msgid: str
    msgid_plural: str = ""
    msgctxt: str = ""

    @property
    def key(self):
        """The key of this message in a ``gettext`` catalogue dict."""
        msgid = f"{self.msgctxt}\x04{self.msgid}" if self.msgctxt else self.msgid
        return (msgid, 0) if self.msgid_plural else msgid


@dataclass
class PoEntry:
    message: Message
    msgstr: str
    fuzzy: bool


def read_po(path):
    """The entries of a PO file (obsolete ``#~`` entries left out)."""
    entries = []
    fields = {}
    current = None
    fuzzy = next_fuzzy = False

    def flush():
        if "msgid" in fields:
            message = Message(
                msgid=fields["msgid"],
                msgid_plural=fields.get("msgid_plural", ""),
                msgctxt=fields.get("msgctxt", ""),
            )
            msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
            entries.append(PoEntry(message, msgstr, fuzzy))
        fields.clear()

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#,"):
            next_fuzzy = "fuzzy" in line
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            fields[current] += ast.literal_eval(line)
            continue
        keyword, _, value = line.partition(" ")
        starts_entry = keyword == "msgctxt" or (
            keyword == "msgid" and any(k.startswith("msgstr") for k in fields)
        )
        if starts_entry or (keyword == "msgid" and "msgctxt" not in fields):
            if starts_entry or "msgid" in fields:
                flush()
            fuzzy, next_fuzzy = next_fuzzy, False
        current = keyword
        fields[current] = ast.literal_eval(value)
    flush()
    return [entry for entry in entries if entry.message.msgid]


def wagtail_locale_dirs():
    """``(app path, locale dir)`` of every Wagtail app that ships catalogues."""
    import wagtail

    root = Path(wagtail.__file__).resolve().parent
    for locale_dir in sorted(root.glob("**/locale")):
        if (locale_dir / "en" / "LC_MESSAGES").is_dir():
            app = locale_dir.parent.relative_to(root.parent).as_posix()
            yield app, locale_dir


def source_messages(domain):
    """``{Message: [apps]}`` of the installed Wagtail's ``en`` catalogues."""
    messages = {}
    for app, locale_dir in wagtail_locale_dirs():
        path = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            for entry in read_po(path):
                messages.setdefault(entry.message, []).append(app)
    return messages


def wagtail_translations(domain, language="vi"):
    """``{Message: {translation}}`` of Wagtail's own catalogues (non-empty, not
    fuzzy); a message several Wagtail apps translate may have several."""
    translations = {}
    for _app, locale_dir in wagtail_locale_dirs():
        path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            for entry in read_po(path):
                if entry.msgstr and not entry.fuzzy:
                    translations.setdefault(entry.message, set()).add(entry.msgstr)
    return translations


def wagtail_translated(domain, language="vi"):
    """The messages Wagtail's own catalogues translate into ``language``."""
    return set(wagtail_translations(domain, language))


def runtime_catalogue(domain, language="vi"):
    """The catalogue dict Django serves for ``domain`` in ``language``."""
    if domain == "django":
        return trans_real.translation(language)._catalog
    from django.views.i18n import JavaScriptCatalog

    paths = JavaScriptCatalog().get_paths(JS_PACKAGES)
    return trans_real.DjangoTranslation(
        language, domain=domain, localedirs=paths
    )._catalog


@dataclass
class DomainCoverage:
    domain: str
    total: int = 0
    translated: int = 0
    by_wagtail: int = 0
    missing: list = field(default_factory=list)  # [(Message, [apps])]

    @property
    def share(self):
        return self.translated / self.total if self.total else 1.0


@dataclass
class Coverage:
    language: str
    domains: dict

    @property
    def total(self):
        return sum(d.total for d in self.domains.values())

    @property
    def translated(self):
        return sum(d.translated for d in self.domains.values())

    @property
    def by_wagtail(self):
        return sum(d.by_wagtail for d in self.domains.values())

    @property
    def share(self):
        return self.translated / self.total if self.total else 1.0

    @property
    def missing(self):
        return [m for d in self.domains.values() for m in d.missing]


def measure(language="vi"):
    """The :class:`Coverage` of the installed Wagtail's admin in ``language``."""
    domains = {}
    for domain in DOMAINS:
        catalogue = runtime_catalogue(domain, language)
        wagtail_own = wagtail_translated(domain, language)
        result = DomainCoverage(domain)
        for message, apps in source_messages(domain).items():
            result.total += 1
            result.by_wagtail += message in wagtail_own
            if catalogue.get(message.key):
                result.translated += 1
            else:
                result.missing.append((message, apps))
        domains[domain] = result
    return Coverage(language, domains)


def effective_translations(domain, language="vi"):
    """``{Message: translation}`` as Django serves them, for every source msgid."""
    catalogue = runtime_catalogue(domain, language)
    return {
        message: catalogue.get(message.key) or "" for message in source_messages(domain)
    }


#: The locale directories of this app's catalogues, by domain.
LOCALE_DIRS = {
    "django": Path(__file__).resolve().parent / "locale",
    "djangojs": Path(JAVASCRIPT_LOCALE_DIR),
}


@dataclass(frozen=True)
class Override:
    """A message this app translates differently from Wagtail's own catalogue."""

    domain: str
    message: Message
    ours: str
    wagtails: tuple  # Wagtail's translations (its apps may disagree)


def wagtail_overrides(language="vi"):
    """The :class:`Override` list: messages of this app's catalogues (same msgid and
    context) that Wagtail translates too, differently. Listed before the ``wagtail.*``
    apps, this app's translation is the one served; docs/reference/glossary-vi.md
    gives the reason for each."""
    overrides = []
    for domain, locale_dir in LOCALE_DIRS.items():
        wagtails = wagtail_translations(domain, language)
        path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
        for entry in read_po(path):
            theirs = wagtails.get(entry.message, set())
            if theirs - {entry.msgstr}:
                overrides.append(
                    Override(domain, entry.message, entry.msgstr, tuple(sorted(theirs)))
                )
    return overrides
