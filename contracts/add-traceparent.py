#!/usr/bin/env python3
"""Adds the optional CloudEvents distributed-tracing attribute `traceparent` to every event schema
(idempotent). Run after adding a schema: python3 contracts/add-traceparent.py"""
import json, pathlib
TRACEPARENT = {
    "type": "string",
    "pattern": "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
    "description": "W3C trace context of the span that wrote the event (CloudEvents distributed tracing extension); absent when tracing is off",
}
for path in sorted(pathlib.Path(__file__).parent.glob("events/*.json")):
    schema = json.loads(path.read_text())
    props = schema["properties"]
    if props.get("traceparent") == TRACEPARENT:
        continue
    ordered = {}
    for k, v in props.items():
        if k == "data":
            ordered["traceparent"] = TRACEPARENT
        ordered[k] = v
    ordered.setdefault("traceparent", TRACEPARENT)
    schema["properties"] = ordered
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    print("updated", path.name)
