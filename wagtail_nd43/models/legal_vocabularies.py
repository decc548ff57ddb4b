"""The vocabularies of the legal documents (ND43-10.1e): document types, issuing
bodies, signers and fields, snippets an agency manages. :func:`ensure_vocabularies`
seeds the common values and is called by the scaffold.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import (
    optional_text,
    short_text,
    sort_order_field,
)


class VocabularyMixin(models.Model):
    name = models.CharField(_("name"), max_length=255, unique=True)
    sort_order = sort_order_field()

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentType(VocabularyMixin):
    """Hình thức văn bản: Luật, Nghị định, Thông tư, Quyết định, Công văn..."""

    is_normative = models.BooleanField(
        _("legal normative document"),
        default=False,
        help_text=_(
            "Tick for forms of legal normative documents (văn bản quy phạm pháp "
            "luật) such as laws, decrees and circulars; leave unticked for "
            "administrative documents such as official letters and plans."
        ),
    )

    class Meta(VocabularyMixin.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingBody(VocabularyMixin):
    """Cơ quan ban hành: the authority that issued the document."""

    class Meta(VocabularyMixin.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class Signer(models.Model):
    """Người ký: the person who signed, with the position signed under."""

    full_name = short_text(_("full name"))
    position = optional_text(
        _("position"), _("The position written under the signature, e.g. “Giám đốc”.")
    )

    class Meta:
        verbose_name = _("signer")
        verbose_name_plural = _("signers")
        ordering = ["full_name", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["full_name", "position"], name="nd43_signer_unique"
            )
        ]

    def __str__(self):
        if self.position:
            return f"{self.full_name} – {self.position}"
        return self.full_name


class LegalField(VocabularyMixin):
    """Lĩnh vực: the subject area a document belongs to."""

    class Meta(VocabularyMixin.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")


#: Seeded once by the scaffold; agencies rename, reorder and add their own.
DOCUMENT_TYPES = (
    ("Hiến pháp", True),
    ("Luật", True),
    ("Nghị quyết", True),
    ("Pháp lệnh", True),
    ("Lệnh", True),
    ("Nghị định", True),
    ("Quyết định", True),
    ("Thông tư", True),
    ("Thông tư liên tịch", True),
    ("Chỉ thị", False),
    ("Công văn", False),
    ("Kế hoạch", False),
    ("Thông báo", False),
    ("Hướng dẫn", False),
    ("Báo cáo", False),
    ("Tờ trình", False),
    ("Văn bản hợp nhất", False),
)
ISSUING_BODIES = (
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chủ tịch nước",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Bộ Thông tin và Truyền thông",
    "Bộ Nội vụ",
    "Bộ Tài chính",
    "Bộ Tư pháp",
    "Bộ Kế hoạch và Đầu tư",
    "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Chủ tịch Ủy ban nhân dân tỉnh",
)
FIELDS = (
    "Bưu chính",
    "Viễn thông",
    "Công nghệ thông tin",
    "Chuyển đổi số",
    "An toàn thông tin",
    "Báo chí",
    "Xuất bản, in và phát hành",
    "Phát thanh, truyền hình và thông tin điện tử",
    "Thông tin cơ sở",
    "Tổ chức bộ máy",
    "Cán bộ, công chức, viên chức",
    "Cải cách hành chính",
    "Tài chính",
    "Đầu tư",
    "Thi đua, khen thưởng",
    "Thanh tra, khiếu nại, tố cáo",
    "Phòng, chống tham nhũng",
)


def ensure_vocabularies():
    """Create the common document types, issuing bodies and fields that are
    missing, by name; never change or delete existing ones. Returns the number of
    entries created (``0`` on a second run)."""
    created = 0
    for order, (name, normative) in enumerate(DOCUMENT_TYPES):
        created += DocumentType.objects.get_or_create(
            name=name, defaults={"sort_order": order, "is_normative": normative}
        )[1]
    for order, name in enumerate(ISSUING_BODIES):
        created += IssuingBody.objects.get_or_create(
            name=name, defaults={"sort_order": order}
        )[1]
    for order, name in enumerate(FIELDS):
        created += LegalField.objects.get_or_create(
            name=name, defaults={"sort_order": order}
        )[1]
    return created


__all__ = [
    "DOCUMENT_TYPES",
    "DocumentType",
    "FIELDS",
    "ISSUING_BODIES",
    "IssuingBody",
    "LegalField",
    "Signer",
    "VocabularyMixin",
    "ensure_vocabularies",
]
