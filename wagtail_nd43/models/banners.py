"""Campaign banners, site-wide alerts and national mourning (Quốc tang).

The HCMC letter 412/2016 asks agencies to link propaganda campaigns by banner
(CV412-4, e.g. an election) and to carry the city's campaign banners (CV412-5, e.g.
“Biển, đảo Việt Nam” linking to the city portal). All three are snippets with
drafts and revisions: the board publishes them, and each has a display window
(start/end) that works even when pages are served from a cache (see
``docs/explanation/banner-scheduling-and-caches.md``).
"""

import hashlib
from urllib.parse import urlsplit

import swapper
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin

from ..conf import nd43_settings
from .fields import image_link, optional_datetime, optional_link, short_text
from .sites import SiteScopedMixin, SiteScopedQuerySet


swapper.set_app_prefix("wagtailcore", "wagtail")
PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")


def placement_choices():
    """The banner placements of ``WAGTAIL_ND43_BANNER_PLACEMENTS`` (key, label)."""
    return [(key, label) for key, label, *_rest in nd43_settings.BANNER_PLACEMENTS]


def placement_renditions():
    """Map each placement key to the image rendition spec used to show it."""
    return {
        key: (rest[0] if rest else "max-1200x400")
        for key, _label, *rest in nd43_settings.BANNER_PLACEMENTS
    }


_url_validator = URLValidator(schemes=["http", "https"])


def validate_external_url(value):
    """An absolute ``http``/``https`` address on a named host.

    ``javascript:``, ``data:``, relative and other addresses are refused with a
    message saying why; international (IDN) host names such as
    ``http://bộcôngan.vn`` are accepted.
    """
    value = value.strip()
    if not value:
        return
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        raise ValidationError(
            _("The address must not contain spaces or line breaks."),
            code="url_whitespace",
        )
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if not scheme:
        raise ValidationError(
            _(
                "Enter a full address starting with https:// or http://, e.g. "
                "https://www.hochiminhcity.gov.vn/. To link to a page of this "
                "site, choose it under “Page in this site” instead."
            ),
            code="url_relative",
        )
    if scheme not in ("http", "https"):
        raise ValidationError(
            _(
                "Only web addresses (https:// or http://) can be linked; "
                "“%(scheme)s:” addresses are refused for the visitors' safety."
            )
            % {"scheme": scheme},
            code="url_scheme",
        )
    if not parts.hostname:
        raise ValidationError(
            _("The address has no site name after “%(scheme)s://”.")
            % {"scheme": scheme},
            code="url_host",
        )
    try:
        _url_validator(value)
    except ValidationError as error:
        raise ValidationError(
            _("This is not a valid web address. Check it for typing mistakes."),
            code="url_invalid",
        ) from error


class ScheduledQuerySet(SiteScopedQuerySet):
    def published_not_ended(self, now=None):
        """Published items whose end has not passed: shown now or later."""
        now = now or timezone.now()
        return self.filter(live=True).filter(Q(end_at__isnull=True) | Q(end_at__gt=now))

    def active(self, now=None):
        """Published items whose display window contains ``now``."""
        now = now or timezone.now()
        return self.published_not_ended(now).filter(
            Q(start_at__isnull=True) | Q(start_at__lte=now)
        )


class ScheduledMixin(models.Model):
    """A display window: shown from ``start_at`` (inclusive) until ``end_at``
    (exclusive); an empty start means “from publishing”, an empty end “until
    unpublished”."""

    start_at = optional_datetime(
        _("show from"), _("Leave empty to show it as soon as it is published.")
    )
    end_at = optional_datetime(
        _("show until"),
        _(
            "It disappears at this moment by itself, even on pages kept by a cache. "
            "Leave empty to show it until it is unpublished."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            raise ValidationError(
                {"end_at": _("The end must be after the start.")},
                code="end_before_start",
            )

    def is_active(self, now=None):
        now = now or timezone.now()
        return (self.start_at is None or self.start_at <= now) and (
            self.end_at is None or now < self.end_at
        )

    def boundaries(self):
        """The moments at which this item appears or disappears."""
        return [moment for moment in (self.start_at, self.end_at) if moment]

    @property
    def start_timestamp(self):
        return int(self.start_at.timestamp()) if self.start_at else ""

    @property
    def end_timestamp(self):
        return int(self.end_at.timestamp()) if self.end_at else ""


def external_url_field(verbose_name, help_text):
    """An address on another site (http or https only), checked by
    :func:`validate_external_url`."""
    return models.CharField(
        verbose_name,
        max_length=2000,
        blank=True,
        validators=[validate_external_url],
        help_text=help_text,
    )


class ScheduledContentMixin(
    DraftStateMixin, RevisionMixin, SiteScopedMixin, ScheduledMixin
):
    """What editors publish for a display window, on one agency site or on every
    site of the province: banners, site alerts, mourning periods. Named by its
    ``title``; newest first unless the model orders otherwise."""

    objects = ScheduledQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-start_at", "-pk"]

    def __str__(self):
        return self.title


class Banner(PreviewableMixin, ScheduledContentMixin):
    """A campaign banner: an image that links to a page or another site."""

    title = short_text(
        _("title"),
        _(
            "The campaign's name, e.g. “Biển, đảo Việt Nam – Nguồn cội tự bao giờ”. "
            "Editors see it in lists; visitors see it as the banner's tooltip."
        ),
    )
    image = image_link(_("image"), blank=False)
    image_alt = short_text(
        _("image description"),
        _(
            "Write the words on the banner and where it leads, for people who "
            "cannot see it (required by Circular 32/2017, Article 18)."
        ),
    )
    link_page = optional_link(
        PAGE_MODEL, _("page in this site"), _("E.g. the election campaign section.")
    )
    link_url = external_url_field(
        _("address on another site"),
        _(
            "A full https:// or http:// address, e.g. https://www.hochiminhcity.gov.vn/."
        ),
    )
    placement = models.CharField(
        _("placement"), max_length=50, choices=placement_choices, default="home-top"
    )
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )
    is_festive = models.BooleanField(
        _("festive"),
        default=False,
        help_text=_(
            "Tick for celebration banners (holidays, anniversaries): they are hidden "
            "during a national mourning period."
        ),
    )

    panels = [
        "site",
        "title",
        MultiFieldPanel(["image", "image_alt"], heading=_("Image")),
        MultiFieldPanel(
            ["link_page", "link_url"],
            heading=_("Link"),
            help_text=_("Choose a page in this site or enter another site's address."),
        ),
        FieldRowPanel(["placement", "sort_order", "is_festive"]),
        FieldRowPanel(["start_at", "end_at"], heading=_("Display period")),
    ]

    class Meta:
        verbose_name = _("campaign banner")
        verbose_name_plural = _("campaign banners")
        ordering = ["placement", "sort_order", "pk"]
        indexes = [models.Index(fields=["live", "placement", "end_at"])]

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.update_error_dict({}))
        self.link_url = (self.link_url or "").strip()
        if self.image_id and not (self.image_alt or "").strip():
            errors.setdefault("image_alt", []).append(
                ValidationError(
                    _("Describe the banner: people using screen readers depend on it."),
                    code="alt_required",
                )
            )
        if self.link_page_id and self.link_url:
            errors.setdefault("link_url", []).append(
                ValidationError(
                    _("Choose a page or enter an address, not both."),
                    code="two_links",
                )
            )
        elif not self.link_page_id and not self.link_url:
            errors.setdefault("link_url", []).append(
                ValidationError(
                    _(
                        "A banner must lead somewhere: choose a page or enter an address."
                    ),
                    code="no_link",
                )
            )
        if self.site_id and self.link_page_id and not self._links_within_site():
            errors.setdefault("link_page", []).append(
                ValidationError(
                    _("Choose a page of the banner's site, or enter its address."),
                    code="page_of_another_site",
                )
            )
        if self.placement not in dict(placement_choices()):
            errors.setdefault("placement", []).append(
                ValidationError(_("Choose one of the placements."), code="placement")
            )
        if errors:
            raise ValidationError(errors)

    def _links_within_site(self):
        from wagtail.models import Site

        site = Site.objects.select_related("root_page").get(pk=self.site_id)
        return self.link_page.path.startswith(site.root_page.path)

    def get_link(self, request=None):
        if self.link_page_id and self.link_page is not None:
            return self.link_page.get_url(request)
        return self.link_url

    def img_tag(self, spec, css_class=""):
        """The ``<img>`` of the banner's image in rendition ``spec`` (prefetched
        renditions are used), or ``""`` when the image was deleted."""
        if self.image is None:
            return ""
        attrs = {"alt": self.image_alt}
        if css_class:
            attrs["class"] = css_class
        return self.image.get_rendition(spec).img_tag(attrs)

    @property
    def is_external(self):
        return not self.link_page_id and bool(self.link_url)

    # Preview: the banner as it appears in its placement.
    def get_preview_template(self, request, mode_name):
        return "wagtail_nd43/previews/banner.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        self.img = self.img_tag(
            placement_renditions().get(self.placement, "max-1200x400"),
            "nd43-banner__image",
        )
        context["banners"] = [self]
        return context


class SiteAlert(ScheduledContentMixin):
    """A notice shown above everything on every page, e.g. a storm warning."""

    ANNOUNCEMENT = "announcement"
    WARNING = "warning"
    EMERGENCY = "emergency"
    SEVERITY_CHOICES = [
        (ANNOUNCEMENT, _("Announcement")),
        (WARNING, _("Warning")),
        (EMERGENCY, _("Emergency")),
    ]
    #: Shown first: emergencies above warnings above announcements.
    SEVERITY_RANK = {EMERGENCY: 0, WARNING: 1, ANNOUNCEMENT: 2}

    severity = models.CharField(
        _("severity"), max_length=20, choices=SEVERITY_CHOICES, default=ANNOUNCEMENT
    )
    title = short_text(_("title"))
    text = models.TextField(
        _("text"),
        max_length=1000,
        help_text=_(
            "Short and plain: what happened and what people should do. Visitors "
            "can close the notice; it comes back when you change its text."
        ),
    )
    link_url = external_url_field(
        _("more information at"), _("Optional full https:// address of the details.")
    )

    panels = [
        "site",
        FieldRowPanel(["severity", "title"]),
        "text",
        "link_url",
        FieldRowPanel(["start_at", "end_at"], heading=_("Display period")),
    ]

    class Meta(ScheduledContentMixin.Meta):
        verbose_name = _("site alert")
        verbose_name_plural = _("site alerts")

    @property
    def content_hash(self):
        """Changes whenever what the visitor reads changes, so a dismissed alert
        whose content was edited is shown again."""
        content = "\n".join((self.severity, self.title, self.text, self.link_url))
        return hashlib.sha256(content.encode()).hexdigest()[:16]

    @property
    def rank(self):
        return self.SEVERITY_RANK.get(self.severity, 9)


class MourningPeriod(ScheduledContentMixin):
    """National or local mourning (Quốc tang, tang lễ cấp Nhà nước).

    While it lasts the site turns grey, banners marked festive are hidden and a
    mourning notice is shown at the top of every page.
    """

    title = short_text(_("title"), _("E.g. “Quốc tang đồng chí …”."))
    notice = models.TextField(
        _("notice"),
        max_length=1000,
        help_text=_(
            "Shown at the top of every page, e.g. the dates of the national mourning "
            "and the instruction to lower flags and stop entertainment."
        ),
    )

    panels = [
        "site",
        "title",
        "notice",
        FieldRowPanel(
            [
                # A mourning period always has both ends (see clean()): the shared
                # help texts ("leave empty to show at once / until unpublished")
                # would contradict the validation.
                FieldPanel(
                    "start_at",
                    help_text=_("When the mourning begins, as announced by the State."),
                ),
                FieldPanel(
                    "end_at",
                    help_text=_(
                        "When it ends: the site returns to its colours at this moment "
                        "by itself, even on pages kept by a cache."
                    ),
                ),
            ],
            heading=_("Mourning period"),
        ),
    ]

    class Meta(ScheduledContentMixin.Meta):
        verbose_name = _("mourning period")
        verbose_name_plural = _("mourning periods")

    def clean(self):
        super().clean()
        if not self.start_at or not self.end_at:
            raise ValidationError(
                {
                    "end_at": _(
                        "A mourning period has a start and an end, as announced by "
                        "the State."
                    )
                },
                code="period_required",
            )


__all__ = [
    "Banner",
    "MourningPeriod",
    "ScheduledMixin",
    "SiteAlert",
    "SiteScopedMixin",
    "placement_choices",
    "placement_renditions",
    "validate_external_url",
]
