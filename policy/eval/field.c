/* field.c - the value of a field (tool, args.x, agent.role, drift.*,
 * previous.*, and inside cmd{} the command's program, argv, operands ...)
 * for the action being decided. Lists built for a command (argv,
 * operands, redirects) are kept in its rl_shcmd_cache.
 */
#include <errno.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/eval/eval_int.h"

static bool looks_like_path(agate_str s)
{
	if (!s.len)
		return false;
	return memchr(s.ptr, '/', s.len) || s.ptr[0] == '.' || s.ptr[0] == '~' ||
	       s.ptr[0] == '*';
}

static int cmd_list(rl_ctx *c, int which, rl_val *o)
{
	const agate_shell_cmd *cmd = cur_cmd(c);
	rl_shcmd_cache *cc = c->scope->cc ? &c->scope->cc[c->scope->i] : NULL;
	agate_value *slot = NULL;
	bool *have = NULL;
	if (cc) {
		slot = which == F_ARGV ? &cc->argv :
		       which == F_OPERANDS ? &cc->operands : &cc->redirects;
		have = which == F_ARGV ? &cc->have_argv :
		       which == F_OPERANDS ? &cc->have_operands : &cc->have_redirects;
		if (*have) {
			memset(o, 0, sizeof(*o));
			o->kind = RV_TREE;
			o->t = slot;
			return 0;
		}
	}
	/* what is kept in the command's cache lives as long as the cache: in
	 * the arena of its scope, which may outlive c's */
	agate_arena *a = cc ? c->scope->arena : c->arena;
	size_t cap = which == F_REDIRECTS ? cmd->nredirects : cmd->argc;
	agate_value *items = cap ? agate_arena_alloc(a, cap * sizeof(*items)) : NULL;
	agate_value *arr = slot ? slot : agate_arena_alloc(a, sizeof(*arr));
	if ((cap && !items) || !arr)
		return -ENOMEM;
	uint32_t k = 0;
	for (size_t i = 0; i < cap; i++) {
		agate_str s;
		if (which == F_REDIRECTS) {
			s = cmd->redirects[i];
		} else {
			s = cmd->argv[i];
			if (which == F_OPERANDS) {
				if (!agate_shell_is_operand(cmd, i))
					continue;
				/* `cd /etc && rm -rf x` removes /etc/x */
				if (looks_like_path(s) || cmd->cwd) {
					char *np = agate_path_normalize(a, s.ptr, s.len, cmd->cwd);
					if (!np)
						return -ENOMEM;
					s.ptr = np;
					s.len = strlen(np);
				}
			}
		}
		items[k].type = AGATE_STR;
		items[k].as.str = s;
		k++;
	}
	arr->type = AGATE_ARRAY;
	arr->as.array.items = items;
	arr->as.array.len = k;
	if (have)
		*have = true;
	memset(o, 0, sizeof(*o));
	o->kind = RV_TREE;
	o->t = arr;
	return 0;
}

/* script: the program text a command is given inline, the word after
 * -c, -e or -r (also closing a group such as -lc), --eval or --command:
 * python -c CODE, perl -e CODE, php -r CODE, bash -c LINE; nil without. */
static int script_of(const agate_shell_cmd *cmd, rl_val *o)
{
	for (size_t k = 0; k + 1 < cmd->argc; k++) {
		agate_str t = cmd->argv[k];
		if (t.len == 2 && t.ptr[0] == '-' && t.ptr[1] == '-')
			return 0;
		if ((t.len >= 2 && t.ptr[0] == '-' && t.ptr[1] != '-' &&
		     t.ptr[t.len - 1] && strchr("cer", t.ptr[t.len - 1])) ||
		    (t.len == 6 && memcmp(t.ptr, "--eval", 6) == 0) ||
		    (t.len == 9 && memcmp(t.ptr, "--command", 9) == 0)) {
			set_str(o, cmd->argv[k + 1].ptr, cmd->argv[k + 1].len);
			return 0;
		}
	}
	return 0;
}

int get_field(rl_ctx *c, const rl_node *n, rl_val *o)
{
	const agate_action *a = c->act;
	const agate_drift_result *d = c->drift;
	memset(o, 0, sizeof(*o));
	switch (n->sub) {
	case F_TOOL: set_str(o, a->tool.ptr, a->tool.len); return 0;
	case F_TEXT:
		if (a->text.ptr)
			set_str(o, a->text.ptr, a->text.len);
		return 0;
	case F_AGENT:
		if (a->agent.len)
			set_str(o, a->agent.ptr, a->agent.len);
		else if (c->id)
			set_cstr(o, agate_identity_agent(c->id));
		else
			set_str(o, "", 0);
		return 0;
	case F_SESSION: set_str(o, a->session.ptr, a->session.len); return 0;
	case F_ARGS:
	case F_CONTEXT: {
		const agate_value *root = n->sub == F_ARGS ? a->args : a->context;
		if (!root)
			return 0;
		if (n->u.name.len)
			root = agate_value_path(root, n->u.name.s, n->u.name.len);
		from_value(root, o);
		return 0;
	}
	case F_ROLE: set_cstr(o, c->id ? agate_identity_role(c->id) : ""); return 0;
	case F_PURPOSE: set_cstr(o, c->id ? agate_identity_purpose(c->id) : ""); return 0;
	case F_TOOLS: o->kind = RV_IDTOOLS; return 0;
	case F_UID: set_num(o, a->peer_uid); return 0;
	case F_DRIFT_SCORE: set_num(o, d ? d->drift : 0); return 0;
	case F_DRIFT_SESSION: set_num(o, d ? d->session_drift : 0); return 0;
	case F_DRIFT_RESONANCE: set_num(o, d ? d->resonance : 0); return 0;
	case F_DRIFT_PROVENANCE: set_num(o, d ? d->provenance : 0); return 0;
	case F_DRIFT_AXES_MAX: set_num(o, d ? d->axes_max : 0); return 0;
	case F_DRIFT_VETO: set_bool(o, d && d->veto); return 0;
	case F_DRIFT_HARD: set_bool(o, d && d->hard_veto); return 0;
	case F_DRIFT_AXIS:
		if (d && d->top_axis)
			set_cstr(o, d->top_axis);
		return 0;
	case F_DRIFT_VOTES: {
		unsigned v = 0;
		for (unsigned i = 0; d && i < d->nvotes && i < AGATE_DRIFT_MAX_VOTES; i++)
			v += d->votes[i].block;
		set_num(o, v);
		return 0;
	}
	case F_PREV_TOOL:
	case F_PREV_VERDICT: {
		agate_str t;
		agate_verdict_kind v;
		if (c->hist && rl_hist_prev(c->hist, &t, &v)) {
			if (n->sub == F_PREV_TOOL)
				set_str(o, t.ptr, t.len);
			else
				set_cstr(o, agate_verdict_name(v));
		}
		return 0;
	}
	default:
		break;
	}
	const agate_shell_cmd *cmd = cur_cmd(c);
	if (!cmd) {
		if (n->sub == F_PIPED_TO || n->sub == F_PIPED_FROM || n->sub == F_SUDO)
			set_bool(o, false);
		return 0; /* a command field outside cmd{}: nil */
	}
	switch (n->sub) {
	case F_PROGRAM: set_str(o, cmd->program.ptr, cmd->program.len); return 0;
	case F_PATH: set_str(o, cmd->path.ptr, cmd->path.len); return 0;
	case F_CWD:
		if (cmd->cwd)
			set_cstr(o, cmd->cwd);
		return 0;
	case F_REDIRECT:
		if (cmd->redirect_out.ptr)
			set_str(o, cmd->redirect_out.ptr, cmd->redirect_out.len);
		return 0;
	case F_REDIRECT_IN:
		if (cmd->redirect_in.ptr)
			set_str(o, cmd->redirect_in.ptr, cmd->redirect_in.len);
		return 0;
	case F_PIPED_TO: set_bool(o, cmd->piped_to); return 0;
	case F_PIPED_FROM: set_bool(o, cmd->piped_from); return 0;
	case F_SUDO: set_bool(o, cmd->sudo); return 0;
	case F_NEXT_PROGRAM:
		if (cmd->next_program.ptr)
			set_str(o, cmd->next_program.ptr, cmd->next_program.len);
		return 0;
	case F_PREV_PROGRAM:
		if (cmd->prev_program.ptr)
			set_str(o, cmd->prev_program.ptr, cmd->prev_program.len);
		return 0;
	case F_ARGV:
	case F_OPERANDS:
	case F_REDIRECTS:
		return cmd_list(c, n->sub, o);
	case F_SCRIPT:
		return script_of(cmd, o);
	}
	return 0;
}
