"""What the pack's TAP tests share: the TAP checks of tests/tap.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import check, finish, skip  # noqa: E402,F401
