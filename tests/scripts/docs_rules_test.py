#!/usr/bin/python3
"""docs_rules_test.py - lint the rule-language examples of the docs.

    docs_rules_test.py SOURCE_ROOT AGATECTL

Every code block of docs/rules.md, docs/packs.md, docs/operations.md and
docs/cli.md that holds rule-language text (its first statement is `rule
@`, `default`, `agent @`, `list @`, `predicate`, `override`, `include`,
`set`, `trigger`, `check` or `enforce`; docs_examples.is_rule_text) is
written to a file of its own and compiled with `agatectl lint --strict`,
so that a doc cannot show rules agated would refuse. The marker before a
block (docs_examples.py) changes what is asked:

    (none)                                  lint --strict must pass
    <!-- example: lint, warnings allowed -->
                                            lint (without --strict) must pass
                                            (lists defined and not used)
    <!-- example: lint with policy/packs/NAME -->
                                            lint --strict of that pack and the
                                            block together must pass (an
                                            override of the pack's lists)
    <!-- example: NAME.rules of the transcripts -->
                                            the same as lint with policy/packs/default
                                            (a file docs_cli_test.py writes for the
                                            page's transcripts; site.rules is loaded
                                            beside the default pack)
    <!-- example: NAME.rules of the transcripts, MARKER -->
                                            as MARKER says (e.g. broken, ...)
    <!-- example: excerpt of policy/packs/NAME -->
                                            the block's lines are, in order and
                                            indentation aside, in a file of that
                                            pack, and the pack passes lint --strict
    <!-- example: broken, lint says "TEXT" -->
                                            lint must fail, and say TEXT
    <!-- example: fragment: REASON -->      not compiled (a piece of a
                                            statement, a syntax outline);
                                            listed in the output with REASON

The test fails when any block fails what is asked of it.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_examples  # noqa: E402

DOCS = ["docs/rules.md", "docs/packs.md", "docs/operations.md", "docs/cli.md"]
WITH_PACK = re.compile(r"^lint with (policy/packs/[\w.-]+)$")
EXCERPT = re.compile(r"^excerpt of (policy/packs/[\w.-]+)$")
WARNINGS_ALLOWED = "lint, warnings allowed"
PAGE_FILE = re.compile(r"^[\w-]+\.rules of the transcripts\b")
BROKEN = re.compile(r'^broken, lint says "(.*)"$')


def lint(agatectl, paths, cwd, strict=True):
    r = subprocess.run([agatectl, "lint"] + (["--strict"] if strict else []) + paths,
                       capture_output=True, text=True, cwd=cwd)
    return r.returncode, r.stdout + r.stderr


def check_block(block, n, tmp, root, agatectl):
    """Returns (outcome, failure text or None)."""
    marker = block.marker or ""
    page_file = PAGE_FILE.match(marker)
    if page_file:
        marker = marker[page_file.end():].lstrip(", ") or "lint with policy/packs/default"
    if marker == "fragment" or marker.startswith("fragment:"):
        return "fragment", None
    excerpt = EXCERPT.match(marker)
    if excerpt:
        return "excerpt", check_excerpt(block, os.path.join(root, excerpt.group(1)), agatectl)
    folder = os.path.join(tmp, "b%d" % n)
    os.mkdir(folder)
    name = "example.rules"
    with open(os.path.join(folder, name), "w") as f:
        f.write("\n".join(block.lines) + "\n")
    paths = [name]
    pack = WITH_PACK.match(marker)
    if pack:
        paths = [os.path.join(root, pack.group(1)), name]
    rc, out = lint(agatectl, paths, folder, strict=marker != WARNINGS_ALLOWED)
    broken = BROKEN.match(marker)
    if broken:
        if rc != 1:
            return "broken", "lint exited %d, expected 1 (a broken example)\n%s" % (rc, out)
        if broken.group(1) not in out:
            return "broken", "lint did not say %r:\n%s" % (broken.group(1), out)
        return "broken", None
    if marker and not pack and marker != WARNINGS_ALLOWED:
        return "linted", "unknown marker for a rule block: %r" % marker
    if rc != 0:
        return "linted", "lint exited %d:\n%s" % (rc, out)
    return "linted", None


def check_excerpt(block, pack, agatectl):
    """None when the block is quoted from a file of pack and pack lints."""
    want = [ln.strip() for ln in block.lines if ln.strip()]
    found = False
    for dirpath, _, files in os.walk(pack):
        for fn in sorted(files):
            if not fn.endswith(".rules"):
                continue
            have = [ln.strip() for ln in open(os.path.join(dirpath, fn), encoding="utf-8")
                    if ln.strip()]
            if any(have[i:i + len(want)] == want for i in range(len(have))):
                found = True
    if not found:
        return "not found in any file of %s" % pack
    rc, out = lint(agatectl, [pack], pack)
    if rc != 0:
        return "%s does not pass lint --strict:\n%s" % (pack, out)
    return None


def main():
    if len(sys.argv) != 3 or not sys.argv[2]:
        print("SKIP: agatectl not built")
        sys.exit(77)
    root, agatectl = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tmp = tempfile.mkdtemp(prefix="agate-docs-rules-")
    fails, counts, n = 0, {}, 0
    try:
        for doc in DOCS:
            for block in docs_examples.blocks(root, doc):
                if not docs_examples.is_rule_text(block):
                    continue
                n += 1
                outcome, failure = check_block(block, n, tmp, root, agatectl)
                key = (doc, outcome)
                counts[key] = counts.get(key, 0) + 1
                if failure:
                    fails += 1
                    print("FAIL %s: %s" % (block.where(), failure))
                elif outcome == "fragment":
                    print("not compiled (%s): %s" % (block.marker, block.where()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for doc in DOCS:
        print("%s: %s" % (doc, ", ".join("%d %s" % (counts.get((doc, o), 0), o)
                                         for o in ("linted", "excerpt", "broken", "fragment"))))
    if n == 0:
        print("FAIL: no rule examples found")
        sys.exit(1)
    print("%d rule blocks, %d failed" % (n, fails))
    sys.exit(1 if fails else 0)


main()
