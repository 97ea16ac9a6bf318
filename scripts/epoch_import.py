#!/usr/bin/env python3
"""Epoch AI's "Data on Notable AI Models" CSV -> catalog runs (assets/epoch_runs.json).

    python3 scripts/epoch_import.py                 # regenerate the committed outputs
    python3 scripts/epoch_import.py --csv NEW.csv   # a newer release with the same header
    python3 scripts/epoch_import.py --check         # exit 1 if the committed outputs are stale

Outputs (under --out, default assets/): epoch_runs.json (runs, same shape as catalog.json runs),
epoch_skipped.csv (every row not imported, with the reason), epoch_unmapped.csv (hardware names and
countries the catalog cannot place yet), epoch_era_hardware.csv (the era-typical accelerator per year).
The rules are documented in assets/epoch/README.md. Python 3 standard library only.

Data: Epoch AI (2025), Data on Notable AI Models, https://epoch.ai/data/notable-ai-models, CC BY 4.0.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import epoch_rules as R  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_maps(maps_dir):
    hw = {r["epoch_name"]: r for r in read_csv(os.path.join(maps_dir, "hardware_map.csv"))}
    countries = {r["epoch_country"]: r["region"] for r in read_csv(os.path.join(maps_dir, "country_map.csv"))}
    conf = {r["confidence"]: {"factor": float(r["factor"]), "epoch_definition": r["epoch_definition"]}
            for r in read_csv(os.path.join(maps_dir, "confidence_map.csv"))}
    links = {r["epoch_model"]: r["catalog_run"] for r in read_csv(os.path.join(maps_dir, "links.csv"))}
    return hw, countries, conf, links


class Importer:
    def __init__(self, catalog, maps, rows):
        self.acc = {a["id"]: a for a in catalog["accelerators"]}
        self.regions = {r["id"]: r for r in catalog["regions"]}
        self.run_ids = {r["id"] for r in catalog["runs"]}
        self.hw_map, self.country_map, self.conf_map, self.links = maps
        self.unmapped = {}  # (kind, name) -> {"rows", "expected", "note"}
        self.notes = {}  # shared note texts: a provenance note "@key rest" reads notes[key] + " rest"
        self.mfu = R.utilization_stats(rows)
        self.era = R.era_table(self._hardware_years(rows), self.acc)

    def _hardware_years(self, rows):
        out = []
        for row in rows:
            year = (row.get("Publication date") or "")[:4]
            for name in R.split_list(row.get("Training hardware")):
                acc_id = self.hw_map.get(name, {}).get("accelerator", "")
                if year.isdigit() and acc_id in self.acc:
                    out.append((int(year), acc_id))
        return out

    def ref(self, key, text, rest=""):
        """A shared note: stored once in the file's "notes", referenced as "@key" (+ " rest")."""
        self.notes[key] = text
        return "@" + key + (" " + rest if rest else "")

    def note_unmapped(self, kind, name, expected="", note=""):
        e = self.unmapped.setdefault((kind, name), {"rows": 0, "expected": expected, "note": note})
        e["rows"] += 1

    # -- hardware ------------------------------------------------------------------------------
    def hardware(self, row, year):
        """(accelerator id, provenance entry or None, reason if none)."""
        names = R.split_list(row.get("Training hardware"))
        unplaced = []
        for name in names:
            entry = self.hw_map.get(name)
            acc_id = entry["accelerator"] if entry else ""
            if acc_id in self.acc:
                extra = [n for n in names if n != name]
                note = " ".join(x for x in [entry["note"], f"Epoch also names {', '.join(extra)}." if extra else ""] if x)
                return acc_id, ({"note": f"Epoch: '{name}'. {note}".strip()} if note else None), None
            if entry is None:
                self.note_unmapped("hardware", name, "", "not in assets/epoch/hardware_map.csv")
            else:
                self.note_unmapped("hardware", name, acc_id, entry["note"] or "id not in the catalog yet")
            unplaced.append(f"'{name}'" + (f" (expected id {acc_id})" if acc_id else ""))
        era = self.era.get(year)
        if not era:
            why = (f"hardware {', '.join(unplaced)} not in the catalog" if unplaced else "Epoch names no hardware")
            return None, None, f"{why}, and no era-typical accelerator in the catalog for {year}"
        why = (f"Epoch names {', '.join(unplaced)}, not in the catalog yet" if unplaced
               else "Epoch names no hardware")
        text = (f"Era-typical accelerator assumed: the one Epoch names most often for models published "
                f"{year - R.ERA_WINDOW_YEARS}-{year} ({era['rows']} rows; also "
                f"{', '.join(a for a in era['alternatives'] if a != era['accelerator']) or 'none'}).")
        return era["accelerator"], {"status": "assumed", "note": self.ref(f"era_{year}", text, why + ".")}, None

    # -- grid ----------------------------------------------------------------------------------
    def grid(self, row, year):
        """(region id, region provenance, grid provenance with range)."""
        listed = R.split_list(row.get("Country (of organization)"))
        picked = []
        for c in listed:
            base = self.country_map.get(c)
            if base is None:
                self.note_unmapped("country", c, "", "not in assets/epoch/country_map.csv")
                continue
            reg = R.nearest_region(base, year, self.regions) if base else None
            if base and not reg:
                self.note_unmapped("country", c, base, "region id not in the catalog")
            if reg and reg not in picked:
                picked.append(reg)
        world = R.nearest_region("world", year, self.regions)
        primary = picked[0] if picked else world
        values = [r["grid_gco2e_per_kwh"] for r in picked + [world]]
        region_note = self.ref("region", "Training location not in Epoch's data: the organization's country "
                               "(the first one Epoch lists that the catalog has, else the world average), the "
                               "catalog grid whose year is nearest the publication year.")
        grid = {"status": "assumed", "sources": primary.get("sources", []),
                "note": self.ref("grid", "Range: the grids of the countries Epoch lists and the world average "
                                 "(training may run abroad, e.g. in a cloud region).")}
        if min(values) < max(values):
            grid["range"] = {"low": min(values), "mode": primary["grid_gco2e_per_kwh"], "high": max(values)}
        return primary["id"], {"status": "assumed", "note": region_note}, grid

    # -- one row -------------------------------------------------------------------------------
    def run(self, row):
        """(run dict, None) or (None, reason)."""
        name = (row.get("Model") or "").strip()
        date = (row.get("Publication date") or "").strip()
        if not name:
            return None, "no model name"
        if len(date) < 4 or not date[:4].isdigit():
            return None, "no publication date"
        year = int(date[:4])
        try:
            flops = R.number(row, "Training compute (FLOP)")
            params = R.number(row, "Parameters")
            dataset = R.number(row, "Training dataset size (datapoints)")
            hours = R.number(row, "Training time (hours)")
            count = R.number(row, "Hardware quantity", integer=True)
            util = R.number(row, "Hardware utilization", at_most=1)
            power = R.number(row, "Training power draw (W)")
        except R.BadValue as e:
            return None, f"bad value: {e}"
        if flops is None:
            return None, "no training compute in Epoch's row"
        acc_id, acc_prov, why = self.hardware(row, year)
        if acc_id is None:
            return None, why
        if not self.acc[acc_id].get("tdp_w") and not (power and count):
            return None, (f"accelerator {acc_id} has no published TDP in the catalog and Epoch gives no power "
                          f"draw: no energy can be estimated")
        return self.build(row, name, date, year, acc_id, acc_prov,
                          dict(flops=flops, params=params, dataset=dataset, hours=hours, count=count,
                               util=util, power=power)), None

    def build(self, row, name, date, year, acc_id, acc_prov, v):
        acc = self.acc[acc_id]
        precision, peak = R.precision_of(acc)
        train, prov = {}, {}
        sources = [R.SOURCE]
        flops_range, flops_note = R.confidence_range(v["flops"], (row.get("Confidence") or "").strip(), self.conf_map)
        train["flops"] = v["flops"]
        prov["training.flops"] = {"range": flops_range,
                                  "note": self.ref("conf_" + (row.get("Confidence") or "none").strip().lower(), flops_note)}
        if v["dataset"] and "Language" in R.split_list(row.get("Domain")):
            train["tokens"] = v["dataset"]
            prov["training.tokens"] = {"note": self.ref("tokens", "Epoch's training dataset size (datapoints; tokens "
                                                        "for language models). Training FLOPs are Epoch's own value, not 6ND.")}
        train["accelerator"] = acc_id
        if acc_prov:
            prov["training.accelerator"] = acc_prov
        train["precision"] = precision
        prov["training.precision"] = {"status": "assumed", "note": self.ref("precision", "Epoch records no precision: "
                                      "the accelerator's best 16-bit dense peak (bf16, else fp16; fp32 if none).")}
        use_hours = bool(v["hours"] and v["count"])
        if use_hours and v["flops"] > v["hours"] * 3600 * v["count"] * peak * 1e12:
            use_hours = False  # more FLOPs than the hours could deliver at 100 % of peak
            base = (row.get("Base model") or "").strip()
            prov["training.count"] = {"note": self.ref(
                "hours_too_short", "Epoch's training time on this quantity cannot deliver Epoch's compute even at "
                "the peak (Epoch's compute includes any base model; the time may be the last stage only): GPU-hours "
                "come from the compute and the MFU instead.", f"Epoch: {v['hours']:g} h" +
                (f"; base model {base}." if base else "."))}
        if v["count"]:
            train["count"] = v["count"]
        if use_hours:
            train["days"] = R.sig(v["hours"] / 24, 8)
            prov["training.days"] = {"note": self.ref("days", "Epoch's training time (hours) / 24.")}
        if v["util"]:
            train["mfu"] = v["util"]
        elif not use_hours:
            m = self.mfu
            train["mfu"] = m["mode"]
            prov["training.mfu"] = {"status": "assumed", "range": {"low": m["low"], "mode": m["mode"], "high": m["high"]},
                                    "note": self.ref("mfu", f"Not in Epoch's row. Median hardware utilization of the "
                                                     f"{m['n']} Epoch rows that report one; range their lowest to highest.")}
        self.power(train, prov, acc_id, acc_prov, v, year)
        region, region_prov, grid_prov = self.grid(row, year)
        train["region"] = region
        prov["training.region"] = region_prov
        prov["training.grid_gco2e_per_kwh"] = grid_prov
        model = {"params_total": v["params"]} if v["params"] else {}
        scenario = {"label": name + " (Epoch AI)", **({"model": model} if model else {}), "training": train}
        run = {"id": R.slug(name), "name": name, "organization": (row.get("Organization") or "").strip(),
               "year": year, "date": date, "status": "estimated"}
        for key, col in (("country", "Country (of organization)"), ("domain", "Domain"),
                         ("access", "Model accessibility"), ("url", "Link")):
            if (row.get(col) or "").strip():
                run[key] = ",".join(R.split_list(row[col])) if key != "url" else row[col].strip().split()[0]
        published = self.links.get(name)
        if published in self.run_ids:
            run["see_also"] = published
        run.update(scenario=scenario, provenance=prov, sources=sources)
        run["note"] = ("Epoch AI's estimates (CC BY 4.0); not disclosed by the developer."
                       + (f" The catalog's published run {published} (primary sources) takes precedence."
                          if "see_also" in run else ""))
        return run

    def power(self, train, prov, acc_id, acc_prov, v, year):
        if v["power"] and v["count"]:
            train["power_w"] = R.sig(v["power"] / v["count"], 7)
            prov["training.power_w"] = {"note": self.ref("power", "Epoch's training power draw / hardware quantity. "
                                                         "Epoch's figure is about twice the chip TDP (e.g. ~1,380 W per "
                                                         "H100), so it includes server and datacenter overhead.")}
            train["pue"] = 1
            prov["training.pue"] = {"status": "derived", "note": self.ref("pue_in_power", "1: Epoch's power draw "
                                                                          "already includes datacenter overhead (see power_w).")}
            return
        if acc_prov and acc_prov.get("status") == "assumed":
            rng = R.era_power_range(self.era[year], self.acc)
            if rng:
                train["power_w"] = self.acc[acc_id]["tdp_w"]
                prov["training.power_w"] = {"status": "assumed", "range": rng, "note": self.ref(
                    "era_power", "The assumed accelerator's TDP; range: the energy per peak FLOP of the other "
                    "accelerators Epoch names in those years, at this accelerator's peak.")}
        train["pue"] = R.PUE_ASSUMED["value"]
        prov["training.pue"] = {"status": "assumed", "sources": R.PUE_ASSUMED["sources"],
                                "note": self.ref("pue", R.PUE_ASSUMED["note"]),
                                "range": {"low": R.PUE_ASSUMED["low"], "mode": R.PUE_ASSUMED["value"],
                                          "high": R.PUE_ASSUMED["high"]}}


def import_rows(rows, catalog, maps):
    imp = Importer(catalog, maps, rows)
    runs, skipped, seen = [], [], set()
    for row in rows:
        run, reason = imp.run(row)
        if run is None:
            skipped.append((row.get("Model", ""), row.get("Publication date", ""), reason))
            continue
        base, n = run["id"], 2
        while run["id"] in seen or run["id"] in imp.run_ids:
            run["id"], n = f"{base}-{n}", n + 1
        seen.add(run["id"])
        runs.append(run)
    return imp, runs, skipped


def render(imp, runs, skipped, csv_bytes, csv_name):
    """The output files' text, by file name (deterministic: the same CSV gives the same bytes)."""
    head = {"source": R.SOURCE, "csv": csv_name, "csv_sha256": hashlib.sha256(csv_bytes).hexdigest()[:16],
            "rows": len(runs) + len(skipped), "imported": len(runs), "skipped": len(skipped)}
    defaults, compact = R.factor_defaults(runs)
    lines = [R.compact_numbers(json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for r in compact]
    assert [json.loads(x) for x in lines] == compact  # compaction never changes a value
    notes = json.dumps(dict(sorted(imp.notes.items())), ensure_ascii=False, indent=0)
    body = ("{" + json.dumps(head, separators=(",", ":"))[1:-1] + ',\n"notes":' + notes + ',\n"defaults":'
            + json.dumps(defaults, ensure_ascii=False, separators=(",", ":")) + ',\n"runs":[\n'
            + ",\n".join(lines) + "\n]}\n")
    out = {"epoch_runs.json": body}
    out["epoch_skipped.csv"] = csv_text(["model", "publication_date", "reason"], skipped)
    out["epoch_unmapped.csv"] = csv_text(
        ["kind", "epoch_name", "rows", "expected_id", "note"],
        [(k, n, e["rows"], e["expected"], e["note"]) for (k, n), e in sorted(imp.unmapped.items())])
    out["epoch_era_hardware.csv"] = csv_text(
        ["year", "accelerator", "rows", "alternatives"],
        [(y, e["accelerator"], e["rows"], " ".join(e["alternatives"])) for y, e in sorted(imp.era.items())])
    return out


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", default=os.path.join(ROOT, "assets/epoch/notable_ai_models.csv"))
    ap.add_argument("--catalog", default=os.path.join(ROOT, "assets/catalog.json"))
    ap.add_argument("--maps", default=os.path.join(ROOT, "assets/epoch"))
    ap.add_argument("--out", default=os.path.join(ROOT, "assets"))
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    a = ap.parse_args(argv)
    with open(a.csv, "rb") as f:
        csv_bytes = f.read()
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")))
    missing = [c for c in R.REQUIRED_COLUMNS if rows and c not in rows[0]]
    if missing:
        print(f"error: {a.csv}: missing columns {', '.join(missing)}", file=sys.stderr)
        return 2
    with open(a.catalog, encoding="utf-8") as f:
        catalog = json.load(f)
    imp, runs, skipped = import_rows(rows, catalog, load_maps(a.maps))
    files = render(imp, runs, skipped, csv_bytes, os.path.basename(a.csv))
    stale = []
    for name, text in files.items():
        path = os.path.join(a.out, name)
        if a.check:
            old = None
            if os.path.exists(path):
                with open(path, encoding="utf-8", newline="") as f:
                    old = f.read()
            if old != text:
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    hw = sum(1 for k in imp.unmapped if k[0] == "hardware")
    print(f"{len(rows)} rows: {len(runs)} runs, {len(skipped)} skipped, {hw} unmapped hardware names")
    if stale:
        print(f"stale: {', '.join(stale)} (run python3 scripts/epoch_import.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
