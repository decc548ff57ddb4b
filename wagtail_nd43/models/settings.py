"""The agency's identity: one place that the header, footer, contact page, metadata
and the compliance checker all read (TT32-16.3, ND43-10.1l, CV412-7)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..rulebook import LEVELS, SO, SettingsFilled, get_profile, profile_names
from .fields import image_link, optional_link, optional_text, short_text
from .sites import site_link


def _level_choices():
    return list(LEVELS.items())


def _profile_choices():
    return [(name, get_profile(name).title_vi) for name in profile_names()]


@register_setting(icon="site", name="agency-settings")
class AgencySettings(BaseSiteSetting):
    site = site_link()

    full_name = short_text(
        _("full name of the agency"),
        _(
            "The full Vietnamese name exactly as in the founding decision, "
            "e.g. “Sở Thông tin và Truyền thông thành phố Hồ Chí Minh”. "
            "Shown in the header and footer of every page."
        ),
    )
    short_name = optional_text(
        _("short name"),
        _("An abbreviation used where space is short, e.g. “Sở TT&TT”."),
        max_length=100,
    )
    english_name = optional_text(
        _("English name"),
        _("The agency's official English name, for the English pages."),
    )
    governing_body = optional_text(
        _("governing body"),
        _(
            "The body the agency reports to (cơ quan chủ quản), shown above the name, "
            "e.g. “Ủy ban nhân dân thành phố Hồ Chí Minh”."
        ),
    )
    level = models.CharField(
        _("agency level"),
        max_length=20,
        choices=_level_choices,
        default=SO,
        help_text=_(
            "Decides which sections the decree requires: for example only ministries "
            "and provinces must publish statistics and English information."
        ),
    )
    profile = models.CharField(
        _("regulation"),
        max_length=20,
        choices=_profile_choices,
        default="nd43",
        help_text=_("The decree the site is checked against."),
    )
    logo = image_link(
        _("emblem or logo"),
        _(
            "The national emblem or the agency's logo, shown left of the name in the "
            "header (TT32/2017, Article 16)."
        ),
    )
    address = optional_text(_("address"))
    phone = optional_text(_("phone"), max_length=100)
    fax = optional_text(_("fax"), max_length=100)
    email = models.EmailField(
        _("official email"),
        blank=True,
        help_text=_("The agency's official (công vụ) email address for the public."),
    )
    responsible_person = optional_text(
        _("person responsible"),
        _(
            "Name and position of the person responsible for the site's content, "
            "shown in the footer, e.g. “Ông Nguyễn Văn A – Phó Giám đốc”."
        ),
    )
    responsible_member = optional_link(
        "wagtail_nd43.EditorialBoardMember",
        _("person responsible from the editorial board"),
        _(
            "Instead of typing a name, choose the head of the editorial board; "
            "the footer then shows their name and position."
        ),
    )
    licence_text = optional_text(
        _("licence text"),
        _(
            "Optional. Only if the site holds a licence, e.g. "
            "“Giấy phép số 123/GP-TTĐT”."
        ),
    )
    copyright_text = optional_text(
        _("copyright text"),
        _(
            "Optional. Leave empty for “Bản quyền thuộc về” followed by the "
            "agency name."
        ),
    )

    select_related = ["logo", "responsible_member"]

    panels = [
        MultiFieldPanel(
            [
                "full_name",
                "short_name",
                "english_name",
                "governing_body",
                "logo",
            ],
            heading=_("Name and emblem"),
        ),
        MultiFieldPanel(["level", "profile"], heading=_("Regulation")),
        MultiFieldPanel(
            [
                "address",
                "phone",
                "fax",
                "email",
                "responsible_person",
                "responsible_member",
            ],
            heading=_("Contact details and person responsible"),
        ),
        MultiFieldPanel(["licence_text", "copyright_text"], heading=_("Footer")),
    ]

    class Meta:
        verbose_name = _("agency identity")
        verbose_name_plural = _("agency identity")
        permissions = [
            (
                "publish_province_wide",
                _(
                    "Can publish province-wide banners, alerts and mourning periods "
                    "(shown on every site)"
                ),
            )
        ]

    def __str__(self):
        return self.full_name or str(self.site)

    def required_fields(self):
        """Identity fields the site's profile requires, in the order of the model.

        Derived from the ``SettingsFilled`` checks of the rulebook, so the footer's
        editor warning and the compliance checker agree.
        """
        profile = get_profile(self.profile)
        wanted = set()
        for requirement in profile.requirements_for(self.level):
            check = requirement.check
            if isinstance(check, SettingsFilled) and check.model == self._meta.label:
                wanted.update(check.fields)
        return [f.name for f in self._meta.fields if f.name in wanted]

    def missing_fields(self):
        """Verbose names of the required identity fields that are still empty."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in self.required_fields()
            if not self.is_filled(name)
        ]

    def is_filled(self, name):
        """Whether identity field ``name`` has a value; the person responsible may
        be typed or chosen from the editorial board. The compliance checker asks
        this too."""
        if name == "responsible_person":
            return bool(self.person_responsible)
        field = self._meta.get_field(name)
        value = getattr(self, field.attname)
        return value not in (None, "")

    @property
    def person_responsible(self):
        """The name shown in the footer: the chosen board member, or the text."""
        if self.responsible_member_id:
            return str(self.responsible_member)
        return self.responsible_person

    @property
    def display_copyright(self):
        return self.copyright_text or _("Copyright © %(name)s") % {
            "name": self.full_name
        }
