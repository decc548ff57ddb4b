from django.urls import path

from .admin_views import PersonalDataView


app_name = "wagtail_nd43_participation"

urlpatterns = [
    path("", PersonalDataView.as_view(), name="personal_data"),
]
