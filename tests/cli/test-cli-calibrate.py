#!/usr/bin/env python3
"""headroom-cli calibrate end to end: the conformance example, text, -o, --map."""
import json
import os
import tempfile

from clitest import SRCDIR, check, finish, run

PLAN = os.path.join(SRCDIR, "conformance", "calibrate.headroom")
LOG = os.path.join(SRCDIR, "conformance", "calibrate.log.csv")
LOGS = os.path.join(SRCDIR, "model", "time-logs")
TEAM = os.path.join(LOGS, "team.headroom")
TOGGL = os.path.join(LOGS, "toggl-detailed.csv")


def same(actual, expected):
    """Numbers to 1e-9 relative, everything else exactly; keys of expected only."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and same(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(actual) == len(expected) and \
            all(same(a, e) for a, e in zip(actual, expected))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(actual, (int, float)) and abs(actual - expected) <= 1e-9 * max(1, abs(expected))
    return actual == expected


with open(os.path.join(SRCDIR, "conformance", "calibrate.expected.json")) as f:
    expected = json.load(f)

with tempfile.TemporaryDirectory() as tmp:
    code, out, err = run("calibrate", "--help")
    check("calibrate --help", code == 0 and "Usage:" in out and "--min-occurrences" in out, out + err)
    code, out, err = run("--help")
    check("--help lists calibrate", code == 0 and "calibrate" in out, out)

    # the spec's worked example, through the command line
    code, out, err = run("calibrate", PLAN, LOG, "--format", "json")
    result = json.loads(out) if code == 0 else {}
    check("json has the keys of spec §8, in order", code == 0 and
          list(result)[:8] == ["from", "to", "moments", "roles", "segments", "months", "warnings", "scenario"],
          out[:300] + err)
    warnings_match = len(result.get("warnings", [])) == len(expected["warnings"])
    for key in ("warnings",):
        result.pop(key, None)
    check("json agrees with the conformance example", code == 0 and warnings_match and
          same(result, {k: v for k, v in expected.items() if k != "warnings"}), out[:600])
    code, out, err = run("calibrate", PLAN, LOG)
    check("text reads as verdicts", code == 0 and
          "checkin happened 8 of the 9 times it was due (89%)." in out and
          "kickoff takes 5 h, designed 5.5 h: 9% less, over 2 occurrences." in out and
          "A small sample: 2 occurrences, fewer than 5; shown, not used." in out and
          "Calibrated from time log 2026-11 – 2027-01 (calibrated-2)" in out, out + err)
    check("text says the warnings with their lines", "calibrate.log.csv:21: unknown person “sam”" in out, out)

    code, out, err = run("calibrate", PLAN, LOG, "--min-occurrences", "1", "--format", "json")
    changes = json.loads(out)["scenario"]["changes"] if code == 0 else []
    check("--min-occurrences 1 scales the kickoff too", code == 0 and len(changes) == 11 and
          changes[0] == {"op": "scale", "target": "moments/kickoff/prep", "factor": 10 / 11}, changes)

    # -o: the plan with the scenario, which compares like any other
    written = os.path.join(tmp, "calibrated.headroom")
    code, out, err = run("calibrate", PLAN, LOG, "-o", written)
    check("-o writes the plan", code == 0 and os.path.exists(written), err)
    with open(written) as f:
        plan = json.load(f)
    check("-o adds the calibrated scenario after the others",
          [s["id"] for s in plan["scenarios"]] == ["calibrated", "calibrated-2"] and
          same(plan["scenarios"][1]["changes"], expected["scenario"]["changes"]), plan.get("scenarios"))
    check("a canonical log leaves no mapping behind", "calibration" not in plan, plan.keys())
    code, out, err = run("compare", written, "--format", "json")
    check("the calibrated scenario compares", code == 0 and "calibrated-2" in out, out[:300] + err)

    # a Toggl export, mapped on the command line, remembered with -o
    code, out, err = run("calibrate", TEAM, TOGGL)
    check("an export as proposed says what is not mapped", code == 0 and
          "activity “EBR” is not mapped (1 entry, 3.75 h): not counted" in out and
          "activity “Lunch” is not mapped" in out, out + err)
    remembered = os.path.join(tmp, "team.headroom")
    code, out, err = run("calibrate", TEAM, TOGGL, "--map", "EBR=qbr", "--map", "Lunch=none",
                         "--map", "account:Hooli=none", "--min-occurrences", "2", "-o", remembered)
    check("--map values", code == 0 and "not mapped" not in out and "Hooli" not in out, out + err)
    with open(remembered) as f:
        plan = json.load(f)
    calibration = plan.get("calibration", {})
    check("-o remembers the mapping in the plan",
          calibration.get("activities", {}).get("EBR") == "qbr" and
          "Lunch" in calibration.get("activities", {}) and calibration["activities"]["Lunch"] is None and
          calibration.get("columns", {}).get("activity") == "Task" and
          calibration.get("min_occurrences") == 2, calibration)
    code, out, err = run("calibrate", remembered, TOGGL)
    check("next month's export imports in one step", code == 0 and "not mapped" not in out and
          "A small sample: 1 occurrence, fewer than 2" in out, out + err)
    mapping = os.path.join(tmp, "mapping.json")
    with open(mapping, "w") as f:
        json.dump({"activities": {"EBR": "qbr", "Lunch": None}}, f)
    code, out, err = run("calibrate", TEAM, TOGGL, "--map", mapping)
    check("--map FILE", code == 0 and "not mapped" not in out, out + err)
    code, out, err = run("calibrate", TEAM, TOGGL, "--map", "column:User=person", "--map", remembered)
    check("--map column and a plan's mapping", code == 0 and "not mapped" not in out, out + err)

    # what is refused
    code, out, err = run("calibrate", PLAN)
    check("one file is a usage error", code == 1 and "expected a PLAN file and a LOG.csv" in err, err)
    code, out, err = run("calibrate", PLAN, LOG, "--format", "csv")
    check("unknown format", code == 1 and "unknown format" in err, err)
    code, out, err = run("calibrate", PLAN, LOG, "--map", "column:Date=when")
    check("--map of a column to nothing known", code == 1 and "date, person, account, activity or hours" in err, err)
    code, out, err = run("calibrate", PLAN, LOG, "--map", "Lunch=")
    check("--map without a target", code == 1 and "nothing after" in err, err)
    code, out, err = run("calibrate", TEAM, os.path.join(LOGS, "toggl-broken.csv"))
    check("a broken row: FILE:LINE: column", code == 2 and
          err.strip().endswith("toggl-broken.csv:4: Duration: “2:75:00” is not a duration; "
                               "expected hours such as 1.5, 1,5, 1:30 or 1:30:00"), err)
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w") as f:
        f.write("date,person,account,activity,hours\n2027-01-01,ines,,coffee,1\n")
    code, out, err = run("calibrate", PLAN, bad)
    check("an unknown activity of a canonical log", code == 2 and
          f"{bad}:2: activity: unknown activity “coffee”" in err, err)
    code, out, err = run("calibrate", PLAN, os.path.join(tmp, "missing.csv"))
    check("a log that cannot be read", code == 2 and "missing.csv" in err, err)
    untouched = os.path.join(tmp, "untouched.headroom")
    code, out, err = run("calibrate", PLAN, bad, "-o", untouched)
    check("nothing is written for a refused log", code == 2 and not os.path.exists(untouched), err)

finish()
