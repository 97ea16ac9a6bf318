#!/usr/bin/env python3
"""The web faces' catalog files, from assets/catalog.json and assets/epoch_runs.json:

  catalog_shards.py CATALOG RUNS --kernel ID,ID --embed OUT.json --embed-card OUT.json --shards DIR
                    --full OUT.json

--embed  what the wasm module embeds: the runs the default comparison shows (--kernel) and what they
         refer to, plus the equivalences; without the free-text "note" and "locator" fields, which the
         card never shows. The first render needs nothing else.
--embed-card  the same for the card's module, without the equivalences (and the sources only they
         cite): the card never shows them, and they were ~0.9 KB of its gzip.
--shards one file per entry, DIR/<kind>/<id>.json (kind: run, accelerator, region, datacenter): a
         catalog holding that entry and what it refers to, in the same stripped form; an Epoch AI run
         comes as a one-run "run_file". The card and a link's first render fetch only these
         (core/catalog_shard.h merges them).
--full   the whole catalog.json, minified, for the app's panels once it is running.
Entry ids are checked to be safe file names (the core lists only such ids as missing)."""
import argparse
import json
import os
import re

SAFE_ID = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}")
KINDS = ("accelerators", "regions", "datacenters")


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in ("note", "locator", "notes")}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def dump(obj, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, separators=(",", ":"))


def source_ids(value, out):
    """Every id listed under a "sources" key anywhere in value."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "sources" and isinstance(v, list):
                out.update(s for s in v if isinstance(s, str))
            else:
                source_ids(v, out)
    elif isinstance(value, list):
        for v in value:
            source_ids(v, out)
    return out


class Catalog:
    def __init__(self, catalog, run_file):
        self.catalog = catalog
        self.run_file = run_file
        self.by_kind = {k: {e["id"]: e for e in catalog[k]} for k in KINDS}
        self.runs = {r["id"]: r for r in catalog["runs"]}
        self.sources = {s["id"]: s for s in catalog["sources"]}
        for entry in list(self.by_kind.values()) + [self.runs]:
            for i in entry:
                if not SAFE_ID.fullmatch(i):
                    raise SystemExit("catalog_shards: id %r is not a safe file name" % i)

    def empty(self):
        c = self.catalog
        return {"version": c["version"], "date": c["date"], "sources": [], "accelerators": [],
                "regions": [], "datacenters": [], "runs": []}

    def refs(self, scenario):
        """(kind, id) of the accelerators, regions and datacenters a scenario names."""
        for section in ("training", "inference"):
            part = scenario.get(section) or {}
            for key, kind in (("accelerator", "accelerators"), ("region", "regions"), ("datacenter", "datacenters")):
                if isinstance(part.get(key), str) and part[key] in self.by_kind[kind]:
                    yield kind, part[key]

    def add_run(self, out, run, epoch):
        for kind, i in self.refs(run.get("scenario") or {}):
            self.add_entry(out, kind, i)
        if epoch:
            rf = self.run_file
            out["run_file"] = {"defaults": rf.get("defaults", {}), "runs": [run]}
        else:
            out["runs"].append(run)

    def add_entry(self, out, kind, i):
        if all(e["id"] != i for e in out[kind]):
            out[kind].append(self.by_kind[kind][i])

    def finish(self, out):
        wanted = source_ids({k: v for k, v in out.items() if k != "sources"}, set())
        out["sources"] = [self.sources[s] for s in sorted(wanted) if s in self.sources]
        return strip(out)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("catalog")
    p.add_argument("runs")
    p.add_argument("--kernel", required=True)
    p.add_argument("--embed", required=True)
    p.add_argument("--embed-card", required=True)
    p.add_argument("--shards", required=True)
    p.add_argument("--full", required=True)
    a = p.parse_args()
    with open(a.catalog, encoding="utf-8") as f:
        catalog = json.load(f)
    with open(a.runs, encoding="utf-8") as f:
        run_file = json.load(f)
    c = Catalog(catalog, run_file)

    for path, equivalences in ((a.embed, catalog.get("equivalences", [])), (a.embed_card, None)):
        kernel = c.empty()
        if equivalences is not None:
            kernel["equivalences"] = equivalences
        for i in a.kernel.split(","):
            if i not in c.runs:
                raise SystemExit("catalog_shards: kernel run %r is not in the catalog" % i)
            c.add_run(kernel, c.runs[i], epoch=False)
        dump(c.finish(kernel), path)

    for kind in KINDS:
        for i in c.by_kind[kind]:
            out = c.empty()
            c.add_entry(out, kind, i)
            dump(c.finish(out), os.path.join(a.shards, kind[:-1], i + ".json"))
    for run in catalog["runs"]:
        out = c.empty()
        c.add_run(out, run, epoch=False)
        dump(c.finish(out), os.path.join(a.shards, "run", run["id"] + ".json"))
    for run in run_file["runs"]:
        if not SAFE_ID.fullmatch(run["id"]) or run["id"] in c.runs:
            raise SystemExit("catalog_shards: Epoch run id %r is unsafe or taken" % run["id"])
        out = c.empty()
        c.add_run(out, run, epoch=True)
        dump(c.finish(out), os.path.join(a.shards, "run", run["id"] + ".json"))
    dump(catalog, a.full)


main()
