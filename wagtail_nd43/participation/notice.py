"""The personal-data notice every public form shows before collecting (Decree
13/2023 Art. 11 and 13, Law 91/2025 Art. 9 and 11).

The notice names the data collected, the purpose, the controller (the agency of the
identity setting), how long the data is kept, the person's rights and a link to the
privacy page. Its version — :data:`NOTICE_VERSION` and a hash of the text the person
saw — is stored with the consent, so the agency can show later what was agreed to.
"""

import hashlib
from dataclasses import dataclass

from django.utils.translation import gettext as _

from ..conf import nd43_settings
from ..visibility import public


#: Raise when the wording of the notice changes in substance.
NOTICE_VERSION = "2026-11"

QUESTION = "question"
COMMENT = "comment"


def purposes(kind):
    """The purposes a person consents to, one per line of the notice."""
    if kind == COMMENT:
        return [
            _("receiving, compiling and taking into account comments on the draft"),
            _("replying to the commenter when needed"),
        ]
    return [
        _("receiving, handling and answering the question or petition"),
        _("telling the sender how it is being handled"),
    ]


def data_types(kind):
    items = [
        _("full name"),
        _("email address or phone number"),
        _("address (optional)"),
        _("the content you write and the file you attach"),
    ]
    return items


def retention_text():
    days = nd43_settings.PARTICIPATION_RETENTION_DAYS
    if days % 365 == 0:
        return _("%(years)d year(s) after your submission has been dealt with") % {
            "years": days // 365
        }
    return _("%(days)d days after your submission has been dealt with") % {"days": days}


def rights():
    return _(
        "You may ask to see, correct, receive a copy of or erase your data, withdraw "
        "your consent, restrict or object to processing, and complain, using the "
        "contact on the privacy page. Requests to restrict, object or receive your "
        "data are answered within 72 hours."
    )


@dataclass
class Notice:
    kind: str
    controller: str
    privacy_url: str
    purposes: list
    data_types: list
    retention: str
    rights: str

    @property
    def text(self):
        return "\n".join(
            [
                self.controller,
                *self.purposes,
                *self.data_types,
                self.retention,
                self.rights,
                self.privacy_url,
            ]
        )

    @property
    def version(self):
        digest = hashlib.sha256(self.text.encode()).hexdigest()[:12]
        return f"{NOTICE_VERSION}:{digest}"


def privacy_page_url(request, site):
    from ..models import PrivacyPage

    if site is None:
        return ""
    page = (
        public(PrivacyPage.objects.live(), request)
        .descendant_of(site.root_page, inclusive=True)
        .first()
    )
    return page.get_url(request) if page else ""


def build_notice(request, site, kind):
    from ..models.base import identity_of

    controller = identity_of(site, request).full_name if site else ""
    return Notice(
        kind=kind,
        controller=controller or _("the agency that runs this website"),
        privacy_url=privacy_page_url(request, site),
        purposes=purposes(kind),
        data_types=data_types(kind),
        retention=retention_text(),
        rights=rights(),
    )
