"""The real app through the accessibility tree: open the Scenarios page,
add a scenario, build one change with the editor's controls, and find the
scenario as a column of the Compare page. TAP output."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hrtest  # noqa: E402

hrtest.require_desktop()
import pyatspi  # noqa: E402

check = hrtest.check


def run():
    home, env = hrtest.private_home()
    proc, app = hrtest.start_app(env)
    try:
        if not app:
            return
        frame = hrtest.wait_for(lambda: app.child(roleName="frame", retry=False), 10)

        def click(node):
            hrtest.click(env, node)

        def page(name):
            sidebar = frame.child(name="Sidebar", roleName="list")
            items = [i for i in sidebar.children if any(c.name == name for c in i.children)]
            if items:
                click(items[0])
            return bool(items)

        def button(suffix):
            # spoken by its text, not GTK 4.8's "_Add to Scenario Add to Scenario"
            return frame.findChild(lambda n: n.roleName == "push button" and n.name == suffix
                                   and n.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[2] > 0,
                                   retry=False)

        check("the sidebar has a Scenarios page", page("Scenarios"))
        add = hrtest.wait_for(lambda: button("Add scenario"), 5)
        check("the Scenarios page shows its add button", add)
        if not add:
            return
        add.doActionNamed("click")
        name_field = hrtest.wait_for(lambda: frame.findChild(
            lambda n: n.roleName == "text" and n.name == "Name"
            and n.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[2] > 0, retry=False), 5)
        check("a new scenario is selected with its name field", name_field)
        text = name_field.queryText() if name_field else None
        scenario = text.getText(0, text.characterCount) if text else ""
        check("the new scenario has a name", scenario, scenario)

        to_scenario = hrtest.wait_for(lambda: button("Add to Scenario"), 5)
        check("the editor offers to add a change", to_scenario)
        if to_scenario:
            to_scenario.doActionNamed("click")
        changes = hrtest.wait_for(lambda: frame.findChild(
            lambda n: n.roleName in ("list", "list box") and n.name == "Changes to the baseline", retry=False), 5)
        check("the change is listed as a sentence",
              changes and hrtest.wait_for(lambda: any(" start in " in n for _, n, _ in hrtest.names(changes)), 5),
              changes and hrtest.names(changes))

        check("the sidebar has a Compare page", page("Compare"))
        header = hrtest.wait_for(lambda: frame.findChild(
            lambda n: n.roleName == "label" and n.name == scenario
            and n.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[2] > 0, retry=False), 5)
        check("Compare shows the new scenario as a column", header,
              [n for r, n, _ in hrtest.names(frame) if r == "label"][:80])
        table = frame.findChild(lambda n: n.name == "Comparison of the baseline and the scenarios", retry=False)
        labels = [n for r, n, _ in hrtest.names(table)] if table else []
        check("the table has the baseline and the scenario", "Baseline" in labels and scenario in labels, labels[:20])
    finally:
        hrtest.stop(proc)
        subprocess.run(["rm", "-rf", home])


run()
hrtest.finish()
