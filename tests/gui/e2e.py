#!/usr/bin/python3
"""End to end: start headroom and drive it as a user would: find controls
through the accessibility tree (what a screen reader hears), click and type
with real input events (xdotool), and check what the window shows. TAP
output."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    print("1..0 # SKIP no display or session bus")
    sys.exit(0)
if not shutil.which("xdotool"):
    print("1..0 # SKIP xdotool is not installed")
    sys.exit(0)
try:
    from dogtail.config import config
    config.checkForA11y = False
    config.defaultDelay = config.actionDelay = 0.1
    config.searchCutoffCount = 20
    config.logDebugToStdOut = False
    config.logDebugToFile = False
    from dogtail import tree
    import pyatspi
except Exception as e:  # noqa: BLE001
    print("1..0 # SKIP dogtail is not installed (%s)" % e)
    sys.exit(0)

home = tempfile.mkdtemp(prefix="headroom-e2e-")
env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
env.pop("GTK_A11Y", None)
app_proc = subprocess.Popen([os.environ["HEADROOM_BIN"]], env=env)
results = []


def check(name, ok):
    results.append((name, bool(ok)))


def xdotool(*args):
    subprocess.run(["xdotool"] + list(args), check=True, env=env)


def on_screen(node):
    # GTK 4.8 sets no "showing" state; a widget on screen has a size
    try:
        x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:  # noqa: BLE001
        return False
    return node.visible and w > 0 and h > 0


def window_origin():
    out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Headroom",
                          "getwindowgeometry", "--shell"],
                         capture_output=True, text=True, check=True, env=env).stdout
    geometry = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(geometry["X"]), int(geometry["Y"])


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
        and on_screen(n)) if not n.name]
    check("every visible control has a spoken name (%d without)" % len(unnamed), not unnamed)

    # open the Journey page as a user does: a real click on the sidebar
    # (GTK 4.8's stack sidebar takes no AT-SPI selection)
    def click(node):
        x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        ox, oy = window_origin()
        xdotool("mousemove", str(ox + x + w // 2), str(oy + y + h // 2), "click", "1")

    def showing_text(name):
        return [n for n in frame.findChildren(lambda n: n.name == name and n.roleName == "text")
                if on_screen(n)]

    def text_of(node):
        t = node.queryText()
        return t.getText(0, t.characterCount)

    def summary_value(name):
        # the value label follows its title in the summary panel
        title = frame.child(name=name, roleName="label")
        siblings = title.parent.children
        return text_of(siblings[siblings.index(title) + 1])

    def wait_for(predicate, seconds=5.0):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if predicate():
                return True
            time.sleep(0.1)
        return predicate()

    sidebar = frame.child(name="Sidebar", roleName="list")
    journey = [item for item in sidebar.children if any(c.name == "Journey" for c in item.children)]
    check("the sidebar lists the Journey page", journey)
    if journey:
        click(journey[0])
    check("a click on the sidebar shows the Journey page", wait_for(lambda: showing_text("Preparation")))
    prep = showing_text("Preparation")
    if prep:
        field = prep[0]
        old = text_of(field)
        required_before = summary_value("Required FTE at end")
        peak_before = summary_value("Peak load")
        caption = frame.findChildren(lambda n: n.roleName == "label" and "each highlighted month costs" in n.name)

        # type a new preparation time, as a user does
        click(field)
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "50", "40")
        xdotool("key", "Tab")
        check("the field shows what was typed (was %s)" % old, wait_for(lambda: text_of(field) == "40"))
        check("the title marks unsaved changes", wait_for(lambda: frame.name.startswith("\u2022")))
        check("the summary's required FTE changes (was %s)" % required_before,
              wait_for(lambda: summary_value("Required FTE at end") != required_before))
        check("the summary's peak load changes (was %s)" % peak_before,
              wait_for(lambda: summary_value("Peak load") != peak_before))
        check("the moment's timeline counts the new hours",
              caption and wait_for(lambda: "40." in caption[0].name))

        xdotool("key", "ctrl+z")
        check("undo restores the field", wait_for(lambda: text_of(field) == old))
        check("undo restores the summary",
              wait_for(lambda: summary_value("Required FTE at end") == required_before
                       and summary_value("Peak load") == peak_before))
        check("undo clears the unsaved mark", wait_for(lambda: not frame.name.startswith("\u2022")))

    # every control on each editing page has a name a screen reader speaks
    def unnamed_controls():
        return [n for n in frame.findChildren(
            lambda n: n.roleName in ("push button", "toggle button", "text", "combo box", "spin button")
            and on_screen(n)) if not n.name]

    check("the Journey page's controls all have spoken names (%d without)" % len(unnamed_controls()),
          not unnamed_controls())
    for page, field in (("Tiers", "Annual contract value"), ("Team", "Paid hours")):
        item = [i for i in sidebar.children if any(c.name == page for c in i.children)]
        if item:
            click(item[0])
        shown = wait_for(lambda f=field: showing_text(f))
        missing = unnamed_controls()
        check("the %s page shows its form (%s) and every control has a spoken name (%d without)"
              % (page, field, len(missing)), shown and not missing)
finally:
    app_proc.terminate()
    try:
        app_proc.wait(5)
    except subprocess.TimeoutExpired:
        app_proc.kill()

print("1..%d" % len(results))
for i, (name, ok) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
sys.exit(0 if all(ok for _, ok in results) else 1)
