#!/usr/bin/env python3
"""headroom-cli end to end: every command, its exit codes and messages."""
import json
import os
import tempfile

from clitest import CLI, SRCDIR, check, finish, run, skip

CONFORMANCE = os.path.join(SRCDIR, "conformance")


def write(tmp, name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


with tempfile.TemporaryDirectory() as tmp:
    basic = os.path.join(CONFORMANCE, "basic.headroom")
    tiers = os.path.join(CONFORMANCE, "tiers.headroom")
    team = os.path.join(CONFORMANCE, "team.headroom")

    # usage
    code, out, err = run()
    check("no command is a usage error", code == 1 and "Usage:" in err, err)
    code, out, err = run("--help")
    check("--help lists the commands", code == 0 and all(c in out for c in ("validate", "forecast", "compare", "hiring", "sample")), out)
    # uninstalled, the translations of the build directory, as the app finds them
    po = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(CLI)))), "po")
    if os.path.exists(os.path.join(po, "de", "LC_MESSAGES", "headroom.mo")):
        code, out, err = run("--help", env={"LANGUAGE": "de", "HEADROOM_LOCALEDIR": po})
        check("HEADROOM_LOCALEDIR: --help in German", code == 0 and "Befehle:" in out, out + err)
    else:
        skip("HEADROOM_LOCALEDIR: --help in German", "the build has no German translation")
    code, out, err = run("frobnicate")
    check("unknown command", code == 1 and "unknown command" in err, err)
    for command in ("validate", "forecast", "compare", "hiring", "sample"):
        code, out, err = run(command, "--help")
        check(f"{command} --help", code == 0 and "Usage:" in out, out + err)
    code, out, err = run("forecast", basic, "--colour")
    check("unknown option", code == 1 and "--colour" in err and "--help" in err, err)
    code, out, err = run("forecast")
    check("missing plan", code == 1 and "expected one PLAN file" in err, err)
    code, out, err = run("forecast", basic, "--format", "xml")
    check("unknown format", code == 1 and "unknown format" in err, err)

    # validate
    code, out, err = run("validate", basic)
    check("validate a good plan", code == 0 and "valid" in out, out + err)
    bad = write(tmp, "bad.headroom", '{"format": "headroom-plan", "version": 1, "start": "2027-01",\n'
                '"segments": [{"id": "mid-market", "churn": 1.4}]}')
    code, out, err = run("validate", bad)
    check("validate names file, item and field", code == 2 and
          err.strip() == f"{bad}: segments[mid-market].churn: must be between 0 and 1, got 1.4", err)
    broken = write(tmp, "broken.headroom", '{"format": "headroom-plan",\n  "version": 1,,}')
    code, out, err = run("validate", broken)
    check("syntax error has line and column", code == 2 and err.startswith(f"{broken}:2:"), err)
    code, out, err = run("validate", os.path.join(tmp, "missing.headroom"))
    check("missing file", code == 2 and "missing.headroom" in err, err)
    newer = write(tmp, "newer.headroom", '{"format": "headroom-plan", "version": 7, "start": "2027-01"}')
    code, out, err = run("validate", newer)
    check("newer version", code == 2 and "newer Headroom" in err, err)
    unknown = write(tmp, "unknown.headroom", '{"format": "headroom-plan", "version": 1, "start": "2027-01", "colour": "red"}')
    code, out, err = run("validate", unknown)
    check("unknown keys are warnings", code == 0 and 'unknown key "colour"' in err, err)

    # forecast
    code, out, err = run("forecast", basic)
    data = json.loads(out) if code == 0 else {}
    with open(os.path.join(CONFORMANCE, "basic.expected.json")) as f:
        expected = json.load(f)
    check("forecast json", code == 0 and data["months"] == expected["months"] and
          abs(data["roles"]["csm"]["load"][5] - expected["roles"]["csm"]["load"][5]) < 1e-12, err)
    check("forecast has a summary", "summary" in data and "peak_load" in data.get("summary", {}), out[:200])
    code, out, err = run("forecast", tiers, "--scenario", "focus", "-o", os.path.join(tmp, "focus.json"))
    with open(os.path.join(tmp, "focus.json")) as f:
        focus = json.load(f)
    check("forecast a scenario to a file", code == 0 and focus["scenario"] == "focus", err)
    code, out, err = run("forecast", tiers, "--scenario", "nope")
    check("unknown scenario", code == 2 and 'no scenario with id "nope"' in err, err)
    code, out, err = run("forecast", team, "--apply-hiring-plan")
    hired = json.loads(out) if code == 0 else {}
    check("apply hiring plan", code == 0 and len(hired["hiring_plan"]) == 5, err)
    code, out, err = run("forecast", basic, "--format", "csv")
    lines = out.strip().splitlines()
    check("csv has a header and a row per month", code == 0 and lines[0].startswith("month,csm designed,")
          and len(lines) == 7 and lines[1].startswith("2027-01,"), out[:300])
    code, out, err = run("forecast", basic, "-o", "/nonexistent/dir/out.json")
    check("unwritable output", code == 2 and "could not write" in err, err)

    # compare
    code, out, err = run("compare", tiers)
    check("compare text", code == 0 and "Peak load" in out and "automate" in out and "growth" in out, out + err)
    code, out, err = run("compare", tiers, "--format", "json")
    rows = json.loads(out) if code == 0 else []
    check("compare json: baseline and each scenario", code == 0 and [r["scenario"] for r in rows] ==
          [None, "automate", "focus", "growth"], out[:300])

    # hiring
    code, out, err = run("hiring", team)
    check("hiring text names roles and requisition months", code == 0 and
          out.startswith("csm: open 1 requisition by June 2027") and "onboarding:" in out, out + err)
    code, out, err = run("hiring", team, "--format", "json")
    plan = json.loads(out) if code == 0 else {}
    check("hiring json", code == 0 and len(plan["hires"]) == 5 and
          plan["hires"][0] == {"role": "csm", "requisition": "2027-06", "month": "2027-08",
                               "productive": "2027-11", "count": 1}, out[:400])
    code, out, err = run("hiring", tiers, "--scenario", "growth")
    check("hiring for a scenario names late months", code == 0 and "cannot" not in err and
          "No requisition opened now can cover August 2027" in out, out + err)
    code, out, err = run("hiring", tiers, "--scenario", "nope")
    check("hiring: unknown scenario", code == 2 and 'no scenario with id "nope"' in err, err)

    # start-up: commands that draw nothing load no drawing, font or
    # workbook library (glibc's dynamic linker lists what it loads under
    # LD_DEBUG=libs)
    drawing = ("libcairo", "libpango", "libfontconfig", "libfreetype", "libharfbuzz", "libxlsxwriter")
    for args in (("validate", basic), ("forecast", basic, "--format", "json"), ("compare", tiers),
                 ("hiring", team), ("sample",)):
        code, out, err = run(*args, env={"LD_DEBUG": "libs"})
        if "calling init" not in err:
            skip(f"{args[0]} loads no drawing library", "no LD_DEBUG here")
            continue
        loaded = sorted({lib for lib in drawing if lib in err})
        check(f"{args[0]} loads no drawing library", code == 0 and not loaded, ", ".join(loaded))

    # sample
    code, out, err = run("sample")
    check("sample to stdout", code == 0 and '"format": "headroom-plan"' in out, err)
    sample = os.path.join(tmp, "sample.headroom")
    code, out, err = run("sample", "-o", sample)
    code2, out2, err2 = run("validate", sample)
    check("sample is valid", code == 0 and code2 == 0 and err2 == "", err + err2)
    code, out, err = run("compare", sample)
    check("sample compares four scenarios", code == 0 and all(s in out for s in ("fund", "focus", "automate", "redesign")), out)

finish()
