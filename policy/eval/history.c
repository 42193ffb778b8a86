/* history.c - what one session did before, for count()/sum()/seen() and
 * previous.*.
 *
 * A history does not keep actions: it keeps, per past action, the time
 * and the answers of the rule set's history expressions (one bit per
 * count()/seen() expression, one number per sum() expression), computed
 * once by agate_history_record (record.c) and handed over with
 * rl_hist_append / rl_hist_commit. So an entry has a fixed size,
 * recording costs O(history expressions), and a count over a window costs
 * O(entries in the window), never O(rules). This file is the ring alone:
 * it evaluates nothing.
 *
 * Columns are keyed by a hash of each expression's canonical text. After
 * a reload the first record re-lays the ring out for the new rule set:
 * columns whose expression is unchanged keep their past, new expressions
 * start empty, removed ones are dropped. Until then, evaluation against
 * the new set finds columns by key, so nothing is misread.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "policy/eval/eval_int.h"

#define HIST_MAX_ENTRIES (1u << 20)
#define HIST_TOOL_MAX 128

struct agate_history {
	size_t max;     /* max_entries */
	size_t cap;     /* entries allocated (grows to max) */
	size_t len;
	size_t head;    /* oldest entry */
	size_t stride;  /* bytes per entry */
	uint64_t layout;
	uint32_t nbits, nvals, nwords;
	uint64_t *keys; /* nbits bit keys, then nvals value keys */
	unsigned char *ring;
	bool has_last;
	uint8_t last_verdict;
	uint8_t last_tool_len;
	char last_tool[HIST_TOOL_MAX];
	agate_arena *scratch; /* agate_history_record's, kept between calls */
};

agate_history *agate_history_new(size_t max_entries)
{
	agate_history *h = calloc(1, sizeof(*h));
	if (!h)
		return NULL;
	h->max = max_entries > HIST_MAX_ENTRIES ? HIST_MAX_ENTRIES : max_entries;
	h->stride = sizeof(int64_t);
	return h;
}

void agate_history_free(agate_history *h)
{
	if (!h)
		return;
	free(h->keys);
	free(h->ring);
	agate_arena_free(h->scratch);
	free(h);
}

agate_arena *rl_hist_scratch(agate_history *h)
{
	if (!h->scratch)
		h->scratch = agate_arena_new(RL_HIST_SCRATCH);
	return h->scratch;
}

void rl_hist_scratch_drop(agate_history *h)
{
	agate_arena_free(h->scratch);
	h->scratch = NULL;
}

size_t agate_history_len(const agate_history *h)
{
	return h ? h->len : 0;
}

size_t agate_history_bytes(const agate_history *h)
{
	if (!h)
		return 0;
	return sizeof(*h) + h->cap * h->stride +
	       (h->nbits + h->nvals) * sizeof(uint64_t) + agate_arena_held(h->scratch);
}

static unsigned char *entry(const agate_history *h, size_t i) /* 0 = oldest */
{
	return h->ring + ((h->head + i) % h->cap) * h->stride;
}

static int64_t entry_time(const unsigned char *e)
{
	int64_t t;
	memcpy(&t, e, sizeof(t));
	return t;
}

static uint64_t *entry_bits(const agate_history *h, unsigned char *e)
{
	(void)h;
	return (uint64_t *)(void *)(e + sizeof(int64_t));
}

static double *entry_vals(const agate_history *h, unsigned char *e)
{
	return (double *)(void *)(e + sizeof(int64_t) + h->nwords * sizeof(uint64_t));
}

/* Rebuild the ring for rs's columns, carrying over the ones whose key is
 * unchanged. On ENOMEM the history is left as it was. */
static int relayout(agate_history *h, const agate_ruleset *rs)
{
	uint32_t nbits = (uint32_t)rs->nhbits, nvals = (uint32_t)rs->nhvals;
	uint32_t nwords = (nbits + 63) / 64;
	size_t stride = sizeof(int64_t) + nwords * sizeof(uint64_t) + nvals * sizeof(double);
	uint64_t *keys = NULL;
	unsigned char *ring = NULL;
	int32_t *bmap = NULL, *vmap = NULL;
	int rc = -ENOMEM;

	if (nbits + nvals) {
		keys = malloc((nbits + nvals) * sizeof(*keys));
		bmap = malloc((nbits + 1) * sizeof(*bmap));
		vmap = malloc((nvals + 1) * sizeof(*vmap));
		if (!keys || !bmap || !vmap)
			goto out;
	}
	for (uint32_t k = 0; k < nbits; k++) {
		keys[k] = rs->hbits[k].key;
		bmap[k] = -1;
		for (uint32_t o = 0; o < h->nbits; o++)
			if (h->keys[o] == keys[k])
				bmap[k] = (int32_t)o;
	}
	for (uint32_t k = 0; k < nvals; k++) {
		keys[nbits + k] = rs->hvals[k].key;
		vmap[k] = -1;
		for (uint32_t o = 0; o < h->nvals; o++)
			if (h->keys[h->nbits + o] == keys[nbits + k])
				vmap[k] = (int32_t)o;
	}
	if (h->cap) {
		ring = calloc(h->cap, stride);
		if (!ring)
			goto out;
	}
	for (size_t i = 0; i < h->len; i++) {
		unsigned char *oe = entry(h, i);
		unsigned char *ne = ring + i * stride;
		memcpy(ne, oe, sizeof(int64_t));
		uint64_t *ob = entry_bits(h, oe), *nb = (uint64_t *)(void *)(ne + sizeof(int64_t));
		double *ov = entry_vals(h, oe);
		double *nv = (double *)(void *)(ne + sizeof(int64_t) + nwords * sizeof(uint64_t));
		for (uint32_t k = 0; k < nbits; k++)
			if (bmap[k] >= 0 && (ob[bmap[k] / 64] >> (bmap[k] % 64) & 1))
				nb[k / 64] |= 1ULL << (k % 64);
		for (uint32_t k = 0; k < nvals; k++)
			if (vmap[k] >= 0)
				nv[k] = ov[vmap[k]];
	}
	free(h->ring);
	free(h->keys);
	h->ring = ring;
	h->keys = keys;
	h->head = 0;
	h->stride = stride;
	h->nbits = nbits;
	h->nvals = nvals;
	h->nwords = nwords;
	h->layout = rs->hlayout;
	ring = NULL;
	keys = NULL;
	rc = 0;
out:
	free(ring);
	free(keys);
	free(bmap);
	free(vmap);
	return rc;
}

/* room for one more entry: grow while below max, else drop the oldest */
static int make_room(agate_history *h)
{
	if (h->len < h->cap)
		return 0;
	if (h->cap < h->max) {
		size_t nc = h->cap ? h->cap * 2 : 16;
		if (nc > h->max)
			nc = h->max;
		unsigned char *nr = malloc(nc * h->stride);
		if (!nr)
			return -ENOMEM;
		for (size_t i = 0; i < h->len; i++)
			memcpy(nr + i * h->stride, entry(h, i), h->stride);
		free(h->ring);
		h->ring = nr;
		h->cap = nc;
		h->head = 0;
		return 0;
	}
	h->head = (h->head + 1) % h->cap;
	h->len--;
	return 0;
}

int rl_hist_append(agate_history *h, const agate_ruleset *rs, const agate_action *act,
		   agate_verdict_kind verdict, rl_hist_entry *out)
{
	memset(out, 0, sizeof(*out));
	if (!h || !act)
		return -EINVAL;
	if (rs && rs->hlayout != h->layout) {
		int rc = relayout(h, rs);
		if (rc < 0)
			return rc;
	}
	size_t tl = act->tool.len < HIST_TOOL_MAX ? act->tool.len : HIST_TOOL_MAX;
	if (tl)
		memcpy(h->last_tool, act->tool.ptr, tl);
	h->last_tool_len = (uint8_t)tl;
	h->last_verdict = (uint8_t)verdict;
	h->has_last = true;
	if (h->max == 0)
		return 0;
	bool usable = rs && rs->hlayout == h->layout;
	if (!usable || (h->nbits + h->nvals) == 0)
		return 0; /* no history expression: nothing to keep but previous.* */
	unsigned char *e = calloc(1, h->stride);
	if (!e)
		return -ENOMEM;
	memcpy(e, &act->now_ms, sizeof(int64_t));
	out->entry = e;
	out->bits = entry_bits(h, e);
	out->vals = entry_vals(h, e);
	out->nbits = h->nbits;
	out->nvals = h->nvals;
	return 1;
}

int rl_hist_commit(agate_history *h, rl_hist_entry *e)
{
	bool relevant = false;
	for (uint32_t k = 0; k < (e->nbits + 63) / 64 && !relevant; k++)
		relevant = e->bits[k] != 0;
	for (uint32_t k = 0; k < e->nvals && !relevant; k++)
		relevant = e->vals[k] != 0;
	int rc = 0;
	/* An entry that holds no bit and no value changes no count, sum or
	 * seen(): it is not kept, so a flood of harmless calls cannot push
	 * the calls that rules count out of the ring. */
	if (relevant) {
		rc = make_room(h);
		if (rc == 0) {
			memcpy(h->ring + ((h->head + h->len) % h->cap) * h->stride, e->entry,
			       h->stride);
			h->len++;
		}
	}
	rl_hist_discard(e);
	return rc;
}

void rl_hist_discard(rl_hist_entry *e)
{
	free(e->entry);
	memset(e, 0, sizeof(*e));
}

static int column(const agate_history *h, const agate_ruleset *rs, uint32_t slot, bool val)
{
	size_t n = val ? rs->nhvals : rs->nhbits;
	if (slot >= n)
		return -1;
	if (h->layout == rs->hlayout)
		return (int)slot;
	/* the set was reloaded and this session has not recorded since */
	uint64_t key = val ? rs->hvals[slot].key : rs->hbits[slot].key;
	uint32_t base = val ? h->nbits : 0, cnt = val ? h->nvals : h->nbits;
	for (uint32_t o = 0; o < cnt; o++)
		if (h->keys[base + o] == key)
			return (int)o;
	return -1;
}

/* Entries are scanned newest first and the scan stops at the first one
 * older than the window: times are expected not to go backwards. */
size_t rl_hist_count(const agate_history *h, const agate_ruleset *rs, uint32_t slot,
		     int64_t since_ms)
{
	int col = h ? column(h, rs, slot, false) : -1;
	if (col < 0)
		return 0;
	size_t n = 0;
	for (size_t i = h->len; i-- > 0;) {
		unsigned char *e = entry(h, i);
		if (entry_time(e) < since_ms)
			break;
		n += entry_bits(h, e)[col / 64] >> (col % 64) & 1;
	}
	return n;
}

double rl_hist_sum(const agate_history *h, const agate_ruleset *rs, uint32_t slot,
		   int64_t since_ms)
{
	int col = h ? column(h, rs, slot, true) : -1;
	if (col < 0)
		return 0;
	double s = 0;
	for (size_t i = h->len; i-- > 0;) {
		unsigned char *e = entry(h, i);
		if (entry_time(e) < since_ms)
			break;
		s += entry_vals(h, e)[col];
	}
	return s;
}

bool rl_hist_prev(const agate_history *h, agate_str *tool, agate_verdict_kind *v)
{
	if (!h || !h->has_last)
		return false;
	tool->ptr = h->last_tool;
	tool->len = h->last_tool_len;
	*v = (agate_verdict_kind)h->last_verdict;
	return true;
}
