#!/usr/bin/env python
"""A third-party Wagtail site, as an agency has it before installing wagtail-nd43."""

import os
import sys


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
