"""Pulls one TAXII 2.1 collection with the OASIS taxii2-client, paging with `next`, validates every
object with stix2-validator and parses them with stix2. Prints one JSON summary on stdout.

    taxii_pull.py <discovery url> <api key> <collection title> <objects per request>

Then converts the bundle into MISP events with misp-stix (MISP's own STIX converter), one event per
report (events it builds with PyMISP and writes as MISP JSON), and counts what they hold.
"""
import json
import sys
import tempfile
from pathlib import Path

import stix2
from stix2validator import ValidationOptions, validate_instance
import requests
from taxii2client.v21 import Server, as_pages



class BearerAuth(requests.auth.AuthBase):
    """The analyst's API key, as Passerelle's APIs take it."""

    def __init__(self, key):
        self.key = key

    def __call__(self, r):
        r.headers["Authorization"] = f"Bearer {self.key}"
        return r


url, key, title, per_request = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
server = Server(url, auth=BearerAuth(key))
root = server.default or server.api_roots[0]
collection = next(c for c in root.collections if c.title == title)

objects, pages = [], 0
for envelope in as_pages(collection.get_objects, per_request=per_request):
    pages += 1
    objects.extend(envelope.get("objects", []))

manifest = []
for envelope in as_pages(collection.get_manifest, per_request=per_request):
    manifest.extend(envelope.get("objects", []))

errors, warnings, sco_ids = [], {}, []
options = ValidationOptions(version="2.1")
for o in objects:
    result = validate_instance(o, options)
    errors.extend(f"{o['id']}: {e}" for e in result.errors)
    for w in result.warnings:
        code = str(w).split("{", 1)[-1].split("}", 1)[0]
        warnings[code] = warnings.get(code, 0) + 1
# The whole collection as one bundle, parsed by stix2 (custom objects kept as they are).
bundle = stix2.parse({"type": "bundle", "id": "bundle--5d0092c5-5f74-4f3a-9b3b-0f2a8c0d7a11", "objects": objects}, allow_custom=True)
# SCO ids as stix2 derives them itself (STIX 2.1 §2.9), compared with ours.
for o in objects:
    if o["type"] in ("email-addr", "file"):
        props = {k: v for k, v in o.items() if k not in ("id", "object_marking_refs")}
        sco_ids.append([o["id"], stix2.parse(props, allow_custom=True).id])

# MISP's converter, as a MISP instance would import the bundle (debug: its errors and warnings kept).
from misp_stix_converter import stix_2_to_misp  # noqa: E402 - only this step needs it

misp = {"events": 0, "objects": 0, "attributes": 0, "notes": 0, "event_reports": [], "errors": [], "warnings": []}
with tempfile.TemporaryDirectory() as tmp:
    source = Path(tmp) / "bundle.json"
    source.write_text(json.dumps({"type": "bundle", "id": "bundle--5d0092c5-5f74-4f3a-9b3b-0f2a8c0d7a11", "objects": objects}))
    result = stix_2_to_misp(source, debug=True, output_dir=Path(tmp))
    misp["success"] = result.get("success", 0)
    for feature in ("errors", "warnings", "pymisp_errors"):
        value = result.get(feature) or {}
        lines = [f"{k}: {v}" for k, vs in value.items() for v in vs] if isinstance(value, dict) else [str(v) for v in value]
        misp["errors" if feature != "warnings" else "warnings"].extend(lines)
    # Read as JSON: PyMISP 2.5.34.1 cannot load back the notes it wrote itself (MISPNote.from_dict
    # appends "+00:00" to a timestamp that already has it).
    for name in result.get("results", []):
        doc = json.loads(Path(name).read_text())
        event = doc.get("Event", doc)
        misp["events"] += 1
        misp["objects"] += len(event.get("Object", []))
        misp["attributes"] += len(event.get("Attribute", [])) + sum(len(o.get("Attribute", [])) for o in event.get("Object", []))
        misp["notes"] += len(event.get("Note", []))
        misp["event_reports"].append(event.get("info"))
misp["errors"] = sorted(set(misp["errors"]))
misp["warnings"] = sorted(set(misp["warnings"]))

print(json.dumps({
    "misp": misp,
    "pages": pages,
    "objects": [{"id": o["id"], "type": o["type"], "external_references": o.get("external_references"),
                 "source_ref": o.get("source_ref"), "target_ref": o.get("target_ref")} for o in objects],
    "manifest": [m["id"] for m in manifest],
    "bundle_objects": len(bundle.objects),
    "errors": errors,
    "warnings": warnings,
    "sco_ids": sco_ids,
}))
