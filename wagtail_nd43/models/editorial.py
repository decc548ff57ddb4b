"""The editorial board (Ban biên tập, Decree 43/2011 Art. 21) and the two
regulations the head of the agency must approve (Art. 30.3).

The board is a per-site setting: one board per agency site, with its members inline.
The HCMC letter 412/2016 (item 1) asks agencies to set it up.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .base import Nd43Page
from .fields import (
    document_link,
    optional_date,
    optional_link,
    optional_text,
    short_text,
)
from .organization import PersonMixin
from .sections import ContentSectionMixin
from .sites import site_link


@register_setting(icon="group", name="editorial-board")
class EditorialBoard(ClusterableModel, BaseSiteSetting):
    site = site_link()

    decision_number = optional_text(
        _("founding decision number"),
        _("The decision that set up the board, e.g. “45/QĐ-STTTT”."),
        max_length=100,
    )
    decision_date = optional_date(_("founding decision date"))
    decision_signer = optional_text(
        _("signed by"), _("Position and name of the signer.")
    )
    decision_file = document_link(_("founding decision file"))
    coordination_number = optional_text(
        _("coordination regulation number"), max_length=100
    )
    coordination_date = optional_date(_("coordination regulation date"))
    coordination_file = document_link(_("coordination regulation file"))
    operation_number = optional_text(_("operation regulation number"), max_length=100)
    operation_date = optional_date(_("operation regulation date"))
    operation_file = document_link(_("operation regulation file"))

    select_related = ["decision_file", "coordination_file", "operation_file"]

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(["decision_number", "decision_date"]),
                "decision_signer",
                "decision_file",
            ],
            heading=_("Founding decision"),
        ),
        InlinePanel("members", heading=_("Members"), label=_("Member")),
        MultiFieldPanel(
            [
                FieldRowPanel(["coordination_number", "coordination_date"]),
                "coordination_file",
            ],
            heading=_(
                "Regulation on coordination in providing and processing information"
            ),
            help_text=_("Decree 43/2011, Article 30.3."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["operation_number", "operation_date"]),
                "operation_file",
            ],
            heading=_("Regulation on operating the portal"),
        ),
    ]

    class Meta:
        verbose_name = _("editorial board")
        verbose_name_plural = _("editorial boards")

    def __str__(self):
        return str(_("Editorial board of %(site)s") % {"site": self.site})

    @property
    def head(self):
        return next(
            (m for m in self.members.all() if m.role == EditorialBoardMember.HEAD),
            None,
        )


class EditorialBoardMember(PersonMixin, Orderable):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    SECRETARY = "secretary"
    ROLE_CHOICES = [
        (HEAD, _("Head of the board")),
        (DEPUTY, _("Deputy head")),
        (MEMBER, _("Member")),
        (SECRETARY, _("Secretary – standing member")),
    ]

    board = ParentalKey(
        EditorialBoard, on_delete=models.CASCADE, related_name="members"
    )
    role = models.CharField(
        _("role in the board"), max_length=20, choices=ROLE_CHOICES, default=MEMBER
    )
    position = short_text(_("position"), _("E.g. “Phó Giám đốc Sở”."))
    unit = optional_text(_("unit"))
    user = optional_link(
        settings.AUTH_USER_MODEL,
        _("admin user"),
        _("Optional: the member's account in this admin. Never shown publicly."),
    )

    panels = [FieldRowPanel(["full_name", "role"]), "position", "unit", "user"]

    class Meta(Orderable.Meta):
        verbose_name = _("board member")
        verbose_name_plural = _("board members")


class EditorialBoardPage(ContentSectionMixin, Nd43Page):
    """The public “Ban biên tập” page: decision, members and regulations, without
    any private contact data."""

    template = "wagtail_nd43/pages/editorial_board_page.html"

    class Meta:
        verbose_name = _("editorial board section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        board = EditorialBoard.for_request(request)
        context["board"] = board
        context["members"] = list(board.members.all()) if board.pk else []
        return context


__all__ = ["EditorialBoard", "EditorialBoardMember", "EditorialBoardPage"]
