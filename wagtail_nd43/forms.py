"""Admin forms of the package's page types."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from . import weeks


class SectionPageForm(WagtailAdminPageForm):
    """The edit form of a mandatory section and of the home page holding them.

    A scheduled expiry would make Wagtail unpublish the section later, silently
    making the site non-compliant; only a superuser may set one (see
    ``protection.py``).
    """

    def clean(self):
        from .protection import refuse_expiry

        cleaned_data = super().clean()
        if "expire_at" in self.changed_data and cleaned_data.get("expire_at"):
            message = refuse_expiry(
                self.for_user, self.instance, getattr(self, "parent_page", None)
            )
            if message:
                self.add_error("expire_at", message)
        return cleaned_data


class WeekSchedulePageForm(WagtailAdminPageForm):
    """The form of a week's work schedule.

    A new week is suggested (the week after the newest one, or the current week) with
    its title; the title and the address may be left empty and are derived from the
    week. Every entry's day must fall within the week.
    """

    #: The slug comes from the week ("tuan-2026-48"), not from the title (see
    #: ``wagtail_nd43.slugs.fill_new_page_slug``).
    derives_slug = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "slug"):
            if name in self.fields:
                self.fields[name].required = False
        if not self.instance.pk and not self.is_bound and self.parent_page:
            monday = self.suggested_week()
            if not self.initial.get("week_start"):
                self.initial["week_start"] = monday
            if not self.initial.get("title"):
                self.initial["title"] = weeks.suggested_title(monday)

    def suggested_week(self):
        """The week after the newest week under the parent, but not in the past."""
        model = self._meta.model
        newest = (
            model.objects.child_of(self.parent_page)
            .order_by("-week_start")
            .values_list("week_start", flat=True)
            .first()
        )
        current = weeks.current_monday()
        if newest is None:
            return current
        return max(newest + weeks.WEEK, current)

    def clean(self):
        monday = self.cleaned_data.get("week_start")
        if monday and monday.weekday() == 0:
            if not self.cleaned_data.get("title"):
                self.cleaned_data["title"] = weeks.suggested_title(monday)
            if not self.cleaned_data.get("slug"):
                self.cleaned_data["slug"] = weeks.week_slug(monday)
            parent = self.parent_page
            if parent is not None and self._meta.model.week_taken(
                parent, monday, exclude=self.instance
            ):
                self.add_error(
                    "week_start",
                    _(
                        "This week already has a schedule page in this section: edit "
                        "that page instead of adding a second one."
                    ),
                )
        elif not self.cleaned_data.get("title"):
            self.add_error("title", _("This field is required."))
        return super().clean()

    def is_valid(self):
        valid = super().is_valid()
        monday = self.cleaned_data.get("week_start")
        if not monday:
            return valid
        formset = self.formsets.get("entries")
        if formset is None:
            return valid
        sunday = monday + datetime.timedelta(days=6)
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            day = data.get("day")
            if data.get("DELETE") or day is None or monday <= day <= sunday:
                continue
            form.add_error(
                "day",
                forms.ValidationError(
                    _("The day must be within the week, from %(start)s to %(end)s."),
                    params={
                        "start": monday.strftime("%d/%m/%Y"),
                        "end": sunday.strftime("%d/%m/%Y"),
                    },
                    code="outside_week",
                ),
            )
            valid = False
        return valid


class OnlineServicePageForm(WagtailAdminPageForm):
    """The form of an online public service: the level asked for follows the site's
    regulation. Under Decree 42/2022 the service is “fully online” (toàn trình) or
    “partly online” (một phần) and the 1–4 level of Decree 43/2011 is kept only as
    history; under Decree 43/2011 the 1–4 level is required."""

    def __init__(self, *args, **kwargs):
        from .models.services import profile_of_page

        super().__init__(*args, **kwargs)
        page = self.instance if self.instance.pk else self.parent_page
        self.profile = profile_of_page(page)
        online = self.fields.get("online_level")
        legacy = self.fields.get("service_level")
        if online is None or legacy is None:
            return
        if self.profile == "nd42":
            online.required = True
            legacy.required = False
            legacy.label = _("former level (Decree 43/2011), for the record")
        else:
            online.required = False
            legacy.required = True


class SiteChoiceForm(WagtailAdminModelForm):
    """The ``site`` field offers only the sites the editor reaches, preselected
    when there is one; it may be left empty (province-wide) only by holders of
    the province permission."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("site")
        if field is None or self.for_user is None:
            return
        from .agencies import may_publish_province_wide, reachable_sites

        field.queryset = reachable_sites(self.for_user).order_by("site_name", "pk")
        if not may_publish_province_wide(self.for_user):
            field.required = True
        sites = list(field.queryset[:2])
        if len(sites) == 1 and self.instance.pk is None:
            self.initial.setdefault("site", sites[0].pk)
