#!/usr/bin/python3
"""End to end: start headroom and drive it as a user would: find controls
through the accessibility tree (what a screen reader hears), click and type
with real input events (xdotool), and check what the window shows. TAP
output."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hrtest  # noqa: E402

hrtest.require_desktop()
hrtest.require_xdotool()

home, env = hrtest.private_home()
app_proc = hrtest.start(env)
check = hrtest.check
on_screen = hrtest.on_screen
text_of = hrtest.text_of


def xdotool(*args):
    hrtest.xdotool(env, *args)


def click(node):
    hrtest.click(env, node)


try:
    app = hrtest.find_app(app_proc)
    check("the app is on the accessibility bus", app is not None)
    if app is None:
        raise SystemExit

    frame = app.child(roleName="frame")
    check("the title names the sample plan", "Acme Cloud" in frame.name)

    status = None
    for text in ("Over capacity", "Stretched", "Holds, but costly", "The plan holds"):
        found = frame.findChildren(lambda n, t=text: n.name == t)
        if found:
            status = text
    check("the summary says whether the plan holds", status is not None)
    check("the summary shows the peak load", frame.findChildren(lambda n: n.name == "Peak load"))

    def wait_for(predicate, seconds=10.0):
        return hrtest.wait_for(predicate, seconds)

    chart = frame.findChildren(lambda n: n.name == "Monthly effort chart")
    check("the effort chart is on screen", chart)
    frame.child(name="Headcount", roleName="push button").doActionNamed("click")
    check("one click shows the headcount chart",
          wait_for(lambda: frame.findChildren(lambda n: n.name == "Headcount chart")))

    # every button and field the user can reach has a name
    unnamed = [n for n in frame.findChildren(
        lambda n: n.roleName in ("push button", "toggle button", "text", "combo box")
        and on_screen(n)) if not n.name]
    check("every visible control has a spoken name (%d without)" % len(unnamed), not unnamed)
    # and names read plainly: no mnemonic underscore ("_Accept All"), no
    # "(None)" of a drop-down's hidden empty page, no widget type name
    def garbled():
        return [(n.roleName, n.name) for n in frame.findChildren(
            lambda n: n.roleName in ("push button", "toggle button", "combo box", "label")
            and ("_" in (n.name or "") or n.name == "(None)" or (n.name or "").startswith("Gtk"))
            and on_screen(n))]
    check("no spoken name shows a mnemonic, “(None)” or a widget type (%s)" % garbled()[:4], not garbled())

    def showing_text(name):
        return [n for n in frame.findChildren(lambda n: n.name == name and n.roleName == "text")
                if on_screen(n)]

    def summary_value(name):
        # the value label follows its title in the summary panel
        title = frame.child(name=name, roleName="label")
        siblings = title.parent.children
        return text_of(siblings[siblings.index(title) + 1])

    # the summary names the sample plan's last month
    LAST_REQUIRED = "Team FTE required, Dec 2028"
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
        required_before = summary_value(LAST_REQUIRED)
        peak_before = summary_value("Peak load")
        caption = frame.findChildren(lambda n: n.roleName == "label" and "each highlighted month costs" in n.name)

        # type a new preparation time, as a user does, once the page that
        # was just built for this first visit is laid out
        hrtest.wait_settled(field)
        click(field)
        xdotool("key", "ctrl+a")
        xdotool("type", "--delay", "50", "40")
        xdotool("key", "Tab")
        check("the field shows what was typed (was %s)" % old, wait_for(lambda: text_of(field) == "40"))
        check("the title marks unsaved changes", wait_for(lambda: frame.name.startswith("\u2022")))
        check("the summary's required FTE changes (was %s)" % required_before,
              wait_for(lambda: summary_value(LAST_REQUIRED) != required_before))
        check("the summary's peak load changes (was %s)" % peak_before,
              wait_for(lambda: summary_value("Peak load") != peak_before))
        check("the moment's timeline counts the new hours",
              caption and wait_for(lambda: "40." in caption[0].name))

        xdotool("key", "ctrl+z")
        check("undo restores the field", wait_for(lambda: text_of(field) == old))
        check("undo restores the summary",
              wait_for(lambda: summary_value(LAST_REQUIRED) == required_before
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
        check("the %s page's names read plainly (%s)" % (page, garbled()[:4]), not garbled())
finally:
    hrtest.stop(app_proc)

hrtest.finish()
