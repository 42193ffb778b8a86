/* stats.c - see stats.h. */
#include "stats.h"

#include <stdlib.h>
#include <string.h>

#include "schema/protocol.h"

/* Distinct rule names counted; past this, hits go to "(other)" so a
 * stream of reloads with new names cannot grow the table without end. */
#define RULE_SLOTS 8192u
#define RULE_MAX (RULE_SLOTS / 2)

static const char *const error_codes[] = {
	AGATE_ERR_BAD_REQUEST, AGATE_ERR_TOO_LARGE, AGATE_ERR_FORBIDDEN,
	AGATE_ERR_OVERLOADED, AGATE_ERR_INTERNAL, AGATE_ERR_UNSUPPORTED_VERSION,
	AGATE_ERR_UNKNOWN_OP, AGATE_ERR_NOT_FOUND, AGATE_ERR_AUDIT,
	AGATE_ERR_RELOAD,
};
#define NCODES (sizeof(error_codes) / sizeof(error_codes[0]))

struct rule_slot {
	char *name;
	uint64_t hits;             /* deciding rule */
	agated_shadow_counts shadow;
};

struct agated_stats {
	uint64_t checks;
	uint64_t verdicts[3];
	uint64_t errors[NCODES + 1]; /* last: codes not in the list */
	uint64_t other_hits;
	size_t nrules;
	struct rule_slot *rules; /* RULE_SLOTS, open addressing */
	agated_hist eval, total, review_wait;
};

unsigned agated_hist_bucket(uint64_t v)
{
	unsigned e;

	if (v < 16)
		return (unsigned)v;
	e = 63u - (unsigned)__builtin_clzll(v);
	return 16u + (e - 4u) * 4u + (unsigned)((v >> (e - 2u)) & 3u);
}

uint64_t agated_hist_bucket_max(unsigned i)
{
	unsigned e, sub;
	uint64_t lo;

	if (i < 16)
		return i;
	if (i >= AGATED_HIST_BUCKETS)
		return UINT64_MAX;
	e = (i - 16u) / 4u + 4u;
	sub = (i - 16u) % 4u;
	lo = (uint64_t)(4u + sub) << (e - 2u);
	return lo + (((uint64_t)1 << (e - 2u)) - 1u);
}

void agated_hist_add(agated_hist *h, uint64_t v)
{
	h->buckets[agated_hist_bucket(v)]++;
	h->count++;
	/* saturate: a mean must not wrap into a small, plausible number */
	h->sum = h->sum > UINT64_MAX - v ? UINT64_MAX : h->sum + v;
	if (v > h->max)
		h->max = v;
}

uint64_t agated_hist_percentile(const agated_hist *h, double p)
{
	uint64_t want, seen = 0;

	if (!h->count)
		return 0;
	if (p < 0)
		p = 0;
	if (p > 1)
		p = 1;
	want = (uint64_t)(p * (double)h->count + 0.999999);
	if (want == 0)
		want = 1;
	for (unsigned i = 0; i < AGATED_HIST_BUCKETS; i++) {
		seen += h->buckets[i];
		if (seen >= want) {
			uint64_t m = agated_hist_bucket_max(i);
			return m < h->max ? m : h->max;
		}
	}
	return h->max;
}

agated_stats *agated_stats_new(void)
{
	agated_stats *st = calloc(1, sizeof(*st));

	if (!st)
		return NULL;
	st->rules = calloc(RULE_SLOTS, sizeof(*st->rules));
	if (!st->rules) {
		free(st);
		return NULL;
	}
	return st;
}

void agated_stats_free(agated_stats *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < RULE_SLOTS; i++)
		free(st->rules[i].name);
	free(st->rules);
	free(st);
}

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static struct rule_slot *rule_slot(const agated_stats *st, const char *name,
				   bool *found)
{
	uint32_t i = hash_str(name) & (RULE_SLOTS - 1);

	for (;;) {
		struct rule_slot *s = &st->rules[i];
		if (!s->name) {
			*found = false;
			return s;
		}
		if (!strcmp(s->name, name)) {
			*found = true;
			return s;
		}
		i = (i + 1) & (RULE_SLOTS - 1);
	}
}

/* the slot of rule, made when new; NULL when the table is full */
static struct rule_slot *slot_for(agated_stats *st, const char *name)
{
	bool found;
	struct rule_slot *s = rule_slot(st, name, &found);

	if (!found) {
		if (st->nrules >= RULE_MAX || !(s->name = strdup(name)))
			return NULL;
		st->nrules++;
	}
	return s;
}

void agated_stats_verdict(agated_stats *st, agate_verdict_kind v, const char *rule)
{
	st->checks++;
	if ((unsigned)v < 3)
		st->verdicts[v]++;
	if (rule) {
		struct rule_slot *s = slot_for(st, rule);
		if (!s) {
			st->other_hits++;
			return;
		}
		s->hits++;
	}
}

void agated_stats_shadow(agated_stats *st, const char *list, agate_verdict_kind enforced)
{
	for (const char *p = list; p && *p;) {
		const char *end = strchr(p, ','), *colon;
		size_t n = end ? (size_t)(end - p) : strlen(p);
		struct rule_slot *s;
		char name[512];

		colon = memrchr(p, ':', n);
		if (colon && (size_t)(colon - p) < sizeof name) {
			memcpy(name, p, (size_t)(colon - p));
			name[colon - p] = '\0';
		}
		if (colon && (size_t)(colon - p) < sizeof name && (s = slot_for(st, name))) {
			bool block = (size_t)(p + n - colon - 1) == 5 && !strncmp(colon + 1, "block", 5);
			s->shadow.matched++;
			s->shadow.would_block += block;
			s->shadow.flips += block && enforced == AGATE_VERDICT_ALLOW;
		}
		p += n + (end ? 1 : 0);
	}
}

bool agated_stats_shadow_next(const agated_stats *st, size_t *cursor,
			      const char **rule, agated_shadow_counts *n)
{
	while (*cursor < RULE_SLOTS) {
		size_t k = (*cursor)++;
		if (st->rules[k].name && st->rules[k].shadow.matched) {
			*rule = st->rules[k].name;
			*n = st->rules[k].shadow;
			return true;
		}
	}
	return false;
}

void agated_stats_error(agated_stats *st, const char *code)
{
	for (size_t i = 0; code && i < NCODES; i++) {
		if (!strcmp(code, error_codes[i])) {
			st->errors[i]++;
			return;
		}
	}
	st->errors[NCODES]++;
}

void agated_stats_eval_ns(agated_stats *st, uint64_t ns)
{
	agated_hist_add(&st->eval, ns);
}

void agated_stats_total_ns(agated_stats *st, uint64_t ns)
{
	agated_hist_add(&st->total, ns);
}

void agated_stats_review_wait_ns(agated_stats *st, uint64_t ns)
{
	agated_hist_add(&st->review_wait, ns);
}

uint64_t agated_stats_checks(const agated_stats *st)
{
	return st->checks;
}

uint64_t agated_stats_verdicts(const agated_stats *st, agate_verdict_kind v)
{
	return (unsigned)v < 3 ? st->verdicts[v] : 0;
}

uint64_t agated_stats_errors(const agated_stats *st, const char *code)
{
	for (size_t i = 0; code && i < NCODES; i++)
		if (!strcmp(code, error_codes[i]))
			return st->errors[i];
	return st->errors[NCODES];
}

bool agated_stats_error_at(const agated_stats *st, size_t i, const char **code,
			   uint64_t *n)
{
	if (i > NCODES)
		return false;
	*code = i < NCODES ? error_codes[i] : "other";
	*n = st->errors[i];
	return true;
}

uint64_t agated_stats_rule_hits(const agated_stats *st, const char *rule)
{
	bool found;
	struct rule_slot *s;

	if (!rule)
		return 0;
	s = rule_slot(st, rule, &found);
	return found ? s->hits : 0;
}

bool agated_stats_rule_next(const agated_stats *st, size_t *cursor,
			    const char **rule, uint64_t *n)
{
	while (*cursor < RULE_SLOTS) {
		size_t k = (*cursor)++;
		if (st->rules[k].name && st->rules[k].hits) {
			*rule = st->rules[k].name;
			*n = st->rules[k].hits;
			return true;
		}
	}
	if (*cursor == RULE_SLOTS && st->other_hits) {
		(*cursor)++;
		*rule = "(other)";
		*n = st->other_hits;
		return true;
	}
	return false;
}

const agated_hist *agated_stats_eval_hist(const agated_stats *st)
{
	return &st->eval;
}

const agated_hist *agated_stats_total_hist(const agated_stats *st)
{
	return &st->total;
}

const agated_hist *agated_stats_review_wait_hist(const agated_stats *st)
{
	return &st->review_wait;
}
