/* gindex.c - every cmd{} gate of a rule set in one table (see rl_gindex
 * in model.h).
 *
 * A gate (plan.c, assign_gates) says which commands a cmd{} body can
 * hold for: named programs, pipeline neighbours, a redirection, a
 * program or path regex. Asked gate by gate, a script of forty commands
 * under a hundred gated bodies is four thousand tests, each hashing and
 * probing three small sets. Here the names of every gate's sets go into
 * one hash table, each name with the bits of the gates it opens as the
 * program, the next and the previous program; so a command's gates are
 * three probes and the redirection bits. The few gates that have
 * regexes still run their prefilter, once per command they are asked
 * about. The evaluator keeps the bits per command, and their union per
 * parsed line (eval/expr.c, cmd_gates, scope_admits).
 */
#include <errno.h>
#include <string.h>

#include "policy/base/text.h"
#include "policy/lang/lang_int.h"

static size_t set_len(const rl_strset *st)
{
	return st ? st->arr->as.array.len : 0;
}

/* the slot of name in gx->names, inserted (with fresh bits) if new */
static rl_gname *name_slot(rl_gindex *gx, agate_str name, uint32_t *next_off)
{
	uint64_t h = rl_hash(name.ptr, name.len);
	uint32_t j = (uint32_t)h & (gx->cap - 1);
	for (; gx->names[j].name.ptr; j = (j + 1) & (gx->cap - 1)) {
		const rl_gname *e = &gx->names[j];
		if (e->hash == h && e->name.len == name.len &&
		    (name.len == 0 || !memcmp(e->name.ptr, name.ptr, name.len)))
			return &gx->names[j];
	}
	rl_gname *e = &gx->names[j];
	e->hash = h;
	e->name = name;
	e->off = *next_off;
	*next_off += 3 * gx->nwords;
	return e;
}

static void add_set(rl_gindex *gx, const rl_strset *st, unsigned which, uint32_t id,
		    uint32_t *next_off)
{
	for (size_t k = 0; k < set_len(st); k++) {
		agate_str s = st->arr->as.array.items[k].as.str;
		if (!s.ptr)
			s.ptr = "";
		rl_gname *e = name_slot(gx, s, next_off);
		gx->bits[e->off + which * gx->nwords + (id >> 6)] |= 1ull << (id & 63);
	}
}

int gindex_build(cst *c)
{
	agate_ruleset *rs = c->rs;
	size_t n = c->gates.len;
	if (n == 0)
		return 0;
	rs->gates = rl_alloc(rs->pool, n * sizeof(*rs->gates));
	rl_gindex *gx = rl_alloc(rs->pool, sizeof(*gx));
	if (!rs->gates || !gx)
		return -ENOMEM;
	memcpy(rs->gates, c->gates.items, n * sizeof(*rs->gates));
	rs->ngates = n;
	gx->ngates = (uint32_t)n;
	gx->nwords = (uint32_t)((n + 63) / 64);

	size_t names = 0, nfre = 0;
	for (size_t i = 0; i < n; i++) {
		const rl_gate *g = rs->gates[i];
		names += set_len(g->prog) + set_len(g->next) + set_len(g->prev);
		nfre += g->nfre > 0;
	}
	uint32_t cap = 16;
	while (cap < 2 * names)
		cap *= 2;
	gx->cap = cap;
	gx->names = rl_alloc(rs->pool, cap * sizeof(*gx->names));
	gx->bits = rl_alloc(rs->pool, (names * 3 + 2) * gx->nwords * sizeof(uint64_t));
	gx->fre = rl_alloc(rs->pool, (nfre ? nfre : 1) * sizeof(*gx->fre));
	if (!gx->names || !gx->bits || !gx->fre)
		return -ENOMEM;
	/* the two redirection sets first, then three per distinct name */
	gx->redir_out = gx->bits;
	gx->redir_in = gx->bits + gx->nwords;
	uint32_t next_off = 2 * gx->nwords;
	for (size_t i = 0; i < n; i++) {
		const rl_gate *g = rs->gates[i];
		uint32_t id = g->id;
		add_set(gx, g->prog, 0, id, &next_off);
		add_set(gx, g->next, 1, id, &next_off);
		add_set(gx, g->prev, 2, id, &next_off);
		if (g->redir_out)
			gx->redir_out[id >> 6] |= 1ull << (id & 63);
		if (g->redir_in)
			gx->redir_in[id >> 6] |= 1ull << (id & 63);
		if (g->nfre)
			gx->fre[gx->nfre++] = g;
	}
	rs->gidx = gx;
	return 0;
}
