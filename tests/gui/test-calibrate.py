"""The real app through the accessibility tree, as a CS leader meets
calibration: open the plan with last quarter's Toggl export, import it as
the dialog proposes (what it cannot tell is listed, not dropped), read the
moments that take longer and the ones not happening, create the calibrated
scenario and find it in Compare. TAP output."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hrtest  # noqa: E402

hrtest.require_desktop()
import pyatspi  # noqa: E402

check = hrtest.check
DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calibration-demo")


def shown(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)[2] > 0


def run():
    home, env = hrtest.private_home()
    proc, app = hrtest.start_app(env, os.path.join(DEMO, "northwind.headroom"),
                                 os.path.join(DEMO, "toggl-last-quarter.csv"))
    try:
        if not app:
            return
        dialog = hrtest.wait_for(lambda: next((f for f in app.children if f.name.startswith("Import Time Log")), None),
                                 10)
        check("opening the export with the plan asks how it maps", dialog, [f.name for f in app.children])
        if not dialog:
            return
        labels = [n for r, n, _ in hrtest.names(dialog, limit=60) if r == "label"]
        check("the dialog names the export it recognised", "Toggl Track" in dialog.name, dialog.name)
        check("each activity value says its entries and hours", "174 entries, 275.73 h" in labels, labels[:60])
        check("what nothing maps is listed, not dropped",
              any("activity “Insights report” is not mapped (174 entries" in n for n in labels), labels[-20:])
        importer = dialog.findChild(lambda n: n.roleName == "push button" and n.name.endswith("Import"), retry=False)
        check("the dialog has its Import button", importer)
        if not importer:
            return
        importer.doActionNamed("click")

        frame = hrtest.wait_for(lambda: next((f for f in app.children if f.name.endswith("Headroom")), None), 5)

        def label(text):
            return frame.findChild(lambda n: n.roleName == "label" and n.name == text and shown(n), retry=False)

        longer = hrtest.wait_for(lambda: label("Onboarding takes 8.98 h, designed 6 h: 50% more, over 17 occurrences."), 10)
        check("the page says which moment takes longer than designed", longer,
              [n for r, n, _ in hrtest.names(frame, limit=60) if r == "label"][:60])
        check("and which moment is not happening",
              hrtest.wait_for(lambda: frame.findChild(
                  lambda n: n.roleName == "label" and n.name.startswith("Alignment Meetings happened for 43 of 130"),
                  retry=False), 5))
        create = frame.findChild(lambda n: n.roleName == "push button" and n.name.endswith("Create Calibrated Scenario")
                                 and shown(n), retry=False)
        check("the page offers the calibrated scenario", create)
        if not create:
            return
        create.doActionNamed("click")
        compare = hrtest.wait_for(lambda: frame.findChild(
            lambda n: n.roleName == "push button" and n.name.endswith("Compare Scenarios") and shown(n), retry=False), 5)
        check("then to compare it", compare)
        if not compare:
            return
        compare.doActionNamed("click")
        column = hrtest.wait_for(lambda: label("Calibrated from time log 2026-10 – 2026-12"), 10)
        check("Compare shows the calibrated scenario beside the baseline", column,
              [n for r, n, _ in hrtest.names(frame, limit=60) if r == "label"][:80])
        check("the title says the plan has changed", frame.name.startswith("•"), frame.name)
    finally:
        hrtest.stop(proc)
        subprocess.run(["rm", "-rf", home])


run()
hrtest.finish()
