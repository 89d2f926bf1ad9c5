"""What the TAP tests in python share: checks and skips counted as they
run, and the plan line and exit status at the end."""
import sys

_failures = 0
_count = 0


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
