from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105  (demo only: never run this on a real site)


class Command(BaseCommand):
    help = (
        "Create the demo superuser admin / admin if no user called admin exists. "
        "For the local demo only."
    )

    def handle(self, *args, **options):
        users = get_user_model()
        if users.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"User “{USERNAME}” already exists; left unchanged.")
            return
        users.objects.create_superuser(
            username=USERNAME,
            email="admin@hoabinhxanh.example",
            password=PASSWORD,
            first_name="Quản trị",
            last_name="Demo",
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Superuser “{USERNAME}” created with password “{PASSWORD}”."
            )
        )
