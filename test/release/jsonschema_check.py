#!/usr/bin/env python3
"""Checks a batch of JSON values against the JSON Schemas of dist/schemas with Python's jsonschema
(Draft202012Validator, whose `pattern` is `re.search`), as a Python back end checks a request before it calls
the library. Reads a JSON file [[schema file, value], ...]; prints {"jsonschema": version, "valid": [0 or 1, ...]}.
Exits 3 when jsonschema is missing: the test that runs it fails, it does not skip."""
import json
import os
import sys

try:
    from importlib.metadata import version
    from jsonschema import Draft202012Validator
except ImportError as e:
    sys.stderr.write(f"jsonschema is not installed for python3 (Debian: apt-get install python3-jsonschema): {e}\n")
    sys.exit(3)


def main(schema_dir, cases_path):
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    validators = {}
    valid = []
    for file, value in cases:
        validator = validators.get(file)
        if validator is None:
            with open(os.path.join(schema_dir, file), encoding="utf-8") as s:
                schema = json.load(s)
            Draft202012Validator.check_schema(schema)
            validator = validators[file] = Draft202012Validator(schema)
        valid.append(1 if validator.is_valid(value) else 0)
    print(json.dumps({"jsonschema": version("jsonschema"), "valid": valid}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
