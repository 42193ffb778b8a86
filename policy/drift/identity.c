/* identity.c - the imprint an agent's declared role, purpose, tools and
 * scope leave on the frame (agate_identity_*), built once per agent and
 * read by every assessment, and the test whether it accounts for a term.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "policy/drift/drift_int.h"

static unsigned vocab_bit(uint64_t h)
{
	return (unsigned)(h >> 40) & 4095u;
}

static char *dup_or_empty(const char *s)
{
	return strdup(s ? s : "");
}

int agate_identity_new(const agate_frame *f, const agate_identity_spec *spec,
		       agate_identity **out)
{
	if (!f || !out)
		return -EINVAL;
	agate_identity_spec none = { .uid = -1 };
	if (!spec)
		spec = &none;
	int rc = -ENOMEM;
	agate_arena *ar = NULL;
	agate_identity *id = calloc(1, sizeof(*id));
	if (!id)
		goto fail;
	id->uid = spec->uid;
	id->frame = f;
	id->naxes = f->naxes;
	id->agent = dup_or_empty(spec->agent);
	id->role = dup_or_empty(spec->role);
	id->purpose = dup_or_empty(spec->purpose);
	if (!id->agent || !id->role || !id->purpose)
		goto fail;
	if (spec->ntools) {
		id->tools = calloc(spec->ntools, sizeof(*id->tools));
		if (!id->tools)
			goto fail;
		for (size_t i = 0; i < spec->ntools; i++) {
			id->tools[i] = dup_or_empty(spec->tools ? spec->tools[i] : NULL);
			if (!id->tools[i])
				goto fail;
			id->ntools++;
		}
	}
	ar = agate_arena_new(1u << 20);
	if (!ar)
		goto fail;
	agate_bag bag;
	if (agate_bag_init(&bag, 1024, ar))
		goto fail;
	/* role tokens like financial_assistant split on '_' by the word
	 * splitter; tool names split on humps, '_' and digits */
	agate_bag_add_text(&bag, f, id->role, strlen(id->role), 256, 1.0, AGATE_BAG_CONTENT);
	agate_bag_add_text(&bag, f, id->purpose, strlen(id->purpose), 8192, 1.0,
			   AGATE_BAG_CONTENT);
	for (size_t i = 0; i < id->ntools; i++)
		agate_bag_add_text(&bag, f, id->tools[i], strlen(id->tools[i]), 256, 1.0,
				   AGATE_BAG_TOOL);
	ents sc = { .n = 0 };
	if (spec->scope) {
		struct walk w = { .bag = &bag, .f = f, .ents = &sc, .wkey = 0.5,
				  .wleaf = 1.0, .flags = AGATE_BAG_CONTENT };
		walk_value(&w, spec->scope, 0);
	}
	for (size_t i = 0; i < sc.n; i++)
		id->scope_ents[i] = sc.e[i].hash;
	id->nscope_ents = sc.n;
	id->empty = bag.n == 0 && id->ntools == 0 && sc.n == 0;

	proj p;
	project(f, &bag, 0, &p);
	double nn = 0;
	for (size_t a = 0; a < f->naxes; a++) {
		id->axes[a] = p.x[a];
		nn += p.x[a] * p.x[a];
	}
	id->axes_norm = sqrt(nn);
	for (size_t i = 0; i < bag.n; i++) {
		const agate_bag_entry *e = &bag.items[i];
		if (e->flags & AGATE_BAG_PHRASE)
			continue;
		id->bow[bow_bucket(e->hash)] += e->weight;
		unsigned bit = vocab_bit(e->hash);
		id->vocab[bit >> 6] |= 1ull << (bit & 63);
	}
	nn = 0;
	for (size_t i = 0; i < AGATE_LEX_BOW; i++)
		nn += id->bow[i] * id->bow[i];
	id->bow_norm = sqrt(nn);

	const char *q = id->purpose[0] ? id->purpose : id->role[0] ? id->role : id->agent;
	char *qa = short_quote(ar, q, strlen(q), 60);
	if (!qa || !(id->quote = strdup(qa)))
		goto fail;
	agate_arena_free(ar);
	*out = id;
	return 0;
fail:
	agate_arena_free(ar);
	agate_identity_free(id);
	return rc;
}

void agate_identity_free(agate_identity *id)
{
	if (!id)
		return;
	free(id->agent);
	free(id->role);
	free(id->purpose);
	for (size_t i = 0; i < id->ntools; i++)
		free(id->tools[i]);
	free(id->tools);
	free(id->quote);
	free(id);
}

const char *agate_identity_agent(const agate_identity *id) { return id ? id->agent : ""; }
const char *agate_identity_role(const agate_identity *id) { return id ? id->role : ""; }
const char *agate_identity_purpose(const agate_identity *id) { return id ? id->purpose : ""; }
int64_t agate_identity_uid(const agate_identity *id) { return id ? id->uid : -1; }
size_t agate_identity_tool_count(const agate_identity *id) { return id ? id->ntools : 0; }
bool agate_identity_is_empty(const agate_identity *id) { return !id || id->empty; }
const agate_frame *agate_identity_frame(const agate_identity *id) { return id ? id->frame : NULL; }

bool agate_identity_declares_tool(const agate_identity *id, const char *tool, size_t len)
{
	if (!id || !tool)
		return false;
	for (size_t i = 0; i < id->ntools; i++) {
		const char *t = id->tools[i];
		if (strlen(t) != len)
			continue;
		size_t k = 0;
		while (k < len && ascii_lower(t[k]) == ascii_lower(tool[k]))
			k++;
		if (k == len)
			return true;
	}
	return false;
}

bool accounted(const agate_frame *f, const agate_identity *id, const agate_bag_entry *e)
{
	unsigned bit = vocab_bit(e->hash);
	if ((id->vocab[bit >> 6] >> (bit & 63)) & 1u)
		return true;
	const agate_lex_posting *po = e->po;
	size_t np = e->np;
	/* an axis accounts for a word when the identity sits on it at least
	 * as strongly as the word alone would (a sysadmin's "administrator"
	 * covers "admin", not "privilege escalation") */
	for (size_t k = 0; k < np; k++) {
		double need = activation(po[k].weight);
		if (need < COVER_LEVEL)
			need = COVER_LEVEL;
		if (id->axes[po[k].axis] >= need)
			return true;
	}
	return false;
}

