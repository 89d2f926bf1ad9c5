#!/usr/bin/python3
"""Recovery: an unsaved edit survives a kill -9. Starts the real app in a
private home, renames the plan (through a test action, as the pages edit:
one undoable step), waits for the autosave, kills the app, starts it again,
accepts the recovery and finds the edit; a clean close then leaves no
recovery file. Then a burst of edits without a pause, killed in the middle:
the recovery file holds every edit older than the autosave's maximum delay.
TAP output."""
import configparser
import glob
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hrtest  # noqa: E402
from gi.repository import GLib  # noqa: E402
from hrtest import check  # noqa: E402

hrtest.require_desktop()

EDIT = "Recovered edit plan"
home, env = hrtest.private_home()
recovery_dir = os.path.join(env["XDG_DATA_HOME"], "headroom", "recovery")


def recovery_files():
    return sorted(glob.glob(os.path.join(recovery_dir, "*.ini")))


left = []


def run():
    global left
    proc, app = hrtest.start_app(env)
    try:
        if not app:
            return
        frame = hrtest.wait_for(lambda: app.child(roleName="frame", retry=False))
        check("the main window is there", frame)
        hrtest.activate("test-rename", GLib.Variant("s", EDIT))
        check("the edit shows in the title, marked unsaved",
              hrtest.wait_for(lambda: frame.name.startswith("•") and EDIT in frame.name, 5), frame.name)
        check("the autosave writes a recovery file within a few seconds",
              hrtest.wait_for(recovery_files, 10))
    finally:
        hrtest.stop(proc, hard=True)
    check("the app was killed", proc.returncode is not None and proc.returncode < 0, proc.returncode)
    check("the recovery file outlives the kill", recovery_files())
    left = recovery_files()

    proc, app = hrtest.start_app(env, found="the app starts again")
    try:
        if not app:
            return
        recover = hrtest.wait_for(lambda: app.child(name="Recover", roleName="push button", retry=False))
        check("the next start offers to recover", recover)
        if not recover:
            return
        offer = recover.parent.parent
        texts = [name for _, name, _ in hrtest.names(offer)]
        check("the offer names the plan and when it was changed",
              any(EDIT in t and re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", t) for t in texts), texts)
        check("the offer can discard instead",
              app.findChildren(lambda n: n.name == "Discard" and n.roleName == "push button"))
        recover.doActionNamed("click")

        def main_frame():
            for f in app.findChildren(lambda n: n.roleName == "frame", recursive=False):
                if "Headroom" in f.name and EDIT in f.name:
                    return f
            return None
        frame = hrtest.wait_for(main_frame, 5)
        check("the window shows the recovered edit", frame,
              [f.name for f in app.children])
        check("the recovered plan is marked unsaved", frame and frame.name.startswith("•"),
              frame.name if frame else None)
        check("the recovered file is removed once taken",
              hrtest.wait_for(lambda: not [f for f in left if os.path.exists(f)], 5), recovery_files())

        # a clean close, answering Discard to the unsaved question
        hrtest.activate("test-close")
        # spoken as "Discard", not GTK 4.8's "_Discard Discard"
        discard = hrtest.wait_for(lambda: app.findChild(lambda n: n.roleName == "push button" and n.name == "Discard",
                                                        retry=False), 5)
        check("closing asks about the unsaved changes", discard)
        if discard:
            discard.doActionNamed("click")
        check("the app quits after its last window", hrtest.wait_for(lambda: proc.poll() is not None, 10))
        check("a clean close leaves no recovery file", not recovery_files(), recovery_files())
    finally:
        hrtest.stop(proc)


# the autosave's maximum delay (hr_recovery_get_max_delay) and a margin for
# a loaded machine: an edit older than both is on disk
MAX_DELAY = 5
MARGIN = 3
BURST_SECONDS = 16
EDIT_EVERY = 0.4


def recovered_name():
    files = recovery_files()
    if not files:
        return None
    info = configparser.ConfigParser(interpolation=None)
    info.read(files[-1])
    return info.get("recovery", "name", fallback=None)


def burst():
    """Edits as fast as steady typing, never pausing, then a kill -9."""
    proc, app = hrtest.start_app(env, found="the app starts for the burst")
    edits = []
    try:
        if not app:
            return
        check("no recovery file before the burst", not recovery_files(), recovery_files())
        start = time.monotonic()
        n = 0
        while time.monotonic() - start < BURST_SECONDS:
            n += 1
            name = "Burst edit %03d" % n
            hrtest.activate("test-rename", GLib.Variant("s", name))
            edits.append((time.monotonic(), name))
            time.sleep(EDIT_EVERY)
    finally:
        killed_at = time.monotonic()
        hrtest.stop(proc, hard=True)
    check("the app was killed in the middle of the burst", proc.returncode is not None and proc.returncode < 0,
          proc.returncode)
    older = [name for when, name in edits if when <= killed_at - MAX_DELAY - MARGIN]
    name = recovered_name()
    check("the burst lasted longer than the autosave's maximum delay", older, len(edits))
    check("the recovery file holds every edit older than the maximum delay",
          name is not None and older and name >= older[-1], (name, older[-1:] if older else None))

    proc, app = hrtest.start_app(env, found="the app starts after the burst")
    try:
        if not app:
            return
        recover = hrtest.wait_for(lambda: app.child(name="Recover", roleName="push button", retry=False))
        check("the next start offers the burst's edits", recover)
        if not recover:
            return
        recover.doActionNamed("click")
        frame = hrtest.wait_for(lambda: [f for f in app.findChildren(lambda n: n.roleName == "frame", recursive=False)
                                         if name and name in f.name], 5)
        check("the window shows the last edit written", frame, [f.name for f in app.children])
    finally:
        hrtest.stop(proc, hard=True)


run()
burst()
hrtest.finish()
