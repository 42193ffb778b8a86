/* review.c - see review.h. Holds are few (bounded by max), so a list in
 * arrival order serves lookups and the timeout scan alike. */
#include "review.h"

#include <stdlib.h>
#include <string.h>

struct agated_reviews {
	agated_hold *head, *tail;
	size_t count, max;
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

agated_hold *agated_reviews_first(agated_reviews *rv)
{
	return rv->head;
}

size_t agated_reviews_count(const agated_reviews *rv)
{
	return rv->count;
}
