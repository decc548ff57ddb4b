"""``manage.py shell -c`` without starting Django every time.

A ``manage.py shell`` spends 2-3 s (more on a busy machine) importing Wagtail and
filling the app registry before it runs one line; the browser tests ran 16 of them.
:class:`ShellProcess` starts one Python process with Django set up and sends it each
piece of code; the process runs it through the ``shell`` command itself
(``call_command("shell", command=code)``, so the same namespace of auto-imports)
and answers with what it printed. Before each piece of code the process starts as a
new one would: its caches emptied (the settings' caches are per process) and no
database connection kept open between pieces.
"""

import json
import os
import select
import subprocess
import sys


#: The process: one JSON request per line in, one JSON answer per line out.
SERVER = r"""
import contextlib, io, json, os, sys, traceback

answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)  # whatever is printed outside a request goes to the log
sys.stdout = sys.stderr
import django

django.setup()
from django.core.cache import caches
from django.core.management import call_command
from django.db import connections

answers.write(json.dumps({"ready": True}) + "\n")
answers.flush()
for line in sys.stdin:
    code = json.loads(line)["code"]
    output = io.StringIO()
    status = 0
    for cache in caches.all():
        cache.clear()
    try:
        with contextlib.redirect_stdout(output):
            call_command("shell", command=code)
    except SystemExit as exit:  # as manage.py shell would end: 0 or None is success
        status = 0 if exit.code in (0, None) else 1
    except BaseException:
        status = 1
        output.write(traceback.format_exc())
    finally:
        connections.close_all()
    answers.write(json.dumps({"status": status, "output": output.getvalue()}) + "\n")
    answers.flush()
"""


class ShellError(Exception):
    pass


class ShellProcess:
    """One long-lived Django process in ``env`` (its settings), run from ``cwd``;
    stderr goes to ``log_path``."""

    def __init__(self, env, cwd, log_path):
        self.log = open(log_path, "a", encoding="utf-8")
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter)
            [sys.executable, "-c", SERVER],
            cwd=cwd,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            encoding="utf-8",
        )
        self._answer(timeout=120)

    def _answer(self, timeout):
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.close()
            raise ShellError(
                "the shell process gave no answer within "
                f"{timeout}s (exit {self.process.returncode}); see {self.log.name}"
            )
        return json.loads(line)

    def run(self, code, timeout=300):
        """``(status, output)`` of ``manage.py shell -c code``: 0 or 1, what it
        printed (with the traceback when it failed)."""
        self.process.stdin.write(json.dumps({"code": code}) + "\n")
        self.process.stdin.flush()
        answer = self._answer(timeout)
        return answer["status"], answer["output"]

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


def available():
    """``select`` on pipes: not on Windows, where each call starts ``manage.py``."""
    return os.name != "nt"
