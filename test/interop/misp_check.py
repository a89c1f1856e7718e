"""Loads MISP events with PyMISP (MISP's own Python library, vendored in test/interop/vendor) and
checks them as strictly as PyMISP can: every object against its misp-objects template (same uuid
and version, required attributes, each relation in the template with the template's type, no
repeat of a relation the template does not allow), every attribute's type and category against
MISP's describeTypes, every object reference to something in the event, and a round trip through
PyMISP's own JSON and feed output. Prints one JSON summary on stdout.

    misp_check.py <event.json> [<event.json> ...]
"""
import copy
import json
import sys

from pymisp import MISPAttribute, MISPEvent


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    # load() consumes what it is given: count first.
    sent_objects, sent_attributes = len(raw["Event"].get("Object", [])), len(raw["Event"].get("Attribute", []))
    sent = copy.deepcopy(raw["Event"])
    event = MISPEvent(strict_validation=True)
    event.load(raw)

    def strict_attribute(a, where):
        # As sent: a lax load drops a category that does not go with the type.
        d = {"type": a["type"], "category": a["category"], "value": str(a["value"])}
        try:
            MISPAttribute(strict=True).from_dict(**d)
        except Exception as e:  # noqa: BLE001 - report any refusal
            errors.append(f"{where}: {e}")

    for a in sent.get("Attribute", []):
        strict_attribute(a, f"attribute {a['uuid']} ({a['type']})")
    for o in sent.get("Object", []):
        for a in o["Attribute"]:
            strict_attribute(a, f"object {o['name']} {o['uuid']} {a['object_relation']}")

    uuids = {a.uuid for a in event.attributes} | {o.uuid for o in event.objects}
    templates = {}
    for o in event.objects:
        where = f"object {o.name} {o.uuid}"
        templates[o.name] = templates.get(o.name, 0) + 1
        if not o._known_template:  # the template was found and its uuid and version match
            errors.append(f"{where}: not a known template (or its uuid/version differ)")
            continue
        try:
            o._validate()  # required / requiredOneOf / multiple
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where}: {e}")
        definition = o._definition["attributes"]
        for a in o.attributes:
            if a.object_relation not in definition:
                errors.append(f"{where}: relation {a.object_relation} is not in the template")
            elif definition[a.object_relation]["misp-attribute"] != a.type:
                errors.append(f"{where}: {a.object_relation} has type {a.type}, the template says {definition[a.object_relation]['misp-attribute']}")
        for r in o.references:
            if r.referenced_uuid not in uuids:
                errors.append(f"{where}: reference to {r.referenced_uuid}, which is not in the event")
    # PyMISP's own output of what it loaded: its JSON, and the event as a MISP feed serves it.
    again = MISPEvent()
    again.load(event.to_json())
    feed = event.to_feed(with_meta=False)["Event"]
    if (len(event.objects), len(event.attributes)) != (sent_objects, sent_attributes):
        errors.append("PyMISP loaded fewer objects or attributes than were sent")
    if (len(again.objects), len(again.attributes)) != (sent_objects, sent_attributes):
        errors.append("round trip through PyMISP's JSON lost objects or attributes")
    return {
        "uuid": event.uuid,
        "info": event.info,
        "date": event.date.isoformat(),
        "threat_level_id": int(event.threat_level_id),
        "analysis": int(event.analysis),
        "distribution": int(event.distribution),
        "tags": [t.name for t in event.tags],
        "attributes": len(event.attributes),
        "objects": len(event.objects),
        "templates": templates,
        "references": sum(len(o.references) for o in event.objects),
        "feed_objects": len(feed.get("Object", [])),
        "values": sorted({str(a.value) for a in event.attributes} | {str(a.value) for o in event.objects for a in o.attributes}),
        "errors": errors,
    }


print(json.dumps([check(p) for p in sys.argv[1:]]))
