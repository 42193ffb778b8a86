/* review.c - see review.h. Holds are few (bounded by max), so a list in
 * arrival order serves lookups and the timeout scan alike; grants are as
 * few, and a singly linked list serves them. */
#include "review.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

struct review_end {
	uint64_t audit_id;      /* 0: empty slot */
	uint64_t decision_id;
	char how[96];
};

struct agated_reviews {
	agated_hold *head, *tail;
	size_t count, max;
	agated_grant *grants;
	size_t ngrants;
	struct review_end ended[AGATED_REVIEWS_ENDED]; /* a ring, oldest overwritten */
	size_t ended_next;
};

agated_reviews *agated_reviews_new(size_t max)
{
	agated_reviews *rv = calloc(1, sizeof(*rv));

	if (rv)
		rv->max = max ? max : 10000;
	return rv;
}

static void hold_free(agated_hold *h)
{
	free(h->agent);
	free(h->session);
	free(h->tool);
	free(h->rule);
	free(h->reason);
	free(h->args);
	free(h);
}

void agated_reviews_free(agated_reviews *rv)
{
	agated_hold *h, *n;

	if (!rv)
		return;
	for (h = rv->head; h; h = n) {
		n = h->next;
		hold_free(h);
	}
	for (agated_grant *g = rv->grants, *gn; g; g = gn) {
		gn = g->next;
		agated_grant_free(g);
	}
	free(rv);
}

static char *dup_or_empty(const char *s)
{
	return strdup(s ? s : "");
}

agated_hold *agated_reviews_add(agated_reviews *rv, uint64_t audit_id,
				uint64_t request_id, const char *agent,
				const char *session, const char *tool,
				const char *rule, const char *reason,
				int64_t since_ms, int64_t uid, int64_t pid,
				uint64_t generation, void *ud)
{
	agated_hold *h;

	if (rv->count >= rv->max)
		return NULL;
	h = calloc(1, sizeof(*h));
	if (!h)
		return NULL;
	h->agent = dup_or_empty(agent);
	h->session = dup_or_empty(session);
	h->tool = dup_or_empty(tool);
	h->rule = rule ? strdup(rule) : NULL;
	h->reason = dup_or_empty(reason);
	if (!h->agent || !h->session || !h->tool || (rule && !h->rule) || !h->reason) {
		hold_free(h);
		return NULL;
	}
	h->audit_id = audit_id;
	h->request_id = request_id;
	h->since_ms = since_ms;
	h->peer_uid = uid;
	h->peer_pid = pid;
	h->generation = generation;
	h->ud = ud;
	h->prev = rv->tail;
	if (rv->tail)
		rv->tail->next = h;
	else
		rv->head = h;
	rv->tail = h;
	rv->count++;
	return h;
}

agated_hold *agated_reviews_find(agated_reviews *rv, uint64_t audit_id)
{
	for (agated_hold *h = rv->head; h; h = h->next)
		if (h->audit_id == audit_id)
			return h;
	return NULL;
}

void agated_reviews_remove(agated_reviews *rv, agated_hold *h)
{
	if (h->prev)
		h->prev->next = h->next;
	else
		rv->head = h->next;
	if (h->next)
		h->next->prev = h->prev;
	else
		rv->tail = h->prev;
	rv->count--;
	hold_free(h);
}

int agated_hold_set_args(agated_hold *h, const char *json)
{
	size_t n = json ? strlen(json) : 0, keep = n;
	char *p;

	free(h->args);
	h->args = NULL;
	if (!json)
		return 0;
	if (n > AGATED_HOLD_ARGS_MAX) {
		keep = AGATED_HOLD_ARGS_MAX - 3;
		/* not inside a UTF-8 sequence: back up over continuation bytes */
		while (keep > 0 && ((unsigned char)json[keep] & 0xC0) == 0x80)
			keep--;
	}
	p = malloc(keep + 4);
	if (!p)
		return -ENOMEM;
	memcpy(p, json, keep);
	if (keep < n)
		memcpy(p + keep, "...", 3), keep += 3;
	p[keep] = '\0';
	h->args = p;
	return 0;
}

void agated_reviews_note_end(agated_reviews *rv, uint64_t audit_id, const char *how,
			     uint64_t decision_id)
{
	struct review_end *e = &rv->ended[rv->ended_next];

	rv->ended_next = (rv->ended_next + 1) % AGATED_REVIEWS_ENDED;
	e->audit_id = audit_id;
	e->decision_id = decision_id;
	snprintf(e->how, sizeof(e->how), "%s", how ? how : "ended");
}

const char *agated_reviews_ended(const agated_reviews *rv, uint64_t audit_id,
				 uint64_t *decision_id)
{
	/* newest first: an id is noted once, but look at the latest anyway */
	for (size_t k = 0; audit_id && k < AGATED_REVIEWS_ENDED; k++) {
		size_t i = (rv->ended_next + AGATED_REVIEWS_ENDED - 1 - k) % AGATED_REVIEWS_ENDED;

		if (rv->ended[i].audit_id == audit_id) {
			if (decision_id)
				*decision_id = rv->ended[i].decision_id;
			return rv->ended[i].how;
		}
	}
	return NULL;
}

agated_hold *agated_reviews_first(agated_reviews *rv)
{
	return rv->head;
}

size_t agated_reviews_count(const agated_reviews *rv)
{
	return rv->count;
}

/* ---- the digest of a call ------------------------------------------- */

static int feed(EVP_MD_CTX *md, const void *p, size_t n)
{
	return n && EVP_DigestUpdate(md, p, n) != 1 ? -ENOMEM : 0;
}

static int feed_tag_len(EVP_MD_CTX *md, char tag, uint64_t len)
{
	unsigned char b[9];

	b[0] = (unsigned char)tag;
	for (int i = 0; i < 8; i++)
		b[1 + i] = (unsigned char)(len >> (56 - 8 * i));
	return feed(md, b, sizeof(b));
}

static int feed_str(EVP_MD_CTX *md, agate_str s)
{
	int e = feed_tag_len(md, 's', s.len);

	return e ? e : feed(md, s.ptr, s.len);
}

static int cmp_member(const void *a, const void *b)
{
	const agate_member *x = *(const agate_member *const *)a;
	const agate_member *y = *(const agate_member *const *)b;
	size_t n = x->key.len < y->key.len ? x->key.len : y->key.len;
	int c = n ? memcmp(x->key.ptr, y->key.ptr, n) : 0;

	if (c)
		return c;
	return x->key.len < y->key.len ? -1 : x->key.len > y->key.len;
}

/* Recursion is bounded by the wire's nesting limit (max-depth). */
static int feed_value(EVP_MD_CTX *md, const agate_value *v)
{
	const agate_member **sorted;
	uint64_t bits;
	int e = 0;

	if (!v)
		return feed_tag_len(md, 'n', 0);
	switch (v->type) {
	case AGATE_NIL:
		return feed_tag_len(md, 'n', 0);
	case AGATE_BOOL:
		return feed_tag_len(md, v->as.boolean ? 't' : 'f', 0);
	case AGATE_INT:
		return feed_tag_len(md, 'i', (uint64_t)v->as.integer);
	case AGATE_FLOAT:
		memcpy(&bits, &v->as.real, sizeof(bits));
		return feed_tag_len(md, 'd', bits);
	case AGATE_STR:
		return feed_str(md, v->as.str);
	case AGATE_BIN:
		e = feed_tag_len(md, 'b', v->as.str.len);
		return e ? e : feed(md, v->as.str.ptr, v->as.str.len);
	case AGATE_ARRAY:
		e = feed_tag_len(md, 'a', v->as.array.len);
		for (uint32_t i = 0; !e && i < v->as.array.len; i++)
			e = feed_value(md, &v->as.array.items[i]);
		return e;
	case AGATE_MAP:
		e = feed_tag_len(md, 'm', v->as.map.len);
		if (e || !v->as.map.len)
			return e;
		sorted = malloc(v->as.map.len * sizeof(*sorted));
		if (!sorted)
			return -ENOMEM;
		for (uint32_t i = 0; i < v->as.map.len; i++)
			sorted[i] = &v->as.map.items[i];
		qsort(sorted, v->as.map.len, sizeof(*sorted), cmp_member);
		for (uint32_t i = 0; !e && i < v->as.map.len; i++) {
			e = feed_str(md, sorted[i]->key);
			if (!e)
				e = feed_value(md, &sorted[i]->value);
		}
		free(sorted);
		return e;
	}
	return feed_tag_len(md, '?', (uint64_t)v->type);
}

int agated_call_digest(agate_str agent, agate_str session, agate_str tool,
		       const agate_value *args, agate_str text,
		       unsigned char out[AGATED_DIGEST_LEN])
{
	static const agate_value empty = { .type = AGATE_MAP };
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned int n = 0;
	int e;

	if (!md)
		return -ENOMEM;
	e = EVP_DigestInit_ex(md, EVP_sha256(), NULL) == 1 ? 0 : -ENOMEM;
	if (!e)
		e = feed_str(md, agent);
	if (!e)
		e = feed_str(md, session);
	if (!e)
		e = feed_str(md, tool);
	if (!e)
		e = feed_value(md, args ? args : &empty);
	if (!e)
		e = text.ptr ? feed_str(md, text) : feed_tag_len(md, 'n', 0);
	if (!e && (EVP_DigestFinal_ex(md, out, &n) != 1 || n != AGATED_DIGEST_LEN))
		e = -ENOMEM;
	EVP_MD_CTX_free(md);
	return e;
}

/* ---- grants --------------------------------------------------------- */

agated_grant *agated_grant_new(const agated_hold *h, int64_t expires_ms,
			       uint64_t approve_audit_id, int64_t by_uid)
{
	agated_grant *g = calloc(1, sizeof(*g));

	if (!g)
		return NULL;
	g->agent = dup_or_empty(h->agent);
	g->session = dup_or_empty(h->session);
	g->tool = dup_or_empty(h->tool);
	if (!g->agent || !g->session || !g->tool) {
		agated_grant_free(g);
		return NULL;
	}
	memcpy(g->digest, h->digest, sizeof(g->digest));
	g->expires_ms = expires_ms;
	g->review_audit_id = h->audit_id;
	g->approve_audit_id = approve_audit_id;
	g->by_uid = by_uid;
	return g;
}

void agated_grant_free(agated_grant *g)
{
	if (!g)
		return;
	free(g->agent);
	free(g->session);
	free(g->tool);
	free(g);
}

size_t agated_reviews_expire_grants(agated_reviews *rv, int64_t now_ms)
{
	agated_grant **pp = &rv->grants, *g;
	size_t n = 0;

	while ((g = *pp)) {
		if (g->expires_ms <= now_ms) {
			*pp = g->next;
			agated_grant_free(g);
			rv->ngrants--;
			n++;
		} else {
			pp = &g->next;
		}
	}
	return n;
}

int agated_reviews_add_grant(agated_reviews *rv, agated_grant *g, size_t max,
			     int64_t now_ms)
{
	agated_reviews_expire_grants(rv, now_ms);
	if (rv->ngrants >= max)
		return -ENOSPC;
	g->next = rv->grants;
	rv->grants = g;
	rv->ngrants++;
	return 0;
}

agated_grant *agated_reviews_take_grant(agated_reviews *rv, const char *agent,
					const char *session, const char *tool,
					const unsigned char digest[AGATED_DIGEST_LEN],
					int64_t now_ms)
{
	for (agated_grant **pp = &rv->grants, *g; (g = *pp); pp = &g->next) {
		if (g->expires_ms <= now_ms || strcmp(g->agent, agent) ||
		    strcmp(g->session, session) || strcmp(g->tool, tool) ||
		    memcmp(g->digest, digest, AGATED_DIGEST_LEN))
			continue;
		*pp = g->next;
		g->next = NULL;
		rv->ngrants--;
		return g;
	}
	return NULL;
}

size_t agated_reviews_grant_count(agated_reviews *rv)
{
	return rv->ngrants;
}
