"""Online public services (dịch vụ công trực tuyến, Decree 43/2011 Art. 18–19,
Circular 32/2017 Art. 5–6): one page per administrative procedure under the
“Dịch vụ công trực tuyến” section, which lists them grouped and filtered by sector,
field and level (ND43-18.2, TT32-6)."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    TitleFieldPanel,
)

from ..forms import OnlineServicePageForm
from ..validators import validate_web_url
from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page
from .fields import body_field, long_text, optional_text, short_text
from .filters import ListingFilterSet, SelectFilter, ValuesFilter, exact_value
from .listing import ItemListingMixin


APP = "wagtail_nd43."


def validate_procedure_code(value):
    """A code of the national database of administrative procedures, e.g.
    “1.004227” or “2.002154.000.00.00.H29”."""
    if not re.fullmatch(r"[0-9]+(\.[0-9A-Za-z]+)+", value):
        raise ValidationError(
            _(
                "Enter the procedure code exactly as in the national database of "
                "administrative procedures, e.g. 1.004227."
            ),
            code="invalid_procedure_code",
        )


def profile_of_page(page, request=None):
    """The regulation profile name of the site ``page`` belongs to (the default
    profile for a page outside any site)."""
    from ..conf import nd43_settings
    from .sites import identity_of, site_of

    site = site_of(page, request) if page is not None else None
    if site is None:
        return nd43_settings.DEFAULT_PROFILE
    return identity_of(site, request).profile


class OnlineServicePage(ItemPageMixin, FoldedSearchMixin, Nd43Page):
    """An administrative procedure and the online public service that provides it."""

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    ADMINISTRATIVE_LEVEL_CHOICES = [
        (CENTRAL, _("Central level")),
        (PROVINCE, _("Provincial level")),
        (DISTRICT, _("District level")),
        (COMMUNE, _("Commune level")),
    ]
    LEVEL_CHOICES = [
        (1, _("Level 1")),
        (2, _("Level 2")),
        (3, _("Level 3")),
        (4, _("Level 4")),
    ]
    #: Decree 42/2022 Art. 11.1 replaced the four levels with two.
    FULLY_ONLINE = "toan-trinh"
    PARTLY_ONLINE = "mot-phan"
    ONLINE_LEVEL_CHOICES = [
        (FULLY_ONLINE, _("Fully online")),
        (PARTLY_ONLINE, _("Partly online")),
    ]

    procedure_code = models.CharField(
        _("procedure code"),
        max_length=100,
        blank=True,
        validators=[validate_procedure_code],
        help_text=_(
            "The code of the procedure in the national database of administrative "
            "procedures (Decree 43/2011 Art. 18.1), e.g. 1.004227."
        ),
    )
    sector = short_text(
        _("sector"),
        _(
            "The sector (ngành) the service is listed under, e.g. “Thông tin và "
            "Truyền thông”. Use the same spelling for every service of a sector."
        ),
    )
    field = short_text(
        _("field"),
        _("The field (lĩnh vực) within the sector, e.g. “Xuất bản, in và phát hành”."),
    )
    administrative_level = models.CharField(
        _("administrative level"),
        max_length=20,
        choices=ADMINISTRATIVE_LEVEL_CHOICES,
        default=PROVINCE,
        help_text=_("The level of government that settles the procedure."),
    )
    implementing_agency = short_text(
        _("implementing agency"),
        _("The agency or unit that receives and settles the dossier."),
    )
    service_level = models.PositiveSmallIntegerField(
        _("service level"),
        choices=LEVEL_CHOICES,
        null=True,
        blank=True,
        help_text=_(
            "Decree 43/2011 Art. 3.4. Level 1: full information on the procedure and "
            "its documents is published. Level 2: level 1, and the forms can be "
            "downloaded; the completed dossier is submitted in person or by post. "
            "Level 3: level 2, and the forms are filled in and submitted online; the "
            "dossier is processed online; fees are paid and results received in "
            "person. Level 4: level 3, and fees are paid online; the result is "
            "delivered online, in person or by post."
        ),
    )
    online_level = models.CharField(
        _("online service level (Decree 42/2022)"),
        max_length=20,
        choices=ONLINE_LEVEL_CHOICES,
        blank=True,
        help_text=_(
            "Decree 42/2022 Art. 11.1. Fully online (toàn trình): all information on "
            "the procedure is provided, and the dossier is submitted and settled "
            "entirely online; the result is returned online or by public postal "
            "service. Partly online (một phần): any online public service that is "
            "not fully online."
        ),
    )
    has_forms = models.BooleanField(
        _("the procedure has forms"),
        default=False,
        help_text=_(
            "Tick if the procedure has application forms or declarations. Decree "
            "43/2011 Art. 19.1: such a service must be provided at level 2 or above."
        ),
    )
    portal_url = models.URLField(
        _("link to the national public service portal"),
        max_length=500,
        blank=True,
        validators=[validate_web_url],
        help_text=_(
            "The address of this service on the National Public Service Portal or "
            "the province's portal, starting with https://."
        ),
    )
    processing_time = optional_text(
        _("processing time"),
        _("E.g. “10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ”."),
    )
    fees = optional_text(
        _("fees and charges"), _("E.g. “Không” or “50.000 đồng/hồ sơ”."), max_length=500
    )
    legal_basis = long_text(
        _("legal basis"),
        _(
            "The laws and decisions the procedure rests on, including the decision "
            "publishing the procedure (Circular 32/2017 Art. 5.1)."
        ),
        blank=True,
    )
    body = body_field(
        _("procedure details"),
        _(
            "Steps, method of submission, dossier components and number of copies, "
            "who may apply, the result, and conditions (Circular 32/2017 Art. 5.1)."
        ),
    )

    parent_page_types = [APP + "OnlineServicesPage"]
    template = "wagtail_nd43/pages/online_service_page.html"

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Exact procedure name"),
            help_text=_(
                "The name exactly as the procedure is published in the national "
                "database (Circular 32/2017 Art. 6); do not shorten or reword it."
            ),
        ),
        FieldRowPanel(["procedure_code", "administrative_level"]),
        FieldRowPanel(["sector", "field"]),
        "implementing_agency",
        MultiFieldPanel(
            ["online_level", "service_level", "has_forms", "portal_url"],
            heading=_("Online service"),
        ),
        FieldRowPanel(["processing_time", "fees"]),
        "legal_basis",
        FieldPanel("body"),
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "procedure_code",
        "sector",
        "field",
        "body",
        filters=["service_level", "online_level"],
    )
    base_form_class = OnlineServicePageForm

    class Meta:
        verbose_name = _("online public service")
        verbose_name_plural = _("online public services")

    @property
    def level_label(self):
        """The level shown to the public: the Decree 42 level when set, else the
        Decree 43 one."""
        if self.online_level:
            return self.get_online_level_display()
        return self.get_service_level_display() if self.service_level else ""

    def clean(self):
        super().clean()
        if not self.service_level and not self.online_level:
            raise ValidationError(
                _(
                    "Choose the service level: “fully online” or “partly online” "
                    "under Decree 42/2022, or level 1 to 4 under Decree 43/2011."
                )
            )
        if self.has_forms and self.service_level == 1:
            raise ValidationError(
                {
                    "service_level": _(
                        "A service whose procedure has forms must be provided at "
                        "level 2 or above (Decree 43/2011 Art. 19.1): choose level 2, "
                        "3 or 4, or untick “the procedure has forms”."
                    )
                }
            )


class OnlineServiceFilterSet(ListingFilterSet):
    """Sector, field and level (``sector``, ``field``, ``level``). The sector and
    the field are offered from the published services, the fields of the chosen
    sector only, but any value is taken (a sector with no service says that
    nothing matches); the levels are those of the site's regulation."""

    sector = ValuesFilter(
        "sector",
        label=_("Sector"),
        empty_label=_("All sectors"),
        parse=exact_value,
    )
    field = ValuesFilter(
        "field",
        label=pgettext_lazy("area of state management", "Field"),
        empty_label=_("All fields"),
        parse=exact_value,
        options="fields_of_sector",
    )
    level = SelectFilter(
        label=_("Service level"),
        empty_label=_("All levels"),
        options="levels",
        method="filter_level",
    )

    def fields_of_sector(self):
        """The fields among the services of the chosen sector (of all services
        when none is chosen): one query."""
        services = self.queryset.order_by()
        sector = self.chosen("sector")
        if sector:
            services = services.filter(sector=sector)
        return self.filters["field"].get_options(services)

    def levels(self):
        """The levels of the site's regulation: toàn trình / một phần under Decree
        42/2022, 1–4 under Decree 43/2011."""
        if profile_of_page(self.section, self.request) == "nd42":
            return OnlineServicePage.ONLINE_LEVEL_CHOICES
        return OnlineServicePage.LEVEL_CHOICES

    def filter_level(self, queryset, name, value):
        # One of ``levels()``: a Decree 43 level is a number.
        if value.isdigit():
            return queryset.filter(service_level=int(value))
        return queryset.filter(online_level=value)


class OnlineServiceListingMixin(ItemListingMixin):
    """Lists the services grouped by sector and field, filtered in GET parameters
    (:class:`OnlineServiceFilterSet`): shareable links, no JavaScript, a constant
    number of queries. The section may also hold plain subsections."""

    item_model_label = APP + "OnlineServicePage"
    item_ordering = ("sector", "field", "title", "pk")
    listing_template = "wagtail_nd43/pages/online_services_page.html"
    filterset_class = OnlineServiceFilterSet
    lists_subsections = True


__all__ = ["OnlineServicePage", "OnlineServiceListingMixin", "profile_of_page"]
