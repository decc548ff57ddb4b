"""Verify by rendering (``nd43_check --render``): fetch each evidence page as an
anonymous visitor, through Django's whole request stack, and check that what a
passing finding rests on is really on the page.

A finding that passed in the database but whose page does not answer 200, or does
not show the details it rests on (every current spokesperson's name, phone and
e-mail; the agency's footer fields on every page fetched...), becomes ``missing``
with a message naming the page. Bounded work: one request per distinct evidence
page (one per section), whatever the number of pages or records.
"""

import html
import re
from dataclasses import replace
from urllib.parse import urlsplit

from django.apps import apps
from django.db import models
from django.test import Client
from django.utils.translation import gettext as _

from ..rulebook import FieldsFilled, RecordsExist, SettingsFilled
from .checks.records import current_records
from .data import SiteData, records_of_site
from .report import MISSING, OK


#: How many records of one requirement are looked for on its page.
MAX_RECORDS = 50

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)


def visible_text(markup):
    """The text a visitor reads in ``markup``: the body without tags, scripts or
    styles, entities decoded, white space collapsed."""
    match = _BODY.search(markup)
    markup = match.group(1) if match else markup
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def _shown_fields(model, names):
    """The fields of ``names`` that a page shows as they are stored (short text),
    so their values can be looked for in the page."""
    shown = []
    for name in names:
        field = model._meta.get_field(name)
        if isinstance(field, (models.CharField, models.EmailField)) and not (
            field.choices
        ):
            shown.append(name)
    return shown


def _values(instance, names):
    return [
        value.strip()
        for value in (getattr(instance, name) for name in names)
        if isinstance(value, str) and value.strip()
    ]


def expected_texts(finding, data):
    """What ``finding``'s evidence page must show."""
    check = finding.requirement.check
    if isinstance(check, SettingsFilled):
        instance = data.setting(check.model)
        return _values(instance, _shown_fields(type(instance), check.fields))
    if isinstance(check, FieldsFilled):
        page = data.sections.get(check.section)
        if page is None:
            return []
        return _values(page, _shown_fields(type(page), check.fields))
    if isinstance(check, RecordsExist):
        model = apps.get_model(check.model)
        queryset = records_of_site(
            current_records(model._default_manager.filter(**dict(check.where)), data),
            data.site,
        )
        names = _shown_fields(model, check.fields)
        texts = []
        for record in queryset.order_by("pk")[:MAX_RECORDS]:
            texts += _values(record, names)
        return texts
    return []


def _is_footer(finding, data):
    """Settings shown on the home page are the footer: shown on every page."""
    check = finding.requirement.check
    return isinstance(check, SettingsFilled) and finding.evidence_url in (
        data.public_url(data.home),
        "",
    )


class Renderer:
    """Fetches public pages of one site anonymously, each once.

    The pages are asked for on the Site record's hostname and port, over the scheme
    of the evidence URL, unless ``host`` and ``secure`` say otherwise: the admin
    passes the address its own request came on, which the project's
    ``ALLOWED_HOSTS`` and ``SECURE_SSL_REDIRECT`` accept, where a Site record left
    at ``localhost:80`` would get 400 or a redirect for every page. An error in a
    page answers 500, as it would for a visitor, instead of raising here.
    """

    def __init__(self, site, host=None, secure=None):
        self.site = site
        self.host = host
        self.secure = secure
        self.client = Client(raise_request_exception=False)
        self.pages = {}

    @property
    def unreachable(self):
        """``{url: status}`` of the pages that redirected or refused the host (400):
        the address was wrong, so nothing was learned of the page."""
        return {
            url: status
            for url, (status, _text) in self.pages.items()
            if 300 <= status < 400 or status == 400
        }

    def get(self, url):
        """``(status, visible text)`` of the page at ``url``."""
        if url not in self.pages:
            parts = urlsplit(url)
            host = self.host
            if host is None:
                host = self.site.hostname
                if self.site.port not in (80, 443):
                    host = f"{host}:{self.site.port}"
            secure = parts.scheme == "https" if self.secure is None else self.secure
            response = self.client.get(parts.path or "/", HTTP_HOST=host, secure=secure)
            text = ""
            if response.status_code == 200 and not getattr(
                response, "streaming", False
            ):
                text = visible_text(
                    response.content.decode(response.charset or "utf-8")
                )
            self.pages[url] = (response.status_code, text)
        return self.pages[url]


def _failed(finding, url, message):
    return replace(
        finding,
        status=MISSING,
        message=message,
        evidence_url=url,
    )


def verify_rendered(report, today=None, renderer=None):
    """``report`` with its passing findings checked against the rendered pages."""
    data = SiteData(report.site, report.profile, report.level, today=today)
    renderer = renderer or Renderer(report.site)
    findings = []
    footer_pages = set()
    for finding in report.findings:
        if finding.status == OK and finding.evidence_url:
            footer_pages.add(finding.evidence_url)
    footer_pages.add(data.public_url(data.home))
    for finding in report.findings:
        if finding.status != OK:
            findings.append(finding)
            continue
        urls = [finding.evidence_url] if finding.evidence_url else []
        if _is_footer(finding, data):
            urls = sorted(url for url in footer_pages if url)
        expected = expected_texts(finding, data)
        failure = None
        for url in urls:
            status, text = renderer.get(url)
            if status != 200:
                failure = _failed(
                    finding,
                    url,
                    _(
                        "A visitor opening %(url)s gets HTTP %(status)d, not the "
                        "page. Publish it and make it public."
                    )
                    % {"url": url, "status": status},
                )
                break
            normalised = text.casefold()
            absent = [
                value
                for value in expected
                if _SPACE.sub(" ", value).casefold() not in normalised
            ]
            if absent:
                failure = _failed(
                    finding,
                    url,
                    _(
                        "The page %(url)s does not show “%(text)s” to visitors. "
                        "Check that the page displays it."
                    )
                    % {"url": url, "text": absent[0]},
                )
                break
        findings.append(failure or finding)
    return replace(report, findings=findings)
