#!/usr/bin/env python3
"""Writes the web module's copy of the catalog: the same values and sources, without the long
free-text "note" and "locator" fields (about half of its gzip size). The card never shows them; the
app fetches the full catalog.json when a panel that shows them opens. Usage: strip_catalog.py IN OUT [--full]  (--full: minify only, for the fetched catalog.json)"""
import json
import sys


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in ("note", "locator")}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


with open(sys.argv[1], encoding="utf-8") as f:
    catalog = json.load(f)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(catalog if "--full" in sys.argv[3:] else strip(catalog), f, ensure_ascii=False, separators=(",", ":"))
