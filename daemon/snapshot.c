/* snapshot.c - see snapshot.h. */
#include "snapshot.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct agated_snapshot {
	atomic_uint refs;
	agate_ruleset *rs;
	agate_frame *frame;
	uint64_t generation;
	char *label;
	size_t nagents;
	agate_identity **identities; /* parallel to the rule set's agents */
};

static void snapshot_free(agated_snapshot *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nagents; i++)
		if (s->identities)
			agate_identity_free(s->identities[i]);
	free(s->identities);
	free(s->label);
	agate_ruleset_unref(s->rs);
	agate_frame_free(s->frame);
	free(s);
}

int agated_snapshot_new(agate_ruleset *rs, agate_frame *frame,
			uint64_t generation, agated_snapshot **out)
{
	agated_snapshot *s;
	int r = -ENOMEM;

	if (!rs || !out) {
		agate_ruleset_unref(rs);
		agate_frame_free(frame);
		return -EINVAL;
	}
	s = calloc(1, sizeof(*s));
	if (!s) {
		agate_ruleset_unref(rs);
		agate_frame_free(frame);
		return -ENOMEM;
	}
	atomic_init(&s->refs, 1);
	s->rs = rs;
	s->frame = frame;
	s->generation = generation;
	s->nagents = agate_ruleset_agent_count(rs);
	if (s->nagents && frame) {
		s->identities = calloc(s->nagents, sizeof(*s->identities));
		if (!s->identities)
			goto fail;
		for (size_t i = 0; i < s->nagents; i++) {
			const agate_identity_spec *spec = agate_ruleset_agent_at(rs, i);
			if (spec && (r = agate_identity_new(frame, spec, &s->identities[i])))
				goto fail;
		}
	}
	*out = s;
	return 0;
fail:
	snapshot_free(s);
	return r;
}

int agated_snapshot_load(const char *const *rules, size_t nrules,
			 const char *frames, uint64_t generation,
			 agated_snapshot **out, agate_diags *diags)
{
	agate_ruleset *rs = NULL;
	agate_frame *frame = NULL;
	int r, rf = 0;

	r = agate_rules_load(rules, nrules, &rs, diags);
	/* load the frame even when the rules failed: report every error */
	if (frames && *frames && strcmp(frames, "none") != 0)
		rf = agate_frame_load(frames, &frame, diags);
	if (r || rf) {
		agate_ruleset_unref(rs);
		agate_frame_free(frame);
		return r ? r : rf;
	}
	return agated_snapshot_new(rs, frame, generation, out);
}

agated_snapshot *agated_snapshot_ref(agated_snapshot *s)
{
	if (s)
		atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
	return s;
}

void agated_snapshot_unref(agated_snapshot *s)
{
	if (s && atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1)
		snapshot_free(s);
}

const agate_ruleset *agated_snapshot_rules(const agated_snapshot *s)
{
	return s->rs;
}

const agate_frame *agated_snapshot_frame(const agated_snapshot *s)
{
	return s->frame;
}

uint64_t agated_snapshot_generation(const agated_snapshot *s)
{
	return s->generation;
}

const char *agated_snapshot_digest(const agated_snapshot *s)
{
	const char *d = agate_ruleset_digest(s->rs);
	return d ? d : "";
}

size_t agated_snapshot_rule_count(const agated_snapshot *s)
{
	return agate_ruleset_rule_count(s->rs);
}

const char *agated_snapshot_label(const agated_snapshot *s)
{
	return s->label;
}

int agated_snapshot_set_version(agated_snapshot *s, uint64_t generation, const char *label)
{
	char *copy = NULL;

	if (label && !(copy = strdup(label)))
		return -ENOMEM;
	free(s->label);
	s->label = copy;
	s->generation = generation;
	return 0;
}

static ssize_t agent_index(const agated_snapshot *s, const char *agent, size_t len)
{
	const agate_identity_spec *spec;

	if (!agent || !len)
		return -1;
	spec = agate_ruleset_agent(s->rs, agent, len);
	if (!spec)
		return -1;
	for (size_t i = 0; i < s->nagents; i++)
		if (agate_ruleset_agent_at(s->rs, i) == spec)
			return (ssize_t)i;
	return -1;
}

const agate_identity *agated_snapshot_identity(const agated_snapshot *s,
					       const char *agent, size_t len)
{
	ssize_t i = agent_index(s, agent, len);

	if (i < 0 || !s->identities)
		return NULL;
	return s->identities[i];
}

int64_t agated_snapshot_agent_uid(const agated_snapshot *s, const char *agent,
				  size_t len)
{
	const agate_identity_spec *spec;

	if (!agent || !len)
		return -1;
	spec = agate_ruleset_agent(s->rs, agent, len);
	return spec ? spec->uid : -1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **sorted_names(const agate_ruleset *rs, size_t *n)
{
	const char **v;

	*n = agate_ruleset_rule_count(rs);
	v = calloc(*n ? *n : 1, sizeof(*v));
	if (!v)
		return NULL;
	for (size_t i = 0; i < *n; i++) {
		const char *name = agate_ruleset_rule_name(rs, i);
		v[i] = name ? name : "";
	}
	if (*n > 1)
		qsort(v, *n, sizeof(*v), cmp_str);
	return v;
}

size_t agated_snapshot_dropped(const agated_snapshot *old,
			       const agated_snapshot *next)
{
	size_t no, nn, i = 0, j = 0, dropped = 0;
	const char **a, **b;

	if (!old)
		return 0;
	a = sorted_names(old->rs, &no);
	b = sorted_names(next->rs, &nn);
	if (!a || !b) {
		free(a);
		free(b);
		/* cannot tell: count everything as dropped so force is needed */
		return agate_ruleset_rule_count(old->rs);
	}
	while (i < no) {
		int c = j < nn ? strcmp(a[i], b[j]) : -1;
		if (c == 0) {
			i++;
			j++;
		} else if (c < 0) {
			dropped++;
			i++;
		} else {
			j++;
		}
	}
	free(a);
	free(b);
	return dropped;
}

bool agated_snapshot_guard_ok(const agated_snapshot *old,
			      const agated_snapshot *next)
{
	size_t active;

	if (!old)
		return true;
	active = agate_ruleset_rule_count(old->rs);
	return agated_snapshot_dropped(old, next) * 2 <= active;
}
