#!/usr/bin/env python3
"""Fetch the MUST and optional tests of the W3C Web Annotation test suite for WptAnnotationModelTest.

Downloads, from web-platform-tests on GitHub, the annotation-model .test files that hold the model's MUSTs (and
those that report its SHOULDs and MAYs) and every file they need: the assertion files their lists name and the definitions those schemas $ref, keeping the
suite's paths. The files are another project's (W3C test suite licence / BSD-3-Clause): keep them out of this
repository. Then run

    WPT_ANNOTATION_MODEL=DEST/annotation-model mvn test -Dtest=WptAnnotationModelTest

usage: fetch_wpt_annotation_model.py DEST [--ref COMMIT_OR_BRANCH] [--base URL]
"""
import argparse
import json
import pathlib
import sys
import urllib.error
import urllib.request

MUST_TESTS = [
    "annotations/annotationMusts.test",
    "annotations/3.1-model-musts.test",
    "bodiesTargets/bodyMusts.test",
    "bodiesTargets/targetMusts.test",
    "specificResource/specificResourceMusts.test",
    "collections/collectionMusts.test",
    "collections/pages/pageMusts.test",
]
OPTIONAL_TESTS = [
    "annotations/annotationOptionals.test",
    "annotations/annotationAgentOptionals.test",
    "bodiesTargets/bodyOptionals.test",
    "bodiesTargets/targetOptionals.test",
    "bodiesTargets/bodyTargAgentOptionals.test",
    "specificResource/specificResourceOptionals.test",
]


def fetch(base, path):
    """The file's text, or None when the server has no such file."""
    try:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def assertion_files(entries, test_dir):
    """Paths (relative to annotation-model/) of the files an assertion list names, as JSONtest resolves them."""
    for entry in entries:
        if isinstance(entry, list):
            yield from assertion_files(entry, test_dir)
        elif isinstance(entry, str):
            yield resolve(entry, test_dir)
        elif isinstance(entry, dict):
            if "assertionFile" in entry:
                yield resolve(entry["assertionFile"], test_dir)
            if isinstance(entry.get("assertions"), list):
                yield from assertion_files(entry["assertions"], test_dir)


def resolve(reference, test_dir):
    if "/" not in reference:
        return test_dir + reference
    return reference[len("/annotation-model/"):] if reference.startswith("/annotation-model/") else reference


def referenced_definitions(node):
    """definitions/X.json for every "$ref": "X.json#..." in a schema."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            yield "definitions/" + ref.split("#", 1)[0]
        for value in node.values():
            yield from referenced_definitions(value)
    elif isinstance(node, list):
        for value in node:
            yield from referenced_definitions(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=pathlib.Path, help="folder to create annotation-model/ in")
    parser.add_argument("--ref", default="master", help="web-platform-tests commit or branch (default master)")
    parser.add_argument("--base", help="serve the files from here instead of GitHub (URL ending in annotation-model/)")
    args = parser.parse_args()
    base = args.base or "https://raw.githubusercontent.com/web-platform-tests/wpt/%s/annotation-model/" % args.ref
    root = args.dest / "annotation-model"

    pending, seen, missing = MUST_TESTS + OPTIONAL_TESTS, set(), []
    while pending:
        path = pending.pop(0)
        if path in seen:
            continue
        seen.add(path)
        text = fetch(base, path)
        if text is None:
            missing.append(path)
            continue
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        content = json.loads(text)
        if path.endswith(".test"):
            test_dir = path[: path.rfind("/") + 1]
            pending.extend(assertion_files(content.get("assertions", []), test_dir))
        pending.extend(referenced_definitions(content))

    (root / "FETCHED.txt").write_text("from %s\n%s\n" % (base, "\n".join(sorted(seen - set(missing)))),
                                      encoding="utf-8")
    print("%d files in %s" % (len(seen) - len(missing), root))
    for path in missing:
        print("not found: " + path, file=sys.stderr)
    return 0 if len(missing) < len(seen) else 1


if __name__ == "__main__":
    sys.exit(main())
