/* diag.c - diagnostic lists (see diag.h). */
#include "policy/base/diag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct agate_diags {
	agate_diag *items;
	size_t len, cap;
	size_t errors, warnings;
};

agate_diags *agate_diags_new(void)
{
	return calloc(1, sizeof(agate_diags));
}

void agate_diags_free(agate_diags *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->len; i++) {
		free((char *)d->items[i].file);
		free((char *)d->items[i].message);
	}
	free(d->items);
	free(d);
}

int agate_diags_addv(agate_diags *d, agate_diag_level level, const char *file,
		     unsigned line, unsigned col, const char *fmt, va_list ap)
{
	if (!d)
		return -EINVAL;
	if (d->len == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		agate_diag *items = realloc(d->items, cap * sizeof(*items));
		if (!items)
			return -ENOMEM;
		d->items = items;
		d->cap = cap;
	}
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		return -ENOMEM;
	char *f = strdup(file ? file : "<input>");
	if (!f) {
		free(msg);
		return -ENOMEM;
	}
	d->items[d->len++] = (agate_diag){
		.level = level, .file = f, .line = line, .col = col, .message = msg,
	};
	if (level == AGATE_DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
	return 0;
}

int agate_diags_add(agate_diags *d, agate_diag_level level, const char *file,
		    unsigned line, unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = agate_diags_addv(d, level, file, line, col, fmt, ap);
	va_end(ap);
	return rc;
}

size_t agate_diags_count(const agate_diags *d)
{
	return d ? d->len : 0;
}

size_t agate_diags_errors(const agate_diags *d)
{
	return d ? d->errors : 0;
}

size_t agate_diags_warnings(const agate_diags *d)
{
	return d ? d->warnings : 0;
}

const agate_diag *agate_diags_at(const agate_diags *d, size_t i)
{
	return d && i < d->len ? &d->items[i] : NULL;
}

typedef struct sort_key {
	unsigned rank, line, col;
	size_t at; /* place before the sort: ties keep it */
} sort_key;

static int key_cmp(const sort_key *a, const sort_key *b)
{
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at;
}

static int key_cmp_void(const void *a, const void *b)
{
	return key_cmp(a, b);
}

int agate_diags_sort(agate_diags *d, size_t from,
		     unsigned (*rank)(const char *file, void *ctx), void *ctx)
{
	if (!d || !rank)
		return -EINVAL;
	if (from >= d->len || d->len - from < 2)
		return 0;
	size_t n = d->len - from;
	sort_key *keys = malloc(n * sizeof(*keys));
	agate_diag *items = malloc(n * sizeof(*items));
	if (!keys || !items) {
		free(keys);
		free(items);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		const agate_diag *g = &d->items[from + i];
		keys[i] = (sort_key){ rank(g->file, ctx), g->line, g->col, i };
	}
	/* the original place is the last key, so qsort's order is total and
	 * the result stable */
	qsort(keys, n, sizeof(*keys), key_cmp_void);
	for (size_t i = 0; i < n; i++)
		items[i] = d->items[from + keys[i].at];
	memcpy(d->items + from, items, n * sizeof(*items));
	free(keys);
	free(items);
	return 0;
}

int agate_diag_format(const agate_diag *diag, char *buf, size_t cap)
{
	const char *level = diag->level == AGATE_DIAG_ERROR ? "error" : "warning";
	if (diag->line == 0)
		return snprintf(buf, cap, "%s: %s: %s", diag->file, level, diag->message);
	return snprintf(buf, cap, "%s:%u:%u: %s: %s", diag->file, diag->line,
			diag->col, level, diag->message);
}
