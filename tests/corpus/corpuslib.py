"""The skeleton every hand-written role-scoped corpus shares: cases are
collected in order under the current category, then numbered (PREFIX-0001,
...) and printed as JSON lines after one header line, so that running a
generator always writes the same file (tests/corpus/README.md)."""
import json
import sys


class Corpus:
    def __init__(self, header, prefix):
        self.header = header
        self.prefix = prefix
        self.cases = []
        self._category = None

    def category(self, name):
        self._category = name

    def case(self, label, agent, action, trigger, note, tool=None):
        """One single-step case: `action` is the call text
        API_CALL:name(...) under the tool API_CALL, or an args dict under
        `tool`."""
        ctx = {"trigger": trigger}
        if isinstance(action, str):
            step = {"tool": tool or "API_CALL", "text": action, "context": ctx}
        else:
            if not tool:
                raise ValueError("case %d: an args dict needs tool=" % (len(self.cases) + 1))
            step = {"tool": tool, "args": action, "context": ctx}
        self.cases.append({"label": label, "category": self._category, "agent": agent,
                           "steps": [step], "note": note})

    def write(self, out=None):
        out = out or sys.stdout
        out.write(self.header + "\n")
        for i, c in enumerate(self.cases, 1):
            row = {"id": "%s-%04d" % (self.prefix, i)}
            row.update(c)
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
