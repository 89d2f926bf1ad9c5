"""What the command line's TAP tests share: running headroom-cli in the C
locale, checks and skips counted as they run, and the plan line and exit
status at the end."""
import os
import subprocess
import sys

CLI = sys.argv[1]
SRCDIR = sys.argv[2]
_failures = 0
_count = 0


def run(*args, stdin=None, env=None):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, input=stdin,
                       env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})})
    return p.returncode, p.stdout, p.stderr


def check(name, condition, detail=""):
    global _failures, _count
    _count += 1
    if condition:
        print(f"ok {_count} {name}")
    else:
        _failures += 1
        print(f"not ok {_count} {name}")
        for line in str(detail).splitlines()[:20]:
            print(f"# {line}")


def skip(name, why):
    global _count
    _count += 1
    print(f"ok {_count} {name} # SKIP {why}")


def finish():
    print(f"1..{_count}")
    sys.exit(1 if _failures else 0)
