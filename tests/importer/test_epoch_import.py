#!/usr/bin/env python3
"""The Epoch importer (scripts/epoch_import.py) on a small fixture CSV with Epoch's real header:
every mapping rule, a bad row, an unmapped accelerator, an unknown country; and the committed
outputs are exactly what the committed CSV gives. Expected values are worked out by hand in the
comments. Run: python3 tests/importer/test_epoch_import.py"""
import csv
import json
import os
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import epoch_import  # noqa: E402

FIXTURE = os.path.join(ROOT, "tests/importer/fixture_notable.csv")
def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_csv(path):
    return list(csv.DictReader(read(path).splitlines()))


CATALOG = json.loads(read(os.path.join(ROOT, "assets/catalog.json")))
GRID = {r["id"]: r["grid_gco2e_per_kwh"] for r in CATALOG["regions"]}


def materialize(run, defaults):
    """A run with the file's defaults filled in, as the core's prepare_appended_run() does."""
    run = dict(run, provenance=dict(run.get("provenance", {})))
    for key in ("status", "sources", "note"):
        run.setdefault(key, defaults[key])
    for path, entry in defaults["provenance"].items():
        section, key = path.split(".", 1)
        if key in run["scenario"].get(section, {}) or path in run["provenance"]:
            run["provenance"][path] = {**entry, **run["provenance"].get(path, {})}
    return run


def expand(note, notes):
    if note.startswith("@"):
        key, _, rest = note[1:].partition(" ")
        return notes[key] + (" " + rest if rest else "")
    return note


class FixtureImport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        assert epoch_import.main(["--csv", FIXTURE, "--out", cls.dir]) == 0
        data = json.loads(read(os.path.join(cls.dir, "epoch_runs.json")))
        cls.notes = data["notes"]
        cls.head = data
        cls.raw = {r["id"]: r for r in data["runs"]}
        cls.runs = {r["id"]: materialize(r, data["defaults"]) for r in data["runs"]}
        cls.skipped = read_csv(os.path.join(cls.dir, "epoch_skipped.csv"))
        cls.unmapped = read_csv(os.path.join(cls.dir, "epoch_unmapped.csv"))

    def note(self, run, path):
        return expand(run["provenance"][path]["note"], self.notes)

    def test_counts(self):
        self.assertEqual((self.head["rows"], self.head["imported"], self.head["skipped"]), (13, 9, 4))
        self.assertEqual(len(self.runs), 9)

    def test_mapped_row_carries_every_epoch_value(self):
        r = self.runs["epoch-mapped-model"]
        t = r["scenario"]["training"]
        self.assertEqual((r["status"], r["organization"], r["year"], r["date"]), ("estimated", "Org A", 2023, "2023-06-01"))
        self.assertEqual(r["url"], "https://example.org/mapped")  # first link of the cell
        self.assertEqual(r["access"], "Open weights (unrestricted)")
        self.assertEqual(r["scenario"]["model"]["params_total"], 7e9)
        self.assertEqual((t["flops"], t["tokens"], t["accelerator"], t["precision"]), (8.4e22, 2e12, "h100", "bf16"))
        self.assertEqual((t["count"], t["days"], t["mfu"]), (512, 10, 0.4))  # 240 h / 24
        self.assertEqual((t["power_w"], t["pue"]), (1380, 1))
        self.assertEqual(r["sources"], ["epoch_notable"])
        self.assertEqual(r["provenance"]["training.grid_gco2e_per_kwh"]["sources"],
                         next(x["sources"] for x in CATALOG["regions"] if x["id"] == "us"))  # 706,560 W / 512; overhead inside Epoch's figure
        self.assertEqual(r["provenance"]["training.pue"]["status"], "derived")
        self.assertNotIn("training.accelerator", r["provenance"])  # Epoch's own value: the run's status
        self.assertEqual(t["region"], "us")

    def test_confidence_becomes_a_range(self):
        f = self.runs["epoch-mapped-model"]["provenance"]["training.flops"]  # Confident: x3
        self.assertEqual(f["range"], {"low": 2.8e22, "high": 2.52e23, "dist": "loguniform"})
        self.assertIn("Confident", self.note(self.runs["epoch-mapped-model"], "training.flops"))
        self.assertEqual(self.runs["epoch-older-a100-model"]["provenance"]["training.flops"]["range"]["high"], 1e22)  # Likely x10
        low = self.runs["epoch-util-only-model"]["provenance"]["training.flops"]["range"]["low"]
        self.assertAlmostEqual(low / (1e20 / 30), 1, places=5)  # Speculative: /30 (6 significant digits)
        self.assertEqual(self.runs["epoch-no-hardware-model"]["provenance"]["training.flops"]["range"]["high"], 9e24)  # none: x30

    def test_no_hardware_era_accelerator_mfu_power_pue(self):
        r = self.runs["epoch-no-hardware-model"]
        t, p = r["scenario"]["training"], r["provenance"]
        # 2021-2023 mapped rows: a100-40gb x2, h100 x3
        self.assertEqual(t["accelerator"], "h100")
        self.assertEqual(p["training.accelerator"]["status"], "assumed")
        self.assertIn("2021-2023 (5 rows; also a100-40gb)", self.note(r, "training.accelerator"))
        # MFU: median of Epoch's utilizations 0.4, 0.3, 0.5, 0.4 in the fixture; range 0.3-0.5
        self.assertEqual(t["mfu"], 0.4)
        self.assertEqual(p["training.mfu"]["range"], {"low": 0.3, "mode": 0.4, "high": 0.5})
        # power: H100 TDP 700 W; range up to the A100's W per peak FLOP at the H100 peak: 989.5 x 400/312
        self.assertEqual(t["power_w"], 700)
        self.assertEqual(p["training.power_w"]["range"], {"low": 700, "mode": 700, "high": 1269})
        self.assertEqual((t["pue"], p["training.pue"]["range"]), (1.25, {"low": 1.09, "mode": 1.25, "high": 1.56}))
        self.assertNotIn("tokens", t)
        # China 2023 -> cn (2023 grid); range from the world average to China
        self.assertEqual(t["region"], "cn")
        self.assertEqual(p["training.grid_gco2e_per_kwh"]["range"], {"low": GRID["world"], "mode": GRID["cn"], "high": GRID["cn"]})

    def test_countries_and_grid_range(self):
        r = self.runs["epoch-older-a100-model"]  # Multinational, Canada, France
        self.assertEqual(r["scenario"]["training"]["region"], "ca")
        self.assertEqual(r["provenance"]["training.grid_gco2e_per_kwh"]["range"],
                         {"low": GRID["fr"], "mode": GRID["ca"], "high": GRID["world"]})
        self.assertNotIn("tokens", r["scenario"]["training"])  # Vision: datapoints are not tokens
        self.assertEqual(self.runs["epoch-util-only-model"]["scenario"]["training"]["region"], "de-2024")  # the training year's grid
        self.assertEqual(self.runs["epoch-util-only-model"]["scenario"]["training"]["mfu"], 0.5)  # Epoch's own
        self.assertNotIn("training.mfu", self.runs["epoch-util-only-model"]["provenance"])
        self.assertEqual(self.runs["epoch-unknown-hw-model"]["scenario"]["training"]["region"], "jp")

    def test_unmapped_hardware_and_country(self):
        r = self.runs["epoch-unmapped-hw-model"]
        t = r["scenario"]["training"]
        self.assertEqual((t["accelerator"], t["count"], t["days"]), ("h100", 8, 2))
        self.assertNotIn("mfu", t)  # hours x count give the GPU-hours
        self.assertIn("'NVIDIA GeForce GTX 580' (expected id gtx-580)", self.note(r, "training.accelerator"))
        self.assertEqual(t["region"], "world")  # Atlantis
        rows = {(u["kind"], u["epoch_name"]): u for u in self.unmapped}
        self.assertEqual(rows[("hardware", "NVIDIA GeForce GTX 580")]["expected_id"], "gtx-580")
        self.assertEqual(rows[("hardware", "Foo Accelerator 9000")]["expected_id"], "")
        self.assertEqual(rows[("country", "Atlantis")]["rows"], "1")
        self.assertEqual(len(self.unmapped), 3)

    def test_skipped_rows_have_reasons(self):
        reasons = {s["model"]: s["reason"] for s in self.skipped}
        self.assertEqual(reasons, {
            "Bad Row": "bad value: Training compute (FLOP): 'lots' is not a number",
            "No Compute Model": "no training compute in Epoch's row",
            "Ancient Model": "Epoch names no hardware, and no era-typical accelerator in the catalog for 1990",
            "TPU v5e Model": "accelerator tpu-v5e has no published TDP in the catalog and Epoch gives no power "
                             "draw: no energy can be estimated"})

    def test_link_multi_hardware_and_duplicate_names(self):
        self.assertEqual(self.runs["epoch-llama-3-1-405b"]["see_also"], "llama-3.1-405b")
        self.assertIn("takes precedence", self.runs["epoch-llama-3-1-405b"]["note"])
        r = self.runs["epoch-mapped-model-2"]  # the second "Mapped Model"
        self.assertEqual(r["scenario"]["training"]["accelerator"], "a100-40gb")
        self.assertIn("Epoch also names NVIDIA H100 SXM5 80GB", self.note(r, "training.accelerator"))

    def test_hours_that_cannot_deliver_the_compute_are_not_used(self):
        # 8 x H100 x 10 h x 3600 s x 989.5e12 FLOP/s = 2.85e20 < 1e22: Epoch's compute includes the base model
        r = self.runs["epoch-finetuned-model"]
        t = r["scenario"]["training"]
        self.assertNotIn("days", t)
        self.assertEqual((t["count"], t["mfu"]), (8, 0.4))  # GPU-hours from the compute at Epoch's utilization
        self.assertIn("Epoch: 10 h; base model Mapped Model.", self.note(r, "training.count"))
        self.assertEqual(self.runs["epoch-mapped-model"]["scenario"]["training"]["days"], 10)  # 8.4e22 fits

    def test_newer_csv_with_extra_columns_and_missing_column(self):
        rows = read_csv(FIXTURE)
        d = tempfile.mkdtemp()
        wide = os.path.join(d, "wide.csv")
        with open(wide, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["New column"] + list(rows[0].keys()))
            w.writeheader()
            w.writerows([{"New column": "x", **r} for r in rows])
        self.assertEqual(epoch_import.main(["--csv", wide, "--out", d]), 0)
        self.assertEqual(len(json.loads(read(os.path.join(d, "epoch_runs.json")))["runs"]), 9)
        narrow = os.path.join(d, "narrow.csv")
        with open(narrow, "w", encoding="utf-8", newline="") as f:
            keys = [k for k in rows[0] if k != "Training compute (FLOP)"]
            w = csv.DictWriter(f, fieldnames=keys, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
        self.assertEqual(epoch_import.main(["--csv", narrow, "--out", d]), 2)


    def test_defaults_factor_out_what_most_runs_repeat(self):
        d = json.loads(read(os.path.join(self.dir, "epoch_runs.json")))["defaults"]
        self.assertEqual((d["status"], d["sources"]), ("estimated", ["epoch_notable"]))
        self.assertEqual(d["provenance"]["training.precision"], {"note": "@precision", "status": "assumed"})
        self.assertEqual(d["provenance"]["training.region"], {"note": "@region", "status": "assumed"})
        raw = self.raw["epoch-mapped-model"]
        self.assertNotIn("status", raw)
        self.assertNotIn("training.precision", raw["provenance"])
        # MFU: 4 runs carry Epoch's utilization (no entry), 3 the assumed one: no default.
        self.assertNotIn("training.mfu", d["provenance"])
        self.assertNotIn("training.mfu", raw["provenance"])
        self.assertEqual(self.raw["epoch-no-hardware-model"]["provenance"]["training.mfu"]["status"], "assumed")
        # PUE: 8 runs assume 1.25, 1 takes Epoch's power (derived 1): the assumption is the default, and
        # the derived run writes what differs, with the neutral range null.
        self.assertEqual(d["provenance"]["training.pue"]["status"], "assumed")
        self.assertEqual(raw["provenance"]["training.pue"],
                         {"status": "derived", "note": "@pue_in_power", "sources": ["epoch_notable"], "range": None})
        # big numbers written short, same value
        self.assertIn('"params_total":7e9', read(os.path.join(self.dir, "epoch_runs.json")))


class CommittedOutputs(unittest.TestCase):
    def test_committed_outputs_are_up_to_date(self):
        self.assertEqual(epoch_import.main(["--check"]), 0)


if __name__ == "__main__":
    unittest.main()
