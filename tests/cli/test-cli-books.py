#!/usr/bin/env python3
"""headroom-cli books, rebalance and import-accounts end to end."""
import json
import os
import tempfile

from clitest import SRCDIR, check, finish, run

BOOKS = os.path.join(SRCDIR, "conformance", "books.headroom")
CRM = os.path.join(SRCDIR, "crm")


def near(a, b):
    return abs(a - b) <= 1e-9 * max(1, abs(b))


with open(os.path.join(SRCDIR, "conformance", "books.expected.json")) as f:
    expected = json.load(f)

with tempfile.TemporaryDirectory() as tmp:
    for command in ("books", "rebalance", "import-accounts"):
        code, out, err = run(command, "--help")
        check(f"{command} --help", code == 0 and "Usage:" in out, out + err)

    # books
    code, out, err = run("books", BOOKS, "--format", "json")
    books = json.loads(out) if code == 0 else {}
    check("books json has the keys of the spec", code == 0 and
          list(books)[:6] == ["month", "role", "window", "spread", "people", "unassigned"], out[:300] + err)
    check("books json agrees with the conformance example",
          code == 0 and near(books["spread"], expected["spread"]) and
          all(near(a["load"], e["load"]) and a["status"] == e["status"]
              for a, e in zip(books["people"], expected["people"])), out[:400])
    code, out, err = run("books", BOOKS)
    check("books text reads as sentences", code == 0 and
          "1 of 3 books is over its limit; Alex Kim carries 93% of capacity." in out and
          "over by 9.0 h" in out, out + err)
    code, out, err = run("books", BOOKS, "--format", "csv")
    check("books csv: a row per person and the unassigned accounts", code == 0 and
          out.splitlines()[0].startswith("person,name,accounts") and len(out.splitlines()) == 5 and
          out.splitlines()[4].startswith(",unassigned,2,"), out)
    code, out, err = run("books", BOOKS, "--format", "xml")
    check("books: unknown format", code == 1 and "xml" in err, err)
    code, out, err = run("books", BOOKS, "--scenario", "nope")
    check("books: unknown scenario", code == 2 and 'no scenario with id "nope"' in err, err)

    # rebalance
    code, out, err = run("rebalance", BOOKS, "--format", "json")
    result = json.loads(out) if code == 0 else {}
    check("rebalance json: the spec's keys and its optimum", code == 0 and
          all(k in result for k in ("over_hours_before", "over_hours_after", "transfers", "assignments",
                                    "optimal", "moves", "people")) and
          result["transfers"] == 1 and result["assignments"] == 2 and result["optimal"] is True and
          abs(result["over_hours_after"]) < 1e-6, out[:500] + err)
    code, out, err = run("rebalance", BOOKS)
    check("rebalance text: a move list and the verdict", code == 0 and out.startswith("Proven optimal") and
          "1. Move Initech" in out and "Alex Kim: 93% → 70%" in out, out + err)
    moved = os.path.join(tmp, "moved.headroom")
    code, out, err = run("rebalance", BOOKS, "-o", moved)
    code2, out2, err2 = run("books", moved, "--format", "json")
    after = json.loads(out2) if code2 == 0 else {}
    check("rebalance -o writes the plan with the moves made", code == 0 and code2 == 0 and
          after["unassigned"]["accounts"] == 0 and all(p["status"] != "over" for p in after["people"]), out2[:300] + err2)
    code, out, err = run("rebalance", moved, "--format", "json")
    again = json.loads(out) if code == 0 else {}
    check("rebalancing balanced books moves nothing", code == 0 and again["moves"] == [], out[:300])

    # import-accounts
    plan = os.path.join(tmp, "plan.headroom")
    with open(plan, "w") as f:
        json.dump({"format": "headroom-plan", "version": 1, "start": "2027-01",
                   "roles": [{"id": "csm", "headcount": 2}],
                   "segments": [{"id": "enterprise", "name": "Enterprise", "touch": "high", "reactive_hours": 20},
                                {"id": "mid-market", "name": "Mid-market", "reactive_hours": 8},
                                {"id": "scale", "name": "Scale", "touch": "tech"}],
                   "people": [{"id": "dana", "name": "Dana Scully"}]}, f)
    imported = os.path.join(tmp, "imported.headroom")
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "salesforce.csv"), "-o", imported)
    check("import-accounts: the good rows, the bad ones by line", code == 0 and
          out.startswith("4 accounts: 4 new") and "1 new person" in out and
          "salesforce.csv:7: Account ID: no account ID" in err and
          "salesforce.csv:9: Customer Tier: “Platinum” is not mapped" in err, out + err)
    code, out, err = run("validate", imported)
    check("the imported plan is valid", code == 0, err)
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "salesforce.csv"), "-o", imported,
                         "--tier", "Platinum=enterprise", "--owner", "Walter Skinner=dana")
    check("--tier and --owner map values", code == 0 and out.startswith("5 accounts: 5 new") and
          "new person" in out and "Platinum" not in err, out + err)
    updated = os.path.join(tmp, "updated.headroom")
    code, out, err = run("import-accounts", imported, os.path.join(CRM, "salesforce-update.csv"), "-o", updated)
    check("a re-import says what changed", code == 0 and
          out.strip() == "4 accounts: 1 new, 2 removed, 1 with a new owner, 1 with new ARR.", out + err)
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "spreadsheet.csv"), "-o", imported,
                         "--map", "Company=skip")
    check("--map COLUMN=FIELD", code == 0 and "2 accounts" in out, out + err)
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "spreadsheet.csv"), "-o", imported,
                         "--map", "GSID=skip")
    check("a missing ID column is refused with how to map it", code == 2 and
          "No column holds the account ID. Map one with --map COLUMN=FIELD." in err, err)
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "spreadsheet.csv"), "-o", imported,
                         "--map", "Nope=id")
    check("--map of a column the file lacks", code == 1 and "no column “Nope”" in err, err)
    code, out, err = run("import-accounts", plan, os.path.join(CRM, "missing.csv"), "-o", imported)
    check("a CSV that cannot be read", code == 2 and "missing.csv" in err, err)

finish()
