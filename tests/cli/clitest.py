"""What the command line's TAP tests share: running headroom-cli in the C
locale, and the TAP checks of tests/tap.py."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import check, finish, skip  # noqa: E402,F401

CLI = sys.argv[1]
SRCDIR = sys.argv[2]


def run(*args, stdin=None, env=None):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, input=stdin,
                       env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})})
    return p.returncode, p.stdout, p.stderr
