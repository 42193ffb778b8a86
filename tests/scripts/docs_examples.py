"""docs_examples.py - find the code blocks of a Markdown page and their markers.

Shared by the docs checks (docs_rules_test.py, docs_cli_test.py). A block
is a fenced one (``` ... ```) or an indented one (lines indented by four
spaces after a blank line). Its marker is an HTML comment

    <!-- example: WHAT -->

on the line just before the block (a blank line between is allowed); the
checks read WHAT: "fragment", "broken, lint says ...", "not run: REASON",
"run by tests/scripts/...", "checked by tests/scripts/...".
"""
import re

MARKER = re.compile(r"^\s*<!--\s*example:\s*(.*?)\s*-->\s*$")


class Block:
    def __init__(self, doc, lineno, lines, fenced, marker):
        self.doc = doc          # the page, as given
        self.lineno = lineno    # line number of the block's first line
        self.lines = lines      # the block's text, indentation removed
        self.fenced = fenced
        self.marker = marker    # the WHAT of its marker, or None

    def where(self):
        return "%s:%d" % (self.doc, self.lineno)


def _marker_before(lines, i):
    """The marker on line i-1 (or i-2 across one blank line), or None."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        m = MARKER.match(lines[k])
        if m:
            return m.group(1)
        if lines[k].strip():
            return None
    return None


def blocks(root, doc):
    """Every code block of root/doc, in page order."""
    lines = open("%s/%s" % (root, doc), encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            out.append(Block(doc, i + 2, lines[i + 1:j], True, _marker_before(lines, i)))
            i = j + 1
            continue
        prev_blank = i == 0 or not lines[i - 1].strip() or MARKER.match(lines[i - 1])
        if ln.startswith("    ") and ln.strip() and prev_blank:
            j = i
            body = []
            while j < len(lines):
                if lines[j].startswith("    "):
                    body.append(lines[j][4:])
                elif not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].startswith("    "):
                    body.append("")
                else:
                    break
                j += 1
            out.append(Block(doc, i + 1, body, False, _marker_before(lines, i)))
            i = j
            continue
        i += 1
    return out


def is_transcript(block):
    """A shell transcript: some line is a "$ " command."""
    return any(ln.startswith("$ ") for ln in block.lines)


RULE_START = re.compile(r"^(rule\s+@|default\s+\w|agent\s+@|set\s+\w|include\s+\"|list\s+@|"
                        r"predicate\s+\w|override\s+(list|predicate)\b|trigger\b|check\b|"
                        r"enforce\b)")


def is_rule_text(block):
    """Rule-language text: its first line that is not blank or a comment
    starts a statement of the rule language (docs/rules.md)."""
    if block.fenced is False and is_transcript(block):
        return False
    for ln in block.lines:
        s = ln.strip()
        if not s or s.startswith("#"):
            continue
        return RULE_START.match(s) is not None
    return False
