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
#include <stdio.h>
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

/* ---- declared tools: a hash table, so 10,000 tools cost one probe ---- */

static uint64_t tool_key(const char *t, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)ascii_lower(t[i]);
		h *= 0x100000001b3ull;
	}
	return h ? h : 1;
}

static int tools_index(agate_identity *id)
{
	size_t cap = 16;
	while (cap < 2 * id->ntools + 2)
		cap <<= 1;
	id->tool_hash = calloc(cap, sizeof(*id->tool_hash));
	id->tool_slot = calloc(cap, sizeof(*id->tool_slot));
	if (!id->tool_hash || !id->tool_slot)
		return -ENOMEM;
	id->tool_cap = cap;
	for (size_t i = 0; i < id->ntools; i++) {
		size_t n = strlen(id->tools[i]);
		if (identity_find_tool(id, id->tools[i], n, NULL) >= 0)
			continue; /* declared twice */
		uint64_t h = tool_key(id->tools[i], n);
		size_t j = (size_t)(h ^ (h >> 29)) & (cap - 1);
		while (id->tool_slot[j])
			j = (j + 1) & (cap - 1);
		id->tool_hash[j] = h;
		id->tool_slot[j] = (uint32_t)(i + 1);
	}
	return 0;
}

long identity_find_tool(const agate_identity *id, const char *tool, size_t len,
			size_t *probes)
{
	size_t np = 0;
	long found = -1;
	if (id && tool && id->tool_cap) {
		uint64_t h = tool_key(tool, len);
		size_t mask = id->tool_cap - 1;
		for (size_t j = (size_t)(h ^ (h >> 29)) & mask; id->tool_slot[j]; j = (j + 1) & mask) {
			np++;
			if (id->tool_hash[j] != h)
				continue;
			const char *t = id->tools[id->tool_slot[j] - 1];
			size_t k = 0;
			while (k < len && t[k] && ascii_lower(t[k]) == ascii_lower(tool[k]))
				k++;
			if (k == len && !t[k]) {
				found = (long)id->tool_slot[j] - 1;
				break;
			}
		}
	}
	if (probes)
		*probes = np;
	return found;
}

/* ---- roles: the names of the roles lexicon found in a text --------- */

#define MAX_NAME_WORDS (MAX_ID_ROLES * AGATE_LEX_MAX_PHRASE)

struct role_scan {
	const agate_frame *f;
	agate_identity *id;
	uint64_t prev[AGATE_LEX_MAX_PHRASE - 1]; /* the last words */
	size_t nprev;
	/* the words of the names found: they say which role, not what the
	 * identity itself describes (own_words leaves them out of its field) */
	uint64_t *name_words;
	size_t *nname_words;
};

static void role_found(struct role_scan *sc, int r, size_t span, uint64_t last)
{
	agate_identity *id = sc->id;
	if (r < 0)
		return;
	for (size_t k = 0; k < span; k++) {
		uint64_t h = k + 1 == span ? last : sc->prev[sc->nprev - (span - 1) + k];
		if (*sc->nname_words < MAX_NAME_WORDS)
			sc->name_words[(*sc->nname_words)++] = h;
	}
	for (size_t i = 0; i < id->nroles; i++)
		if (id->roles[i] == (uint16_t)r)
			return;
	if (id->nroles < MAX_ID_ROLES)
		id->roles[id->nroles++] = (uint16_t)r;
}

static bool role_word(void *ctx, const char *word, size_t wlen, uint64_t hash,
		      size_t off, size_t len)
{
	struct role_scan *sc = ctx;
	(void)word; (void)wlen; (void)off; (void)len;
	/* names of one to four words ending at this one; stop words
	 * count, as in the names ("data analyst", "head of sales") */
	role_found(sc, agate_lex_role_lookup(sc->f, hash), 1, hash);
	for (size_t span = 2; span <= sc->nprev + 1; span++) {
		size_t first = sc->nprev - (span - 1);
		if (!agate_lex_may_start_role(sc->f, sc->prev[first]))
			continue;
		uint64_t h = sc->prev[first];
		for (size_t k = first + 1; k < sc->nprev; k++)
			h = agate_lex_hash_pair(h, sc->prev[k]);
		role_found(sc, agate_lex_role_lookup(sc->f, agate_lex_hash_pair(h, hash)), span,
			   hash);
	}
	if (sc->nprev == AGATE_LEX_MAX_PHRASE - 1) {
		memmove(sc->prev, sc->prev + 1, (sc->nprev - 1) * sizeof(sc->prev[0]));
		sc->nprev--;
	}
	sc->prev[sc->nprev++] = hash;
	return sc->id->nroles < MAX_ID_ROLES;
}

/* The roles named by the identity's role, agent name and purpose (each
 * text read separately: a name does not run from one into the next). */
static void find_roles(const agate_frame *f, agate_identity *id, uint64_t *name_words,
		       size_t *nname_words)
{
	const char *texts[] = { id->role, id->agent, id->purpose };
	*nname_words = 0;
	if (!f->nroles)
		return;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct role_scan sc = { .f = f, .id = id, .name_words = name_words,
					.nname_words = nname_words };
		agate_lex_words(texts[i], strlen(texts[i]), 8192, role_word, &sc);
	}
}

/* ---- the imprint ---------------------------------------------------- */

/* The bag of the identity's own words (role, purpose, declared tools,
 * scope); generic words stay out. Then how strongly those words alone,
 * the names of its roles aside, sit on some axis: its field ("engineer"
 * in "data_engineer" names the role, not a field of its own). */
static void own_words(const agate_frame *f, agate_identity *id, const agate_identity_spec *spec,
		      agate_bag *bag, ents *sc, const uint64_t *name_words, size_t nname_words)
{
	/* role tokens like financial_assistant split on '_' by the word
	 * splitter; tool names split on humps, '_' and digits */
	agate_bag_add_text(bag, f, id->role, strlen(id->role), 256, 1.0, AGATE_BAG_CONTENT);
	agate_bag_add_text(bag, f, id->purpose, strlen(id->purpose), 8192, 1.0,
			   AGATE_BAG_CONTENT);
	for (size_t i = 0; i < id->ntools; i++)
		agate_bag_add_text(bag, f, id->tools[i], strlen(id->tools[i]), 256, 1.0,
				   AGATE_BAG_TOOL);
	if (spec->scope) {
		struct walk w = { .bag = bag, .f = f, .ents = sc, .wkey = 0.5,
				  .wleaf = 1.0, .flags = AGATE_BAG_CONTENT };
		walk_value(&w, spec->scope, 0);
	}
	double sum[AGATE_LEX_MAX_AXES] = { 0 };
	for (size_t i = 0; i < bag->n; i++) {
		const agate_bag_entry *e = &bag->items[i];
		bool name = false;
		for (size_t k = 0; k < nname_words && !name; k++)
			name = e->hash == name_words[k];
		for (uint32_t k = 0; k < e->np && !name; k++)
			sum[e->po[k].axis] += e->weight * e->po[k].weight;
	}
	for (size_t a = 0; a < f->naxes; a++)
		if (!f->axes[a].use && activation(sum[a]) > id->field)
			id->field = activation(sum[a]);
}

/* What each role the identity names touches. A role fills in what the
 * identity leaves unsaid: for a bare role name ("crm_agent") its terms
 * count as if the purpose said them; when the identity's own words
 * already name a field, the purpose's author chose a scope, and the
 * role's terms count half and only towards the axes (they cover part of
 * a risk, and name no word as the identity's own). */
static void role_words(const agate_frame *f, const agate_identity *id, agate_bag *bag)
{
	double w = id->field >= FIELD_LEVEL ? W_ROLE_SAID : W_ROLE;
	for (size_t i = 0; i < id->nroles; i++) {
		const agate_lex_role *r = &f->roles[id->roles[i]];
		for (size_t k = 0; k < r->nterms; k++)
			agate_bag_add_text(bag, f, r->terms[k].text, strlen(r->terms[k].text), 256,
					   w * r->terms[k].weight, AGATE_BAG_ROLE);
	}
}

/* The axes and the hashed bag of words of a bag, with their norms; the
 * identity's vocabulary gets the bag's words. */
static int imprint(const agate_frame *f, agate_identity *id, const agate_bag *bag,
		   double *axes, double *axes_norm, double *bow_norm)
{
	double bow[AGATE_LEX_BOW];
	proj p;
	project(f, bag, 0, &p);
	double nn = 0;
	for (size_t a = 0; a < f->naxes; a++) {
		axes[a] = p.x[a];
		nn += p.x[a] * p.x[a];
	}
	*axes_norm = sqrt(nn);
	memset(bow, 0, AGATE_LEX_BOW * sizeof(*bow));
	for (size_t i = 0; i < bag->n; i++) {
		const agate_bag_entry *e = &bag->items[i];
		if (e->flags & AGATE_BAG_PHRASE)
			continue;
		bow[bow_bucket(e->hash)] += e->weight;
		if (!(e->flags & (AGATE_BAG_CONTENT | AGATE_BAG_TOOL)) && id->field >= FIELD_LEVEL)
			continue; /* a role's word, for an identity that said its own */
		unsigned bit = vocab_bit(e->hash);
		id->vocab[bit >> 6] |= 1ull << (bit & 63);
	}
	nn = 0;
	size_t used = 0;
	for (size_t i = 0; i < AGATE_LEX_BOW; i++) {
		nn += bow[i] * bow[i];
		used += bow[i] != 0;
	}
	*bow_norm = sqrt(nn);
	id->bow_vals = malloc((used ? used : 1) * sizeof(double));
	if (!id->bow_vals)
		return -ENOMEM;
	size_t k = 0;
	for (size_t w = 0; w < AGATE_LEX_BOW / 64; w++) {
		id->bow_rank[w] = (uint16_t)k;
		for (size_t b = 0; b < 64; b++) {
			double v = bow[w * 64 + b];
			if (v != 0) {
				id->bow_bits[w] |= 1ull << b;
				id->bow_vals[k++] = v;
			}
		}
	}
	return 0;
}

/* The labels of its roles, and for a generic identity the sentences of
 * the abstentions it causes: written once, so that every verdict (not
 * only an explained one) says why those components did not vote. */
static int describe(const agate_frame *f, agate_identity *id, agate_arena *ar)
{
	char buf[512];
	size_t k = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < id->nroles; i++) {
		int n = snprintf(buf + k, sizeof(buf) - k, "%s%s", i ? ", " : "",
				 f->roles[id->roles[i]].label);
		if (n < 0 || (size_t)n >= sizeof(buf) - k)
			break;
		k += (size_t)n;
	}
	if (!(id->role_labels = strdup(buf)))
		return -ENOMEM;
	if (!id->generic)
		return 0;
	static const char *const comp[3] = { "drift", "session drift", "resonance" };
	for (int i = 0; i < 3; i++) {
		char *w = agate_arena_printf(ar,
			"%s abstains: the identity '%s' names no known role, declares no "
			"tools and names no field: too little to judge the action against",
			comp[i], id->quote);
		if (!w || !(id->thin_why[i] = strdup(w)))
			return -ENOMEM;
	}
	return 0;
}

static int copy_spec(agate_identity *id, const agate_identity_spec *spec)
{
	id->uid = spec->uid;
	id->agent = dup_or_empty(spec->agent);
	id->role = dup_or_empty(spec->role);
	id->purpose = dup_or_empty(spec->purpose);
	if (!id->agent || !id->role || !id->purpose)
		return -ENOMEM;
	if (spec->ntools) {
		id->tools = calloc(spec->ntools, sizeof(*id->tools));
		if (!id->tools)
			return -ENOMEM;
		for (size_t i = 0; i < spec->ntools; i++) {
			id->tools[i] = dup_or_empty(spec->tools ? spec->tools[i] : NULL);
			if (!id->tools[i])
				return -ENOMEM;
			id->ntools++;
		}
	}
	return tools_index(id);
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
	id->frame = f;
	id->naxes = f->naxes;
	if ((rc = copy_spec(id, spec)))
		goto fail;
	rc = -ENOMEM;
	ar = agate_arena_new(1u << 20);
	agate_bag bag;
	if (!ar || agate_bag_init(&bag, 1024, ar))
		goto fail;
	bag.identity = true;
	ents sc = { .n = 0 };
	uint64_t name_words[MAX_NAME_WORDS];
	size_t nname_words;
	find_roles(f, id, name_words, &nname_words);
	own_words(f, id, spec, &bag, &sc, name_words, nname_words);
	for (size_t i = 0; i < sc.n; i++)
		id->scope_ents[i] = sc.e[i].hash;
	id->nscope_ents = sc.n;
	role_words(f, id, &bag);
	/* empty: it said nothing at all (generic words are still words) */
	id->empty = bag.words == 0 && id->ntools == 0 && sc.n == 0 && id->nroles == 0;
	id->generic = !id->empty && id->ntools == 0 && id->nroles == 0 &&
		      id->field < FIELD_LEVEL;
	if (imprint(f, id, &bag, id->axes, &id->axes_norm, &id->bow_norm))
		goto fail;

	const char *q = id->purpose[0] ? id->purpose : id->role[0] ? id->role : id->agent;
	char *qa = short_quote(ar, q, strlen(q), 60);
	if (!qa || !(id->quote = strdup(qa)) || describe(f, id, ar))
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
	free(id->tool_hash);
	free(id->tool_slot);
	free(id->quote);
	free(id->bow_vals);
	free(id->role_labels);
	for (int i = 0; i < 3; i++)
		free(id->thin_why[i]);
	free(id);
}

size_t agate_identity_bytes(const agate_identity *id)
{
	size_t b;

	if (!id)
		return 0;
	b = sizeof(*id) + strlen(id->agent) + strlen(id->role) + strlen(id->purpose) + 3;
	b += id->ntools * sizeof(*id->tools);
	for (size_t i = 0; i < id->ntools; i++)
		b += strlen(id->tools[i]) + 1;
	b += id->tool_cap * (sizeof(*id->tool_hash) + sizeof(*id->tool_slot));
	if (id->quote)
		b += strlen(id->quote) + 1;
	for (size_t w = 0; w < AGATE_LEX_BOW / 64; w++)
		b += (size_t)__builtin_popcountll(id->bow_bits[w]) * sizeof(double);
	if (id->role_labels)
		b += strlen(id->role_labels) + 1;
	for (int i = 0; i < 3; i++)
		if (id->thin_why[i])
			b += strlen(id->thin_why[i]) + 1;
	return b;
}

const char *agate_identity_agent(const agate_identity *id) { return id ? id->agent : ""; }
const char *agate_identity_role(const agate_identity *id) { return id ? id->role : ""; }
const char *agate_identity_purpose(const agate_identity *id) { return id ? id->purpose : ""; }
int64_t agate_identity_uid(const agate_identity *id) { return id ? id->uid : -1; }
size_t agate_identity_tool_count(const agate_identity *id) { return id ? id->ntools : 0; }
bool agate_identity_is_empty(const agate_identity *id) { return !id || id->empty; }
bool agate_identity_is_generic(const agate_identity *id) { return id && id->generic; }
const agate_frame *agate_identity_frame(const agate_identity *id) { return id ? id->frame : NULL; }

const char *agate_identity_roles(const agate_identity *id)
{
	return id && id->role_labels ? id->role_labels : "";
}

bool agate_identity_declares_tool(const agate_identity *id, const char *tool, size_t len)
{
	return identity_find_tool(id, tool, len, NULL) >= 0;
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

