#!/usr/bin/env python3
"""headroom-cli pack and workbook end to end: the PDF read back with
pdfinfo and pdftotext, the workbook with openpyxl, both against the
numbers of `headroom-cli forecast` and `compare`."""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

from packtest import check, finish, skip

CLI = sys.argv[1]
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": "en", "SOURCE_DATE_EPOCH": "1796083200"}


def run(*args):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, env=ENV)
    return p.returncode, p.stdout, p.stderr


def pdftotext(path, first=None, last=None):
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run(args + [path, "-"], capture_output=True, text=True)
    return out.stdout


def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def month_name(ym):
    return datetime.date(int(ym[:4]), int(ym[5:]), 1).strftime("%B %Y")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-15 * max(1.0, abs(b))


with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "sample.headroom")
    run("sample", "-o", plan)
    code, out, err = run("forecast", plan)
    forecast = json.loads(out)
    code, out, err = run("compare", plan, "--format", "json")
    compare = json.loads(out)
    summary = forecast["summary"]

    # --- the pack ---
    a4 = os.path.join(tmp, "pack.pdf")
    code, out, err = run("pack", plan, "-o", a4)
    check("pack writes the PDF", code == 0 and os.path.exists(a4), err)
    have_poppler = shutil.which("pdftotext") and shutil.which("pdfinfo")
    if not have_poppler:
        skip("pack read back", "poppler-utils missing")
    else:
        n, size = pages(a4)
        check("A4 landscape pages", "841.89 x 595.276" in size or "842 x 595" in size, size)
        text = pdftotext(a4)
        titles = ["The journey designed", "The effort it takes", "Capacity and the gap", "The trade-offs",
                  "Pressure test", "Assumptions and sources"]
        check("every section title is in the pack, in order",
              all(t in text for t in titles)
              and sorted(titles, key=text.index) == titles, text[:2000])
        # page count: the contents list the first page of each section and
        # the footer counts them all
        check("the footer counts every page", f"Page {n} of {n}" in text and f"Page 1 of {n}" in text, n)
        cover = pdftotext(a4, 1)
        hires = round(summary["hires_suggested"])
        first = min(h["requisition"] for h in forecast["hiring_plan"])
        check("the headline names the requisitions and the first month",
              f"open {hires} requisitions, the first by {month_name(first)}." in " ".join(cover.split()), cover)
        check("the cover's effective FTE is the forecast's",
              f"{summary['effective_fte_end']:.1f}" in cover, cover)
        check("the cover's peak load is the forecast's", f"{summary['peak_load'] * 100:.0f}%" in cover, cover)
        check("the cover's cost share with the hires is the forecast's",
              f"{summary['cost_share_hired'] * 100:.1f}%" in cover, cover)
        flat = " ".join(text.split())
        for column in compare:
            cost = f"{round(column['total_cost']):,} USD"
            check(f"the comparison shows {column['name']}'s cost", cost in flat, cost)
        for hire in forecast["hiring_plan"]:
            check(f"the hiring plan shows the requisition of {hire['month']}",
                  month_name(hire["requisition"]) in flat and month_name(hire["month"]) in flat)
        check("the assumptions cite the ARR rule's source", "SaaStr" in flat and "Lemkin" in flat)

        again = os.path.join(tmp, "again.pdf")
        run("pack", plan, "-o", again)
        with open(a4, "rb") as f1, open(again, "rb") as f2:
            check("the same plan gives the same PDF bytes", f1.read() == f2.read())

        check("without a time log there is no calibration section", "Calibration against logged time" not in text)
        # --log: the calibration against logged time, after the pressure test
        conformance = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance")
        calibrated = os.path.join(tmp, "calibrated.pdf")
        code, out, err = run("pack", os.path.join(conformance, "calibrate.headroom"),
                             "--log", os.path.join(conformance, "calibrate.log.csv"), "-o", calibrated)
        text = " ".join(pdftotext(calibrated).split()) if code == 0 else ""
        check("--log adds the calibration against logged time after the pressure test",
              code == 0 and "Calibration against logged time" in text and
              text.index("Calibration against logged time", text.index("Pressure test"))
              < text.index("Assumptions and sources"),
              err + text[:600])
        check("its tables and its scenario", "checkin 9 8 (89%)" in text and "checkin: its hours −12.3%" in text and
              "csm: indirect work becomes 49.7%" in text and "unknown person “sam”" in text, text[-1500:])
        check("its warnings name the log by its file name, not its folder",
              "calibrate.log.csv:21: unknown person “sam”" in text and "conformance/calibrate.log.csv" not in text,
              text[-600:])
        code, out, err = run("pack", os.path.join(conformance, "calibrate.headroom"),
                             "--log", os.path.join(tmp, "missing.csv"), "-o", os.path.join(tmp, "nothing.pdf"))
        check("a log that cannot be read writes no pack", code == 2 and "missing.csv" in err and
              not os.path.exists(os.path.join(tmp, "nothing.pdf")), err)

        letter = os.path.join(tmp, "letter.pdf")
        code, out, err = run("pack", plan, "--paper", "letter", "-o", letter)
        n_letter, size = pages(letter)
        check("--paper letter: Letter landscape", code == 0 and "792 x 612" in size, size + err)

        scenario = os.path.join(tmp, "fund.pdf")
        code, out, err = run("pack", plan, "--scenario", "fund", "-o", scenario)
        cover = " ".join(pdftotext(scenario, 1).split())
        check("--scenario shows the scenario on the cover", code == 0 and "Scenario shown: Fund" in cover, cover)

    code, out, err = run("pack", plan, "--scenario", "nope", "-o", os.path.join(tmp, "x.pdf"))
    check("an unknown scenario is refused with 2", code == 2 and "nope" in err, err)
    code, out, err = run("pack", plan, "--paper", "a3", "-o", os.path.join(tmp, "x.pdf"))
    check("an unknown paper is a usage error", code == 1 and "a3" in err, err)
    code, out, err = run("pack", plan)
    check("pack without -o is a usage error", code == 1, err)

    # --- the workbook ---
    xlsx = os.path.join(tmp, "plan.xlsx")
    code, out, err = run("workbook", plan, "-o", xlsx)
    check("workbook writes the file", code == 0 and os.path.exists(xlsx), err)
    again = os.path.join(tmp, "again.xlsx")
    run("workbook", plan, "-o", again)
    with open(xlsx, "rb") as f1, open(again, "rb") as f2:
        check("the same plan gives the same workbook bytes", f1.read() == f2.read())
    try:
        import openpyxl
    except ImportError:
        openpyxl = None
    if openpyxl is None:
        skip("workbook read back", "python3-openpyxl missing")
    else:
        wb = openpyxl.load_workbook(xlsx)
        sheets = ["Summary", "Roles by month", "Tiers by month", "Plays by month", "Hiring plan", "Compare",
                  "Assumptions"]
        check("every sheet is there", wb.sheetnames == sheets, wb.sheetnames)
        months = forecast["months"]

        def month_of_value(value):
            return value.strftime("%Y-%m") if isinstance(value, datetime.datetime) else None

        def month_of(cell):
            return month_of_value(cell.value)

        roles = wb["Roles by month"]
        metrics = ["designed", "reactive", "indirect", "unplanned", "workload", "required_fte", "headcount",
                   "effective_fte", "capacity", "load", "gap_fte", "topdown_fte"]
        bad = []
        rows = list(roles.iter_rows(min_row=2))
        for row in rows:
            t = months.index(month_of(row[0]))
            values = forecast["roles"][row[1].value]
            for i, m in enumerate(metrics):
                if not close(row[3 + i].value, values[m][t]):
                    bad.append((row[1].value, months[t], m, row[3 + i].value, values[m][t]))
                if row[3 + i].value is not None and not isinstance(row[3 + i].value, (int, float)):
                    bad.append(("not a number", row[3 + i].value))
            if row[15].value != values["status"][t]:
                bad.append((row[1].value, months[t], "status"))
        check("Roles by month: every value is the forecast's", not bad and len(rows) == len(months) * len(
            forecast["roles"]), bad[:5])
        check("Roles by month: numbers carry formats, months are dates, the header is frozen",
              rows[0][3].number_format == "#,##0.0" and rows[0][12].number_format == "0.0%"
              and isinstance(rows[0][0].value, datetime.datetime) and roles.freeze_panes == "B2")

        tiers = wb["Tiers by month"]
        tier_metrics = ["accounts", "new", "churned", "arr", "designed", "reactive", "cost_to_serve"]
        bad = []
        for row in tiers.iter_rows(min_row=2):
            t = months.index(month_of(row[0]))
            for i, m in enumerate(tier_metrics):
                if not close(row[3 + i].value, forecast["segments"][row[1].value][m][t]):
                    bad.append((row[1].value, months[t], m))
        check("Tiers by month: every value is the forecast's", not bad, bad[:5])

        plays = wb["Plays by month"]
        bad = [(r[1].value, month_of(r[0])) for r in plays.iter_rows(min_row=2)
               if not close(r[3].value, forecast["plays"][r[1].value][months.index(month_of(r[0]))])]
        check("Plays by month: every value is the forecast's", not bad, bad[:5])

        s = wb["Summary"]
        pairs = {s.cell(r, 1).value: s.cell(r, 2) for r in range(1, 20)}
        check("Summary: the totals are the forecast's",
              close(pairs["Team cost over the whole plan"].value, summary["total_cost"])
              and close(pairs["Cost share with the suggested hires"].value, summary["cost_share_hired"])
              and close(pairs["Hires suggested"].value, summary["hires_suggested"])
              and pairs["Team cost over the whole plan"].number_format == '#,##0 "USD"',
              pairs)
        check("Summary: a native chart of workload against capacity", len(s._charts) == 1)
        totals = [r for r in s.iter_rows(min_row=22) if r[0].value is not None]
        check("Summary: the monthly cost and ARR are the forecast's",
              len(totals) == len(months)
              and all(close(r[7].value, forecast["totals"]["cost"][i]) and close(r[8].value, forecast["totals"]["arr"][i])
                      for i, r in enumerate(totals)))

        c = wb["Compare"]
        crow = list(c.iter_rows(min_row=2))
        bad = []
        for row, column in zip(crow, compare):
            if row[0].value != column["scenario"]:
                bad.append(("id", row[0].value))
            for i, key in ((2, "peak_load"), (5, "months_stretched"), (6, "months_over"),
                           (7, "required_fte_end"), (8, "effective_fte_end"), (9, "hires_suggested"),
                           (11, "total_cost"), (12, "total_cost_hired"), (13, "cost_share"),
                           (14, "cost_share_hired")):
                if not close(row[i].value, column[key]):
                    bad.append((column["scenario"], key, row[i].value, column[key]))
            if month_of(row[3]) != column["peak_month"] or month_of(row[10]) != column["first_requisition"]:
                bad.append((column["scenario"], "months"))
            for j, tier in enumerate(column["tier_cost_share"]):
                if not close(row[15 + j].value, column["tier_cost_share"][tier]):
                    bad.append((column["scenario"], tier))
        check("Compare: the baseline and every scenario are compare's", not bad and len(crow) == len(compare),
              bad[:5])

        h = wb["Hiring plan"]
        hires = [r for r in h.iter_rows(min_row=2, max_row=1 + len(forecast["hiring_plan"]))]
        check("Hiring plan: the planner's hires",
              [(r[0].value, month_of(r[2]), month_of(r[3]), r[5].value) for r in hires]
              == [(x["role"], x["requisition"], x["month"], x["count"]) for x in forecast["hiring_plan"]])

        check("without a time log there is no Calibration sheet", "Calibration" not in wb.sheetnames)

        # --log: a Calibration sheet before the assumptions, with calibrate's numbers
        conformance = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance")
        calibrated = os.path.join(tmp, "calibrated.xlsx")
        log = os.path.join(conformance, "calibrate.log.csv")
        code, out, err = run("workbook", os.path.join(conformance, "calibrate.headroom"), "--log", log, "-o", calibrated)
        check("workbook --log writes the file", code == 0, err)
        wb = openpyxl.load_workbook(calibrated)
        check("the Calibration sheet comes before the assumptions",
              wb.sheetnames[-2:] == ["Calibration", "Assumptions"], wb.sheetnames)
        code, out, err = run("calibrate", os.path.join(conformance, "calibrate.headroom"), log, "--format", "json")
        expected = json.loads(out)
        rows = [[c.value for c in r] for r in wb["Calibration"].iter_rows()]
        blocks, block = [], []
        for r in rows:
            if all(v is None for v in r):
                blocks.append(block)
                block = []
            else:
                block.append(r)
        blocks.append(block)
        check("four tables: moments, roles, tiers, months", len(blocks) == 4, [b[:1] for b in blocks])
        fields = ["due", "delivered", "delivery_rate", "unscheduled", "occurrences", "actual_mean",
                  "actual_median", "designed_mean", "ratio"]
        bad = []
        for r in blocks[0][1:]:
            moment = next(m for m in expected["moments"] if m["id"] == r[0])
            figures = moment if r[2] is None else moment["segments"][r[2]]
            bad += [(r[0], r[2], f) for i, f in enumerate(fields) if not close(r[4 + i], figures[f])]
        check("moments: every figure is calibrate's, per moment and per tier", not bad and len(blocks[0]) > 3, bad[:5])
        check("a small sample is said not to be used", [r[13] for r in blocks[0][1:] if r[2] is None]
              == ["No: a small sample", "Yes", "No: a small sample"], [r[13] for r in blocks[0]])
        roles = {r[0]: r for r in blocks[1][1:]}
        check("roles: worked hours and the shares logged",
              all(close(roles[x["id"]][4], x["worked"]) and close(roles[x["id"]][6], x["indirect_share"])
                  and close(roles[x["id"]][8], x["unplanned_share"]) and close(roles[x["id"]][10], x["shrinkage"])
                  for x in expected["roles"]), blocks[1])
        tiers = {r[0]: r for r in blocks[2][1:]}
        check("tiers: reactive hours per account and month",
              all(close(tiers[x["id"]][2], x["account_months"]) and close(tiers[x["id"]][4], x["reactive_per_account"])
                  for x in expected["segments"]), blocks[2])
        check("months: dates, logged and modelled designed hours",
              [(month_of_value(r[0]), r[1], r[2]) for r in blocks[3][1:]]
              == [(x["month"], x["logged_designed"], x["model_designed"]) for x in expected["months"]], blocks[3])
        check("shares carry the percent format", wb["Calibration"].cell(2, 7).number_format == "0.0%")

    code, out, err = run("workbook", plan)
    check("workbook without -o is a usage error", code == 1, err)

    # --- the activity table ---
    table = os.path.join(tmp, "activities.csv")
    code, out, err = run("activities", "export", plan, "-o", table)
    with open(table, encoding="utf-8") as f:
        header = f.readline().strip()
    check("activities export: one column per field, then per tier",
          code == 0 and header == "id,name,play,role,at,every,until,prep,exec,follow,Enterprise,Mid-market,Scale",
          header + err)
    back = os.path.join(tmp, "back.headroom")
    code, out, err = run("activities", "import", plan, table, "-o", back)
    check("activities import of its own export changes nothing", code == 0 and "nothing to change" in out, out + err)
    again_back = os.path.join(tmp, "back2.headroom")
    run("activities", "import", back, table, "-o", again_back)
    same = all(run(cmd, plan, *extra)[1] == run(cmd, back, *extra)[1]
               for cmd, extra in (("forecast", ()), ("compare", ("--format", "json"))))
    with open(back, encoding="utf-8") as f1, open(again_back, encoding="utf-8") as f2:
        check("round trip: export, import, the identical plan (same table, forecast and comparison)",
              same and f1.read() == f2.read() and run("activities", "export", back)[1] == open(table).read())
    xlsx_table = os.path.join(tmp, "activities.xlsx")
    code, out, err = run("activities", "export", plan, "-o", xlsx_table)
    if openpyxl is not None:
        ws = openpyxl.load_workbook(xlsx_table).active
        check("activities export as XLSX: hours are numbers", code == 0 and ws.cell(3, 8).value == 1.5
              and ws.cell(1, 11).value == "Enterprise", [c.value for c in ws[3]])

    leader = os.path.join(tmp, "leader.csv")
    with open(leader, "w", encoding="utf-8") as f:
        f.write("\ufeffMoment;Owner;Stage;Month;Repeat;Preparation;Execution;Follow-up;Enterprise;Scale;Notes\n"
                "Kickoff;Onboarding Specialists;Kickoff;0;0;2;1,5;1;one to one x1.5;1:many (groups of 20);ok\n"
                "Quarterly review;csm;Alignment Meetings;3;3;1;1;0,5;1:1;digital;new\n")
    updated = os.path.join(tmp, "updated.headroom")
    code, out, err = run("activities", "import", plan, leader, "--keep-missing", "-o", updated)
    check("a leader's sheet with its own headers: adds and changes, keeps the rest",
          code == 0 and "+ Adds “Quarterly review” (quarterly-review)" in out and "~ kickoff: prep 1.5 → 2" in out
          and "Removes" not in out and "“Notes” is not used" in err, out + err)
    code, out, err = run("forecast", updated)
    check("the updated plan forecasts", code == 0, err)
    code, out, err = run("activities", "import", plan, leader)
    check("removing moments the scenarios change is refused, naming the scenario",
          code == 2 and "scenarios[" in err, err)
    shorter = os.path.join(tmp, "shorter.csv")
    with open(table, encoding="utf-8") as f, open(shorter, "w", encoding="utf-8") as out_file:
        out_file.writelines(line for line in f if not line.startswith("health-check,"))
    code, out, err = run("activities", "import", plan, shorter)
    check("a moment the table leaves out is removed", code == 0 and out.strip() == "- Removes “Health check” (health-check)",
          out + err)

    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("name,prep,Scale\nKickoff,abc,sometimes\nWelcome,1,\nNew one,,\"one_to_many x\"\n")
    untouched = os.path.join(tmp, "untouched.headroom")
    code, out, err = run("activities", "import", plan, bad, "-o", untouched)
    check("problems are refused with their lines, nothing written",
          code == 2 and "bad.csv:2: column “prep”: “abc”" in err and "bad.csv:2: column “Scale”" in err
          and "bad.csv:4: column “Scale”" in err and not os.path.exists(untouched), err)

finish()
