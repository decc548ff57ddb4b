"""“Thông tin cho báo chí”: spokespersons, their authorisations and press releases.

Decree 09/2017/NĐ-CP (Art. 3.4) requires the spokesperson's full name, position,
phone and email to be posted on the portal, and an authorised person's details with
the authorisation document (Art. 3.6); the HCMC letter 412/2016 asks for the section.
"""

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .. import public_input
from ..rulebook import LEVELS
from ..validators import validate_phone
from ..visibility import public
from .articles import ArticlePageMixin
from .base import ItemPageMixin, Nd43Page, SectionPageMixin
from .fields import (
    document_link,
    image_link,
    long_text,
    optional_date,
    optional_datetime,
    optional_text,
    short_text,
)
from .filters import ListingFilterSet, SelectFilter, YearFilter
from .listing import ItemListingMixin
from .organization import DirectoryPersonMixin
from .sections import ContentSectionMixin, ListingSectionMixin
from .sites import SiteScopedMixin, SiteScopedQuerySet


APP = "wagtail_nd43."


class SpokespersonQuerySet(SiteScopedQuerySet):
    def active(self, on=None):
        """Published spokespersons whose term covers the day ``on`` (today)."""
        on = on or timezone.localdate()
        return self.filter(live=True, active_from__lte=on).filter(
            Q(active_to__isnull=True) | Q(active_to__gte=on)
        )


class Spokesperson(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    DirectoryPersonMixin,
    SiteScopedMixin,
    ClusterableModel,
):
    """A person who speaks for the agency: its head, the appointed spokesperson, or
    someone authorised case by case (Decree 09/2017, Art. 3).

    With several agency sites in one installation, each spokesperson belongs to
    its agency's site; one without a site is shown on every site."""

    # LockableMixin's reverse accessor ``user.locked_spokespersons`` would clash
    # with a host snippet of the same name.
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("locked by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="wagtail_nd43_locked_spokespersons",
    )
    locked_by.wagtail_reference_index_ignore = True

    HEAD = "head"
    APPOINTED = "appointed"
    AUTHORISED = "authorised"
    ROLE_CHOICES = [
        (HEAD, _("Head of the agency")),
        (APPOINTED, _("Appointed spokesperson")),
        (AUTHORISED, _("Authorised to speak")),
    ]

    position = short_text(_("position"), _("E.g. “Chánh Văn phòng Sở”."))
    unit = short_text(_("unit"))
    phone = models.CharField(
        _("phone"),
        max_length=100,
        validators=[validate_phone],
        help_text=_("Published on the portal, as Decree 09/2017 Art. 3 requires."),
    )
    email = models.EmailField(
        _("official email"),
        help_text=_("The official (công vụ) address, published on the portal."),
    )
    photo = image_link(_("photo"))
    role = models.CharField(
        _("role"), max_length=20, choices=ROLE_CHOICES, default=APPOINTED
    )
    decision_number = optional_text(
        _("appointment decision number"), _("E.g. “125/QĐ-STTTT”."), max_length=100
    )
    decision_date = optional_date(_("appointment decision date"))
    decision_file = document_link(_("appointment decision file"))
    active_from = models.DateField(_("speaks from"), default=timezone.localdate)
    active_to = optional_date(
        _("speaks until"), _("Leave empty while the person remains spokesperson.")
    )
    objects = SpokespersonQuerySet.as_manager()

    panels = [
        "site",
        FieldRowPanel(["full_name", "role"]),
        FieldRowPanel(["position", "unit"]),
        FieldRowPanel(["phone", "email"]),
        "photo",
        MultiFieldPanel(
            [FieldRowPanel(["decision_number", "decision_date"]), "decision_file"],
            heading=_("Appointment decision"),
        ),
        FieldRowPanel(["active_from", "active_to", "sort_order"]),
        InlinePanel(
            "authorisations",
            heading=_("Authorisations to speak"),
            label=_("Authorisation"),
        ),
    ]

    class Meta(DirectoryPersonMixin.Meta):
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespersons")

    def clean(self):
        super().clean()
        if self.active_to and self.active_from and self.active_to < self.active_from:
            raise ValidationError(
                {"active_to": _("The end date cannot be before the start date.")}
            )

    def get_workflow(self):
        """The workflow of the spokesperson's own site (its agency home page's),
        so each agency's board approves its own spokespersons; the one assigned
        to spokespersons otherwise. None when spokespersons have no workflow."""
        workflow = super().get_workflow()
        if workflow is None or self.site_id is None:
            return workflow
        from .scaffold_record import agency_home

        return agency_home(self.site).get_workflow() or workflow

    def valid_authorisations(self, at=None):
        """Authorisations in force at ``at`` (now); expired ones are not shown."""
        at = at or timezone.now()
        return [
            a
            for a in self.authorisations.all()
            if a.valid_from <= at and (a.valid_to is None or a.valid_to >= at)
        ]


class SpokespersonAuthorisation(Orderable):
    """A written, case-by-case and time-limited authorisation (Decree 09/2017 Art.
    3.6): posted with its document within 12 hours of signing."""

    spokesperson = ParentalKey(
        Spokesperson, on_delete=models.CASCADE, related_name="authorisations"
    )
    scope = short_text(
        _("case or scope"),
        _("What the person may speak about, e.g. “Vụ cháy chợ X ngày …”."),
        max_length=500,
    )
    signed_at = models.DateTimeField(_("signed at"))
    valid_from = models.DateTimeField(_("valid from"))
    valid_to = optional_datetime(_("valid until"))
    document = document_link(
        _("authorisation document"),
        _("The signed authorisation, published with it."),
        blank=False,
    )

    panels = [
        "scope",
        FieldRowPanel(["signed_at", "valid_from", "valid_to"]),
        "document",
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("authorisation to speak")
        verbose_name_plural = _("authorisations to speak")

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_to and self.valid_from and self.valid_to <= self.valid_from:
            errors["valid_to"] = _("The end must be after the start.")
        if self.signed_at and self.signed_at > timezone.now():
            errors["signed_at"] = _("The signing time cannot be in the future.")
        if errors:
            raise ValidationError(errors)


class PressReleasePage(ItemPageMixin, ArticlePageMixin, Nd43Page):
    """A statement or piece of information given to the press (Decree 09/2017 Art. 4
    and 6): periodic, ad hoc, at a press conference, a release, an answer to the
    press or a correction request."""

    PERIODIC = "periodic"
    AD_HOC = "ad-hoc"
    CONFERENCE = "conference"
    RELEASE = "release"
    ANSWER = "answer"
    CORRECTION = "correction"
    KIND_CHOICES = [
        (PERIODIC, _("Periodic information")),
        (AD_HOC, _("Ad-hoc information")),
        (CONFERENCE, _("Press conference")),
        (RELEASE, _("Press release")),
        (ANSWER, _("Answer to the press")),
        (CORRECTION, _("Correction request")),
    ]

    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("spokesperson who spoke"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_releases",
    )
    event_at = optional_datetime(
        _("event happened at"),
        _(
            "For ad-hoc information: when the event happened. The first statement "
            "is due within 24 hours (Decree 09/2017 Art. 6)."
        ),
    )

    parent_page_types = [
        APP + "PeriodicPressPage",
        APP + "AdHocPressPage",
        APP + "PressConferencePage",
    ]
    template = "wagtail_nd43/pages/press_release_page.html"

    content_panels = ArticlePageMixin.content_panels[:2] + [
        FieldRowPanel(["kind", "spokesperson", "event_at"]),
        *ArticlePageMixin.content_panels[2:],
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
    ]
    search_fields = ArticlePageMixin.search_fields + [index.FilterField("kind")]

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if self.kind == self.AD_HOC and not self.event_at:
            errors["event_at"] = _("Ad-hoc information needs the time of the event.")
        elif self.event_at and self.event_at > timezone.now():
            errors["event_at"] = _("The event time cannot be in the future.")


class PressReleaseAttachment(Orderable):
    page = ParentalKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = optional_text(_("link text"), _("Leave empty to use the document's title."))

    panels = ["document", "title"]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")


class PressFilterSet(ListingFilterSet):
    """Kind and year (``kind``, ``year``). The years offered are those with a
    release, but any year of the public range is taken: a year with none says
    that nothing matches."""

    kind = SelectFilter(
        "kind",
        label=_("Kind"),
        empty_label=_("All kinds"),
        choices=PressReleasePage.KIND_CHOICES,
    )
    year = YearFilter(
        "date",
        label=_("Year"),
        empty_label=_("All years"),
        every_year=False,
        parse=public_input.year,
    )


class PressListingMixin(ItemListingMixin, ListingSectionMixin):
    """Lists the press releases below the page, those of its subsections too,
    filtered by :class:`PressFilterSet` in GET parameters (shareable links, no
    JavaScript)."""

    item_types = [APP + "PressReleasePage"]
    item_model_label = APP + "PressReleasePage"
    item_ordering = ("-date", "-pk")
    item_select_related = ("image",)
    listing_template = "wagtail_nd43/pages/press_section_page.html"
    filterset_class = PressFilterSet
    lists_subsections = True

    class Meta:
        abstract = True

    def all_items(self, request=None):
        return public(PressReleasePage.objects.descendant_of(self).live(), request)


class PressPage(RoutablePageMixin, PressListingMixin, Nd43Page):
    """The “Thông tin cho báo chí” section: its subsections, the latest press
    releases of all of them, and an RSS feed at ``rss/``."""

    item_types = []

    class Meta:
        verbose_name = _("press information section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rss_url"] = self.get_url(request) + self.reverse_subpage("rss")
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        from ..feeds import PressReleaseFeed

        return PressReleaseFeed()(request, section=self)


class SpokespersonPage(ContentSectionMixin, Nd43Page):
    """Shows the active spokespersons and authorisations with their contacts."""

    template = "wagtail_nd43/pages/spokesperson_page.html"

    class Meta:
        verbose_name = _("spokesperson section")

    def get_context(self, request, *args, **kwargs):
        from wagtail.models import Site

        context = super().get_context(request, *args, **kwargs)
        # The request's site is known from routing: no query.
        site = Site.find_for_request(request) if request else self.get_site()
        people = list(
            Spokesperson.objects.active()
            .for_site(site)
            .select_related("photo", "decision_file")
            .prefetch_related("authorisations__document")
        )
        context["spokespersons"] = [p for p in people if p.role != p.AUTHORISED]
        context["authorised"] = [
            (p, p.valid_authorisations()) for p in people if p.role == p.AUTHORISED
        ]
        context["authorised"] = [(p, a) for p, a in context["authorised"] if a]
        if site is not None and site.is_default_site and has_other_sites(site):
            # The province portal also lists every unit's spokespersons (Decree
            # 244/2026): see ``docs/how-to/province-portal.md``.
            context["units"] = unit_spokespersons(request, province=site)
        return context


def has_other_sites(site):
    """Whether the installation has a site besides ``site``, from the site root
    paths Wagtail keeps in its cache for routing (no query on a warm cache)."""
    from wagtail.models import Site

    return any(root.site_id != site.pk for root in Site.get_site_root_paths())


@dataclass
class UnitSpokespersons:
    """One agency site's entry in the province's list of spokespersons."""

    site: object
    name: str
    level: str
    url: str
    people: list = dataclass_field(default_factory=list)

    @property
    def level_label(self):
        return LEVELS.get(self.level, "")


def unit_spokespersons(request=None, province=None, on=None):
    """The spokespersons of every agency site but ``province`` (the portal showing
    the list), as :class:`UnitSpokespersons` ordered by level (the order of
    ``LEVELS``) then name, each linking to the site's spokesperson page; a site
    without one in office is listed with nobody. Kept current with no work: read
    at each request from each site's own records. Agency sites are the sites
    with an identity setting. Three queries whatever the number of sites (four
    outside a request, reading the view restrictions)."""
    from wagtail.models import Site

    # Agency sites are those with an identity; a host's other sites are not.
    sites = list(
        Site.objects.filter(wagtail_nd43_agencysettings__isnull=False)
        .exclude(pk=getattr(province, "pk", None))
        .select_related("root_page", "wagtail_nd43_agencysettings")
    )
    people = {}
    for person in (
        Spokesperson.objects.active(on)
        .filter(site__in=sites)
        .exclude(role=Spokesperson.AUTHORISED)
    ):
        people.setdefault(person.site_id, []).append(person)
    pages = list(public(SpokespersonPage.objects.live(), request).order_by("path"))
    units = []
    for site in sites:
        identity = site.wagtail_nd43_agencysettings
        root = site.root_page.path
        page = next((p for p in pages if p.path.startswith(root)), None)
        units.append(
            UnitSpokespersons(
                site=site,
                name=identity.full_name or site.site_name or site.hostname,
                level=identity.level,
                url=page.get_url(request) if page is not None else site.root_url,
                people=people.get(site.pk, []),
            )
        )
    order = {level: index for index, level in enumerate(LEVELS)}
    units.sort(key=lambda unit: (order.get(unit.level, len(order)), unit.name))
    return units


class PressRegulationPage(ContentSectionMixin, Nd43Page):
    """The agency's spokesperson regulation (quy chế phát ngôn)."""

    regulation_number = optional_text(
        _("regulation number"), _("E.g. “15/QĐ-STTTT”."), max_length=100
    )
    regulation_date = optional_date(_("date issued"))
    regulation_issuer = optional_text(
        _("issued by"), _("Position and name of the signer, e.g. “Giám đốc Sở”.")
    )
    regulation_summary = long_text(_("regulation summary"), blank=True)
    regulation_file = document_link(_("regulation file"))

    template = "wagtail_nd43/pages/press_regulation_page.html"
    content_panels = SectionPageMixin.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldRowPanel(["regulation_number", "regulation_date"]),
                "regulation_issuer",
                "regulation_summary",
                "regulation_file",
            ],
            heading=_("Regulation"),
        ),
        *SectionPageMixin.content_panels[2:],
    ]

    class Meta:
        verbose_name = _("spokesperson regulation section")


class PeriodicPressPage(PressListingMixin, Nd43Page):
    class Meta:
        verbose_name = _("periodic press information section")


class AdHocPressPage(PressListingMixin, Nd43Page):
    class Meta:
        verbose_name = _("ad-hoc press information section")


class PressConferencePage(PressListingMixin, Nd43Page):
    class Meta:
        verbose_name = _("press conference section")


__all__ = [
    "AdHocPressPage",
    "PeriodicPressPage",
    "PressConferencePage",
    "PressPage",
    "PressRegulationPage",
    "PressReleaseAttachment",
    "PressReleasePage",
    "SpokespersonAuthorisation",
    "Spokesperson",
    "SpokespersonPage",
    "UnitSpokespersons",
    "unit_spokespersons",
]
