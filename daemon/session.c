/* session.c - see session.h. */
#include "session.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "policy/base/arena.h"

#define DEFAULT_MAX 100000u
#define DEFAULT_IDLE_MS (3600u * 1000u)
#define DEFAULT_HISTORY 256u
#define DEFAULT_BYTES (512u * 1024u * 1024u)
#define SPEC_ARENA_MAX (256u * 1024u)
#define COPY_DEPTH_MAX 64u

struct agated_session {
	agated_session *hnext;         /* hash chain */
	agated_session *prev, *next;   /* LRU list, most recent at head */
	uint64_t hash;
	char *agent;                   /* key: agent, then session */
	char *name;
	size_t alen, slen;
	int64_t last_used;
	uint64_t actions;
	agate_history *history;
	agate_drift_state drift;
	size_t bytes;                  /* as last counted into the table */
	bool stopped;
	char *stop_rule, *stop_reason;
	agate_arena *spec_arena;       /* NULL when never registered */
	agate_identity_spec *spec;
	agate_identity *identity;
	uint64_t identity_gen;
	const agate_frame *identity_frame;
};

struct agated_sessions {
	agated_sessions_config cfg;
	agated_session **buckets;
	size_t nbuckets;               /* power of two */
	size_t count;
	size_t bytes;
	uint64_t evicted;
	uint64_t seed;                 /* so peers cannot aim at one chain */
	agated_session *head, *tail;
};

static uint64_t key_hash(uint64_t seed, const char *a, size_t alen,
			 const char *s, size_t slen)
{
	uint64_t h = 1469598103934665603ull ^ seed;

	for (size_t i = 0; i < alen; i++)
		h = (h ^ (unsigned char)a[i]) * 1099511628211ull;
	h = (h ^ 0xffu) * 1099511628211ull; /* separator no string byte can forge */
	h ^= alen << 32;
	for (size_t i = 0; i < slen; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 32;
	return h;
}

agated_sessions *agated_sessions_new(const agated_sessions_config *cfg)
{
	agated_sessions *ss = calloc(1, sizeof(*ss));

	if (!ss)
		return NULL;
	if (cfg)
		ss->cfg = *cfg;
	if (!ss->cfg.max_sessions)
		ss->cfg.max_sessions = DEFAULT_MAX;
	if (!ss->cfg.idle_ms)
		ss->cfg.idle_ms = DEFAULT_IDLE_MS;
	if (!ss->cfg.history_max)
		ss->cfg.history_max = DEFAULT_HISTORY;
	if (!ss->cfg.bytes_max)
		ss->cfg.bytes_max = DEFAULT_BYTES;
	ss->nbuckets = 1024;
	ss->buckets = calloc(ss->nbuckets, sizeof(*ss->buckets));
	if (!ss->buckets) {
		free(ss);
		return NULL;
	}
	if (getrandom(&ss->seed, sizeof(ss->seed), GRND_NONBLOCK) != sizeof(ss->seed))
		ss->seed = (uint64_t)(uintptr_t)ss ^ 0x9e3779b97f4a7c15ull;
	return ss;
}

static void session_free(agated_session *s)
{
	agate_history_free(s->history);
	agate_identity_free(s->identity);
	agate_arena_free(s->spec_arena);
	free(s->stop_rule);
	free(s->stop_reason);
	free(s->agent);
	free(s->name);
	free(s);
}

void agated_sessions_free(agated_sessions *ss)
{
	agated_session *s, *n;

	if (!ss)
		return;
	for (s = ss->head; s; s = n) {
		n = s->next;
		session_free(s);
	}
	free(ss->buckets);
	free(ss);
}

static size_t session_bytes(const agated_session *s)
{
	size_t b = sizeof(*s) + s->alen + s->slen + 2;

	if (s->history)
		b += agate_history_bytes(s->history);
	if (s->spec_arena)
		b += agate_arena_used(s->spec_arena);
	return b;
}

static void lru_unlink(agated_sessions *ss, agated_session *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		ss->head = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		ss->tail = s->prev;
	s->prev = s->next = NULL;
}

static void lru_push_head(agated_sessions *ss, agated_session *s)
{
	s->prev = NULL;
	s->next = ss->head;
	if (ss->head)
		ss->head->prev = s;
	ss->head = s;
	if (!ss->tail)
		ss->tail = s;
}

static void remove_session(agated_sessions *ss, agated_session *s)
{
	agated_session **pp = &ss->buckets[s->hash & (ss->nbuckets - 1)];

	while (*pp && *pp != s)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = s->hnext;
	lru_unlink(ss, s);
	ss->count--;
	ss->bytes -= s->bytes < ss->bytes ? s->bytes : ss->bytes;
	session_free(s);
}

/* Evict least recently used sessions until one more fits. Stopped ones
 * are passed over while a running one can be found near the tail. */
static void make_room(agated_sessions *ss, const agated_session *keep)
{
	while (ss->count && (ss->count >= ss->cfg.max_sessions ||
			     ss->bytes > ss->cfg.bytes_max)) {
		agated_session *victim = ss->tail;
		unsigned looked = 0;

		while (victim && (victim->stopped || victim == keep) && looked < 64) {
			victim = victim->prev;
			looked++;
		}
		if (!victim || victim == keep)
			victim = ss->tail;
		if (victim == keep)
			return;
		ss->evicted++;
		remove_session(ss, victim);
	}
}

static void grow(agated_sessions *ss)
{
	size_t n = ss->nbuckets * 2;
	agated_session **b;

	if (n > (1u << 22))
		return;
	b = calloc(n, sizeof(*b));
	if (!b)
		return; /* longer chains, still correct */
	for (size_t i = 0; i < ss->nbuckets; i++) {
		agated_session *s = ss->buckets[i], *next;
		for (; s; s = next) {
			next = s->hnext;
			s->hnext = b[s->hash & (n - 1)];
			b[s->hash & (n - 1)] = s;
		}
	}
	free(ss->buckets);
	ss->buckets = b;
	ss->nbuckets = n;
}

agated_session *agated_sessions_get(agated_sessions *ss, const char *agent,
				    size_t alen, const char *session,
				    size_t slen, int64_t now_ms, bool create)
{
	uint64_t h;
	agated_session *s;

	if (!agent)
		alen = 0, agent = "";
	if (!session)
		slen = 0, session = "";
	h = key_hash(ss->seed, agent, alen, session, slen);
	for (s = ss->buckets[h & (ss->nbuckets - 1)]; s; s = s->hnext) {
		if (s->hash == h && s->alen == alen && s->slen == slen &&
		    !memcmp(s->agent, agent, alen) && !memcmp(s->name, session, slen)) {
			s->last_used = now_ms;
			lru_unlink(ss, s);
			lru_push_head(ss, s);
			return s;
		}
	}
	if (!create)
		return NULL;
	make_room(ss, NULL);
	s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	s->agent = malloc(alen + 1);
	s->name = malloc(slen + 1);
	s->history = agate_history_new(ss->cfg.history_max);
	if (!s->agent || !s->name || !s->history) {
		session_free(s);
		return NULL;
	}
	memcpy(s->agent, agent, alen);
	s->agent[alen] = '\0';
	memcpy(s->name, session, slen);
	s->name[slen] = '\0';
	s->alen = alen;
	s->slen = slen;
	s->hash = h;
	s->last_used = now_ms;
	if (ss->count + 1 > ss->nbuckets)
		grow(ss);
	s->hnext = ss->buckets[h & (ss->nbuckets - 1)];
	ss->buckets[h & (ss->nbuckets - 1)] = s;
	lru_push_head(ss, s);
	ss->count++;
	s->bytes = session_bytes(s);
	ss->bytes += s->bytes;
	return s;
}

void agated_session_touch(agated_sessions *ss, agated_session *s)
{
	size_t b = session_bytes(s);

	s->actions++;
	ss->bytes = ss->bytes - (s->bytes < ss->bytes ? s->bytes : ss->bytes) + b;
	s->bytes = b;
	if (ss->bytes > ss->cfg.bytes_max)
		make_room(ss, s);
}

size_t agated_sessions_expire(agated_sessions *ss, int64_t now_ms)
{
	size_t n = 0;
	agated_session *s = ss->tail, *prev;

	for (; s; s = prev) {
		prev = s->prev;
		if (now_ms - s->last_used < (int64_t)ss->cfg.idle_ms)
			break; /* the rest were used more recently */
		if (s->stopped)
			continue;
		remove_session(ss, s);
		n++;
	}
	return n;
}

size_t agated_sessions_count(const agated_sessions *ss)
{
	return ss->count;
}

size_t agated_sessions_bytes(const agated_sessions *ss)
{
	return ss->bytes;
}

uint64_t agated_sessions_evicted(const agated_sessions *ss)
{
	return ss->evicted;
}

agated_session *agated_sessions_first(agated_sessions *ss)
{
	return ss->head;
}

agated_session *agated_session_next(agated_session *s)
{
	return s->next;
}

const char *agated_session_agent(const agated_session *s)
{
	return s->agent;
}

const char *agated_session_name(const agated_session *s)
{
	return s->name;
}

int64_t agated_session_last_used(const agated_session *s)
{
	return s->last_used;
}

uint64_t agated_session_actions(const agated_session *s)
{
	return s->actions;
}

agate_history *agated_session_history(agated_session *s)
{
	return s->history;
}

agate_drift_state *agated_session_drift(agated_session *s)
{
	return &s->drift;
}

int agated_session_stop(agated_session *s, const char *rule, const char *reason)
{
	char *r = rule ? strdup(rule) : NULL;
	char *why = strdup(reason ? reason : "session stopped");

	s->stopped = true;
	if ((rule && !r) || !why) {
		free(r);
		free(why);
		/* stopped all the same: the flag is what blocks */
		return -ENOMEM;
	}
	free(s->stop_rule);
	free(s->stop_reason);
	s->stop_rule = r;
	s->stop_reason = why;
	return 0;
}

bool agated_session_stopped(const agated_session *s)
{
	return s->stopped;
}

const char *agated_session_stop_rule(const agated_session *s)
{
	return s->stop_rule;
}

const char *agated_session_stop_reason(const agated_session *s)
{
	return s->stop_reason ? s->stop_reason : "session stopped";
}

void agated_session_resume(agated_session *s)
{
	s->stopped = false;
	free(s->stop_rule);
	free(s->stop_reason);
	s->stop_rule = s->stop_reason = NULL;
}

static const char *copy_cstr(agate_arena *a, const char *s, bool *fail)
{
	char *c;

	if (!s)
		return NULL;
	c = agate_arena_strndup(a, s, strlen(s));
	if (!c)
		*fail = true;
	return c;
}

static int copy_value(agate_arena *a, const agate_value *src, agate_value *dst,
		      unsigned depth)
{
	if (depth > COPY_DEPTH_MAX)
		return -EINVAL;
	*dst = *src;
	switch (src->type) {
	case AGATE_STR:
	case AGATE_BIN: {
		char *p = agate_arena_strndup(a, src->as.str.ptr ? src->as.str.ptr : "",
					      src->as.str.len);
		if (!p)
			return -ENOMEM;
		dst->as.str.ptr = p;
		return 0;
	}
	case AGATE_ARRAY: {
		uint32_t n = src->as.array.len;
		agate_value *v = n ? agate_arena_alloc(a, n * sizeof(*v)) : NULL;
		if (n && !v)
			return -ENOMEM;
		for (uint32_t i = 0; i < n; i++) {
			int r = copy_value(a, &src->as.array.items[i], &v[i], depth + 1);
			if (r)
				return r;
		}
		dst->as.array.items = v;
		return 0;
	}
	case AGATE_MAP: {
		uint32_t n = src->as.map.len;
		agate_member *m = n ? agate_arena_alloc(a, n * sizeof(*m)) : NULL;
		if (n && !m)
			return -ENOMEM;
		for (uint32_t i = 0; i < n; i++) {
			const agate_member *sm = &src->as.map.items[i];
			char *k = agate_arena_strndup(a, sm->key.ptr ? sm->key.ptr : "",
						      sm->key.len);
			int r;
			if (!k)
				return -ENOMEM;
			m[i].key.ptr = k;
			m[i].key.len = sm->key.len;
			r = copy_value(a, &sm->value, &m[i].value, depth + 1);
			if (r)
				return r;
		}
		dst->as.map.items = m;
		return 0;
	}
	default:
		return 0;
	}
}

int agated_session_register(agated_session *s, const agate_identity_spec *spec)
{
	agate_arena *a = agate_arena_new(SPEC_ARENA_MAX);
	agate_identity_spec *c;
	bool fail = false;
	int r = -ENOMEM;

	if (!a)
		return -ENOMEM;
	c = agate_arena_zalloc(a, sizeof(*c));
	if (!c)
		goto fail;
	c->agent = copy_cstr(a, spec->agent, &fail);
	c->role = copy_cstr(a, spec->role, &fail);
	c->purpose = copy_cstr(a, spec->purpose, &fail);
	c->uid = spec->uid;
	if (spec->ntools) {
		const char **t = agate_arena_alloc(a, spec->ntools * sizeof(*t));
		if (!t)
			goto fail;
		for (size_t i = 0; i < spec->ntools; i++)
			t[i] = copy_cstr(a, spec->tools[i], &fail);
		c->tools = t;
		c->ntools = spec->ntools;
	}
	if (spec->scope) {
		agate_value *v = agate_arena_alloc(a, sizeof(*v));
		if (!v || (r = copy_value(a, spec->scope, v, 0)))
			goto fail;
		c->scope = v;
	}
	if (fail)
		goto fail;
	agate_arena_free(s->spec_arena);
	agate_identity_free(s->identity);
	s->spec_arena = a;
	s->spec = c;
	s->identity = NULL;
	s->identity_frame = NULL;
	return 0;
fail:
	agate_arena_free(a);
	return r ? r : -ENOMEM;
}

const agate_identity_spec *agated_session_spec(const agated_session *s)
{
	return s->spec;
}

int agated_session_identity(agated_session *s, const agate_frame *frame,
			    uint64_t generation, const agate_identity **out)
{
	agate_identity *id = NULL;
	int r;

	*out = NULL;
	if (!s->spec || !frame)
		return 0;
	if (s->identity && s->identity_gen == generation && s->identity_frame == frame) {
		*out = s->identity;
		return 0;
	}
	r = agate_identity_new(frame, s->spec, &id);
	if (r)
		return r;
	agate_identity_free(s->identity);
	s->identity = id;
	s->identity_gen = generation;
	s->identity_frame = frame;
	*out = id;
	return 0;
}
