"""The mapping rules of the Epoch AI importer (scripts/epoch_import.py), as pure functions.

Every rule here is documented in assets/epoch/README.md; the data it reads (hardware names, countries,
confidence levels, links to published runs) lives in assets/epoch/*.csv, not in this code.
"""
import json
import math
import re
import statistics

SOURCE = "epoch_notable"
PRECISION_ORDER = ("bf16", "fp16", "fp32")  # Epoch records no precision: best 16-bit dense peak
ERA_WINDOW_YEARS = 2  # era-typical accelerator: Epoch rows published in [year - 2, year]

# PUE when Epoch gives no power draw: the catalog's public-cloud assumption (same value, range and
# sources as the DeepSeek-V3 run in assets/catalog.json).
PUE_ASSUMED = {"value": 1.25, "low": 1.09, "high": 1.56, "sources": ["aws", "google_gemini", "uptime"],
               "note": "Not in Epoch's row. IDC public-cloud estimate 1.25; range from Google fleet 1.09 to "
                       "industry average 1.56 (Uptime 2024)."}

REQUIRED_COLUMNS = ("Model", "Organization", "Publication date", "Domain", "Parameters",
                    "Training compute (FLOP)", "Training dataset size (datapoints)", "Confidence", "Link",
                    "Country (of organization)", "Training time (hours)", "Training hardware",
                    "Hardware quantity", "Hardware utilization", "Training power draw (W)",
                    "Model accessibility")


class BadValue(Exception):
    pass


def number(row, column, integer=False, at_most=None):
    """A positive number from a CSV cell, None when empty; BadValue when not a positive number."""
    text = (row.get(column) or "").strip()
    if not text:
        return None
    try:
        v = float(text)
    except ValueError:
        raise BadValue(f"{column}: '{text}' is not a number")
    if not math.isfinite(v) or v <= 0:
        raise BadValue(f"{column}: '{text}' is not a positive number")
    if at_most is not None and v > at_most:
        raise BadValue(f"{column}: '{text}' is above {at_most}")
    if integer:
        if v < 1:
            raise BadValue(f"{column}: '{text}' is not a whole number >= 1")
        return int(round(v))
    return v


def slug(name):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return "epoch-" + (s or "model")


def split_list(cell):
    """Epoch's multi-valued cells are comma-separated; duplicates dropped, order kept."""
    out = []
    for part in (cell or "").split(","):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def sig(v, digits=6):
    """A float rounded to `digits` significant digits (keeps the JSON short and stable)."""
    if v == 0:
        return 0
    r = round(v, digits - 1 - int(math.floor(math.log10(abs(v)))))
    return int(r) if r == int(r) and abs(r) < 1e15 else r


def precision_of(acc):
    peaks = acc.get("peak_tflops", {})
    for p in PRECISION_ORDER:
        if p in peaks:
            return p, peaks[p]
    return None, None


def confidence_range(flops, level, confidence_map):
    """Epoch's confidence level -> a loguniform range [flops / f, flops * f] with its note."""
    entry = confidence_map.get(level, confidence_map.get(""))
    f = entry["factor"]
    note = (f"Epoch AI's estimate, confidence '{level or 'none given'}': range ÷{f:g} to ×{f:g} "
            f"(loguniform; median = Epoch's value). {entry['epoch_definition']}")
    return {"low": sig(flops / f), "high": sig(flops * f), "dist": "loguniform"}, note


def utilization_stats(rows):
    """Median and extremes of Epoch's hardware utilization column (the assumed MFU and its range)."""
    values = []
    for row in rows:
        try:
            v = number(row, "Hardware utilization", at_most=1)
        except BadValue:
            continue
        if v is not None:
            values.append(v)
    if not values:
        return None
    return {"mode": sig(statistics.median(values), 4), "low": sig(min(values), 4),
            "high": sig(max(values), 4), "n": len(values)}


def era_table(hardware_years, accelerators):
    """year -> era-typical accelerator: the one Epoch names most often in rows of [year-2, year] among
    those the catalog holds, released by that year and with a TDP; plus the alternatives seen."""
    years = sorted({y for y, _ in hardware_years})
    if not years:
        return {}
    table = {}
    for year in range(years[0], max(years) + 1):
        counts = {}
        for y, acc_id in hardware_years:
            acc = accelerators[acc_id]
            if year - ERA_WINDOW_YEARS <= y <= year and acc.get("year", 0) <= year and acc.get("tdp_w"):
                counts[acc_id] = counts.get(acc_id, 0) + 1
        if not counts:
            continue
        best = max(counts, key=lambda a: (counts[a], accelerators[a].get("year", 0), a))
        table[year] = {"accelerator": best, "alternatives": sorted(counts), "rows": sum(counts.values())}
    return table


def era_power_range(era, accelerators):
    """The assumed accelerator's power expressed as a range spanning the energy per peak FLOP of the
    alternatives Epoch names in the same years: power × (TDP/peak of X) / (TDP/peak of assumed)."""
    acc = accelerators[era["accelerator"]]
    _, peak = precision_of(acc)
    watts_per_peak = []
    for alt in era["alternatives"]:
        a = accelerators[alt]
        _, p = precision_of(a)
        if p and a.get("tdp_w"):
            watts_per_peak.append(a["tdp_w"] / p)
    low, high = sig(peak * min(watts_per_peak), 4), sig(peak * max(watts_per_peak), 4)
    if not (low < high):
        return None
    return {"low": min(low, acc["tdp_w"]), "mode": acc["tdp_w"], "high": max(high, acc["tdp_w"])}


def nearest_region(base, year, regions):
    """The catalog region for `base` ('us') whose grid year is nearest the training year: 'us-2025' if
    it exists and is nearer than 'us' (2023). Ties go to the more recent grid."""
    pattern = re.compile(re.escape(base) + r"(-\d{4})?")
    cands = [r for r in regions.values() if pattern.fullmatch(r["id"])]
    if not cands:
        return None
    return min(cands, key=lambda r: (abs(r.get("year", year) - year), -r.get("year", 0)))


def factor_defaults(runs):
    """Moves what most runs repeat into one file-level "defaults" (shorter file, faster parse):
    {"status", "sources", "note", "provenance": {path: {key: value}}}. A run without "status",
    "sources" or "note" takes the default. For each field its scenario sets, a run's provenance entry
    (or already has an entry for) takes every key of the default entry that it lacks; so a run whose
    entry differs keeps that key,
    and one that has no such key writes the neutral value (its own status and sources, note "",
    range null)."""
    notes = [r.get("note") for r in runs]
    defaults = {"status": "estimated", "sources": [SOURCE],
                "note": max(set(notes), key=lambda n: (notes.count(n), n or "")), "provenance": {}}
    out = [dict(r, provenance=dict(r["provenance"])) for r in runs]
    for path in sorted({p for r in out for p in r["provenance"]}):
        section, key = path.split(".", 1)
        having = [r for r in out if key in r["scenario"].get(section, {}) or path in r["provenance"]]
        entries = [r["provenance"].get(path, {}) for r in having]
        common = {}
        for k in sorted({k for e in entries for k in e}):
            texts = [json.dumps(e[k], sort_keys=True) if k in e else None for e in entries]
            best = max(set(texts), key=lambda t: (texts.count(t), t or ""))
            if best is not None and 2 * texts.count(best) > len(having):
                common[k] = json.loads(best)
        if not common:
            continue
        defaults["provenance"][path] = common
        for r, e in zip(having, entries):
            mine = dict(e)
            for k, v in common.items():
                if k in mine and mine[k] == v:
                    del mine[k]
                elif k not in mine:
                    mine[k] = {"status": r["status"], "sources": r["sources"], "note": ""}.get(k)
            if mine:
                r["provenance"][path] = mine
            else:
                r["provenance"].pop(path, None)
    for r in out:
        for key in ("status", "sources", "note"):
            if r.get(key) == defaults[key]:
                del r[key]
        prov = r.pop("provenance")  # keep the catalog's key order: provenance before sources and note
        tail = {k: r.pop(k) for k in ("sources", "note") if k in r}
        r.update(provenance=prov, **tail)
    return defaults, out


_BIG_FLOAT = re.compile(r'(?<=[:,\[])(-?[1-9]\d*?)(0{3,})\.0(?=[,}\]])')


def compact_numbers(text):
    """JSON numbers written by Python as 135000000000.0 -> 135e9 (same value, shorter)."""
    return _BIG_FLOAT.sub(lambda m: f"{m.group(1)}e{len(m.group(2))}", text)
