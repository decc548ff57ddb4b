"""The admin screen to find, export and erase one person's data (ND13-9, ND13-14)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import personal_data


PERMISSIONS = (
    "wagtail_nd43.delete_question",
    "wagtail_nd43.delete_consultationcomment",
)


def can_manage_personal_data(user):
    return user.is_active and (user.is_superuser or user.has_perms(PERMISSIONS))


#: The downloads of one person's data: ``action`` (the file's extension too) →
#: (what writes it, its content type).
EXPORTS = {
    "json": (personal_data.export_json, "application/json"),
    "csv": (personal_data.export_csv, "text/csv"),
}


class EmailForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email of the person"), max_length=254)


class PersonalDataView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Personal data of submitters")
    header_icon = "user"
    template_name = "wagtail_nd43/admin/personal_data.html"
    url_name = "personal_data"
    shown_to = staticmethod(can_manage_personal_data)

    def dispatch(self, request, *args, **kwargs):
        if not self.shown_to(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = EmailForm(request.GET or None)
        context = self.get_context_data(form=form)
        if form.is_valid():
            questions, comments = personal_data.find(
                form.cleaned_data["email"], request.user
            )
            context.update(
                email=form.cleaned_data["email"],
                questions=questions,
                comments=comments,
                changes=personal_data.erasure_plan(
                    personal_data.items_of(questions, comments)
                ),
            )
        return TemplateResponse(request, self.template_name, context)

    def post(self, request):
        form = EmailForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Enter a valid email address."))
            return redirect("wagtail_nd43_admin:personal_data")
        email = form.cleaned_data["email"]
        action = request.POST.get("action")
        if action in EXPORTS:
            export, content_type = EXPORTS[action]
            response = HttpResponse(
                export(email, request.user),
                content_type=f"{content_type}; charset=utf-8",
            )
            response["Content-Disposition"] = (
                f'attachment; filename="du-lieu-ca-nhan.{action}"'
            )
            return response
        if action == "erase" and request.POST.get("confirm") == "yes":
            deleted, anonymised = personal_data.erase(email, request.user)
            messages.success(
                request,
                _(
                    "Erased: %(deleted)d submission(s) deleted, %(anonymised)d published "
                    "one(s) anonymised."
                )
                % {"deleted": deleted, "anonymised": anonymised},
            )
            return redirect(reverse("wagtail_nd43_admin:personal_data"))
        messages.error(request, _("Tick the confirmation box to erase the data."))
        return redirect(reverse("wagtail_nd43_admin:personal_data") + "?email=" + email)
