#!/usr/bin/python3
"""End to end: start headroom, drive it through the accessibility tree as a
screen-reader user would, and check what the window shows. TAP output."""
import os
import subprocess
import sys
import tempfile
import time

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    print("1..0 # SKIP no display or session bus")
    sys.exit(0)
try:
    from dogtail.config import config
    config.checkForA11y = False
    config.defaultDelay = config.actionDelay = 0.1
    config.searchCutoffCount = 20
    config.logDebugToStdOut = False
    config.logDebugToFile = False
    from dogtail import tree
except Exception as e:  # noqa: BLE001
    print("1..0 # SKIP dogtail is not installed (%s)" % e)
    sys.exit(0)

home = tempfile.mkdtemp(prefix="headroom-e2e-")
env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
env.pop("GTK_A11Y", None)
app_proc = subprocess.Popen([os.environ["HEADROOM_BIN"]], env=env)
results = []
skipped = []


def check(name, ok):
    results.append((name, bool(ok)))


def find(node, **kw):
    return node.child(retry=True, **kw)


try:
    app = None
    for _ in range(100):
        try:
            app = tree.root.application("headroom")
            break
        except Exception:  # noqa: BLE001
            time.sleep(0.2)
    check("the app is on the accessibility bus", app is not None)
    if app is None:
        raise SystemExit

    frame = app.child(roleName="frame")
    check("the title names the sample plan", "Acme Cloud" in frame.name)

    status = None
    for text in ("Over capacity", "Stretched", "The plan holds"):
        found = frame.findChildren(lambda n, t=text: n.name == t)
        if found:
            status = text
    check("the summary says whether the plan holds", status is not None)
    check("the summary shows the peak load", frame.findChildren(lambda n: n.name == "Peak load"))

    chart = frame.findChildren(lambda n: n.name == "Monthly effort chart")
    check("the effort chart is on screen", chart)
    frame.child(name="Headcount", roleName="push button").doActionNamed("click")
    time.sleep(0.5)
    check("one click shows the headcount chart",
          frame.findChildren(lambda n: n.name == "Headcount chart"))

    # every button and field the user can reach has a name
    unnamed = [n for n in frame.findChildren(
        lambda n: n.roleName in ("push button", "toggle button", "text", "combo box")
        and n.showing) if not n.name]
    check("every visible control has a spoken name (%d without)" % len(unnamed), not unnamed)

    # open the Journey page from the sidebar and type a new preparation time
    sidebar = frame.child(name="Sidebar", roleName="list")
    for index, item in enumerate(sidebar.children):
        if any(c.name == "Journey" for c in item.children):
            try:
                sidebar.querySelection().selectChild(index)
            except Exception:  # noqa: BLE001
                pass
    time.sleep(0.5)
    prep = [n for n in frame.findChildren(lambda n: n.name == "Preparation" and n.roleName == "text")
            if n.showing]
    check("the moment's preparation field has a spoken name",
          frame.findChildren(lambda n: n.name == "Preparation" and n.roleName == "text"))
    if not prep:
        # GTK 4.8's stack sidebar does not take AT-SPI selection yet
        skipped.append("typing into the Journey page: the sidebar could not be driven")
    if prep:
        peak_before = frame.child(name="Peak load", roleName="label").parent
        prep[0].queryComponent().grabFocus()
        text = prep[0].queryText()
        old = text.getText(0, text.characterCount)
        from dogtail import rawinput
        rawinput.keyCombo("<Control>a")
        rawinput.typeText("40")
        time.sleep(1.0)
        text = prep[0].queryText()
        check("the field shows what was typed (was %s)" % old, text.getText(0, text.characterCount) == "40")
        check("the title marks unsaved changes", frame.name.startswith("•"))
        rawinput.keyCombo("<Control>z")
        time.sleep(1.0)
        text = prep[0].queryText()
        check("undo restores the field", text.getText(0, text.characterCount) == old)
        check("undo clears the unsaved mark", not frame.name.startswith("•"))
finally:
    app_proc.terminate()
    try:
        app_proc.wait(5)
    except subprocess.TimeoutExpired:
        app_proc.kill()

print("1..%d" % (len(results) + len(skipped)))
for i, (name, ok) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
for i, name in enumerate(skipped, len(results) + 1):
    print("ok %d # SKIP %s" % (i, name))
sys.exit(0 if all(ok for _, ok in results) else 1)
