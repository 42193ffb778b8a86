"""guard: gate a callable with one line. Shared by Client.guard (plain
callables) and AsyncClient.guard (coroutine functions, or any callable
turned into one)."""

import functools
import inspect

from ._proto import Blocked


def _inferred_args(sig, a, kw):
    """The callable's arguments as a map, named as in its signature:
    defaults filled in, *args as a list under its name, **kwargs merged
    in. A leading self or cls is left out."""
    bound = sig.bind(*a, **kw)  # wrong arguments raise TypeError: fn never runs
    bound.apply_defaults()
    params = list(sig.parameters.values())
    out = {}
    for i, (name, value) in enumerate(bound.arguments.items()):
        kind = sig.parameters[name].kind
        if i == 0 and name in ("self", "cls") and params[0].name == name:
            continue
        if kind is inspect.Parameter.VAR_KEYWORD:
            out.update(value)
        elif kind is inspect.Parameter.VAR_POSITIONAL:
            out[name] = list(value)
        else:
            out[name] = value
    return out


class _Spec:
    """What one guard asks: the tool, how to build args, text and context
    from the call, and the agent and session (None: the client's)."""

    def __init__(self, fn, tool, args, text, context, agent, session, explain):
        if not isinstance(tool, str) or not tool:
            raise TypeError("guard needs a tool name")
        self.tool = tool
        self.args = args
        self.text = text
        self.context = context
        self.agent = agent
        self.session = session
        self.explain = explain
        self.sig = inspect.signature(fn) if args is None else None

    def request(self, a, kw):
        def pick(spec):
            return spec(*a, **kw) if callable(spec) else spec
        args = _inferred_args(self.sig, a, kw) if self.args is None else pick(self.args)
        return dict(tool=self.tool, args=args, agent=self.agent,
                    session=self.session, text=pick(self.text),
                    context=pick(self.context), explain=self.explain)


def _options(kw):
    allowed = ("args", "text", "context", "agent", "session", "explain")
    for k in kw:
        if k not in allowed:
            raise TypeError("guard() got an unexpected keyword argument %r" % k)
    return {k: kw.get(k) for k in allowed}


def make_sync_guard(client, tool, fn, kw):
    opts = _options(kw)

    def decorate(fn):
        if inspect.iscoroutinefunction(fn):
            raise TypeError("%s is a coroutine function: guard it with "
                            "agated.AsyncClient" % getattr(fn, "__name__", fn))
        spec = _Spec(fn, tool, **opts)

        @functools.wraps(fn)
        def guarded(*a, **kw2):
            v = client.check(**spec.request(a, kw2))
            if not v["allowed"]:
                raise Blocked(v)
            return fn(*a, **kw2)
        guarded.agated_tool = tool
        return guarded
    return decorate(fn) if fn is not None else decorate


def make_async_guard(client, tool, fn, kw):
    opts = _options(kw)

    def decorate(fn):
        spec = _Spec(fn, tool, **opts)

        @functools.wraps(fn)
        async def guarded(*a, **kw2):
            v = await client.check(**spec.request(a, kw2))
            if not v["allowed"]:
                raise Blocked(v)
            out = fn(*a, **kw2)
            if inspect.isawaitable(out):
                out = await out
            return out
        guarded.agated_tool = tool
        return guarded
    return decorate(fn) if fn is not None else decorate
