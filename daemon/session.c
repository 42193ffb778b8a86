/* session.c - see session.h. */
#include "session.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "policy/base/arena.h"
#include "schema/protocol.h"

#define DEFAULT_MAX 100000u
#define DEFAULT_IDLE_MS (3600u * 1000u)
#define DEFAULT_HISTORY 256u
#define DEFAULT_BYTES (512u * 1024u * 1024u)
/* A registered identity's copy: 10,000 declared tools of some 20 bytes
 * (about 300 KiB copied) must fit, and whatever fits in one request
 * frame of the default size; it counts towards the session's bytes. */
#define SPEC_ARENA_MAX (4u * 1024u * 1024u)
#define COPY_DEPTH_MAX 64u
#define DEFAULT_NAME_MAX 1024u

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
	uint32_t owner_uid;            /* who created it, for the per-uid share */
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
	uint64_t expired;
	uint64_t refused;
	uint64_t seed;                 /* so peers cannot aim at one chain */
	agated_session *head, *tail;
	struct uid_share *shares;      /* open addressing on uid */
	size_t nshares;                /* power of two */
	size_t used_shares;
};

/* What one uid's sessions hold, so that one uid cannot take the whole
 * table: its sessions are refused at its share, others' still fit. */
struct uid_share {
	uint32_t uid;
	bool used;
	size_t count;
	size_t bytes;
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
	if (!ss->cfg.max_per_uid)
		ss->cfg.max_per_uid = ss->cfg.max_sessions / 4 ? ss->cfg.max_sessions / 4 : 1;
	if (!ss->cfg.bytes_per_uid)
		ss->cfg.bytes_per_uid = ss->cfg.bytes_max / 4;
	if (!ss->cfg.name_max)
		ss->cfg.name_max = DEFAULT_NAME_MAX;
	ss->nbuckets = 1024;
	ss->buckets = calloc(ss->nbuckets, sizeof(*ss->buckets));
	ss->nshares = 16;
	ss->shares = calloc(ss->nshares, sizeof(*ss->shares));
	if (!ss->buckets || !ss->shares) {
		free(ss->buckets);
		free(ss->shares);
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
	free(ss->shares);
	free(ss);
}

static size_t session_bytes(const agated_session *s)
{
	size_t b = sizeof(*s) + s->alen + s->slen + 2;

	if (s->history)
		b += agate_history_bytes(s->history);
	if (s->spec_arena)
		b += agate_arena_used(s->spec_arena);
	b += agate_identity_bytes(s->identity);
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

static size_t share_slot(const agated_sessions *ss, uint32_t uid)
{
	return (size_t)((uid * 0x9e3779b1u) & (uint32_t)(ss->nshares - 1));
}

/* The share of uid, created when absent. NULL only on ENOMEM. A share is
 * never removed while the table lives: a count of zero costs 24 bytes. */
static struct uid_share *share_of(agated_sessions *ss, uint32_t uid)
{
	size_t i;

	if ((ss->used_shares + 1) * 2 > ss->nshares) {
		size_t n = ss->nshares * 2;
		struct uid_share *t = calloc(n, sizeof(*t));
		if (!t)
			return NULL;
		for (size_t k = 0; k < ss->nshares; k++) {
			struct uid_share *o = &ss->shares[k];
			if (!o->used)
				continue;
			size_t j = (size_t)((o->uid * 0x9e3779b1u) & (uint32_t)(n - 1));
			while (t[j].used)
				j = (j + 1) & (n - 1);
			t[j] = *o;
		}
		free(ss->shares);
		ss->shares = t;
		ss->nshares = n;
	}
	for (i = share_slot(ss, uid); ss->shares[i].used; i = (i + 1) & (ss->nshares - 1))
		if (ss->shares[i].uid == uid)
			return &ss->shares[i];
	ss->shares[i].used = true;
	ss->shares[i].uid = uid;
	ss->used_shares++;
	return &ss->shares[i];
}

static struct uid_share *find_share(const agated_sessions *ss, uint32_t uid)
{
	for (size_t i = share_slot(ss, uid); ss->shares[i].used;
	     i = (i + 1) & (ss->nshares - 1))
		if (ss->shares[i].uid == uid)
			return &ss->shares[i];
	return NULL;
}

static void account(agated_sessions *ss, agated_session *s, size_t new_bytes)
{
	struct uid_share *sh = find_share(ss, s->owner_uid);

	ss->bytes = ss->bytes - (s->bytes < ss->bytes ? s->bytes : ss->bytes) + new_bytes;
	if (sh)
		sh->bytes = sh->bytes - (s->bytes < sh->bytes ? s->bytes : sh->bytes) + new_bytes;
	s->bytes = new_bytes;
}

static void remove_session(agated_sessions *ss, agated_session *s)
{
	agated_session **pp = &ss->buckets[s->hash & (ss->nbuckets - 1)];
	struct uid_share *sh = find_share(ss, s->owner_uid);

	while (*pp && *pp != s)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = s->hnext;
	lru_unlink(ss, s);
	account(ss, s, 0);
	ss->count--;
	if (sh && sh->count)
		sh->count--;
	session_free(s);
}

/* Whether one more session of uid fits. Nothing is evicted to make room:
 * a session may hold a stop, the history that counts depend on, a
 * registered identity or a running drift, and forgetting any of them
 * would loosen the gate. Only sessions idle past idle_ms are forgotten,
 * which a flood cannot hasten; beyond that, new sessions are refused. */
static int admit(agated_sessions *ss, const struct uid_share *sh, size_t bytes,
		 int64_t now_ms)
{
	bool full = ss->count >= ss->cfg.max_sessions ||
		    ss->bytes + bytes > ss->cfg.bytes_max;

	if (full)
		agated_sessions_expire(ss, now_ms);
	if (sh && (sh->count >= ss->cfg.max_per_uid ||
		   sh->bytes + bytes > ss->cfg.bytes_per_uid))
		return -EDQUOT;
	if (ss->count >= ss->cfg.max_sessions || ss->bytes + bytes > ss->cfg.bytes_max)
		return -EAGAIN;
	return 0;
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

static agated_session *lookup(agated_sessions *ss, uint64_t h, const char *agent,
			      size_t alen, const char *session, size_t slen,
			      int64_t now_ms)
{
	for (agated_session *s = ss->buckets[h & (ss->nbuckets - 1)]; s; s = s->hnext) {
		if (s->hash == h && s->alen == alen && s->slen == slen &&
		    !memcmp(s->agent, agent, alen) && !memcmp(s->name, session, slen)) {
			s->last_used = now_ms;
			lru_unlink(ss, s);
			lru_push_head(ss, s);
			return s;
		}
	}
	return NULL;
}

agated_session *agated_sessions_get(agated_sessions *ss, const char *agent,
				    size_t alen, const char *session,
				    size_t slen, int64_t now_ms, bool create)
{
	int err;

	if (create)
		return agated_sessions_open(ss, agent, alen, session, slen,
					    AGATED_SESSION_NO_UID, now_ms, &err);
	if (!agent)
		alen = 0, agent = "";
	if (!session)
		slen = 0, session = "";
	return lookup(ss, key_hash(ss->seed, agent, alen, session, slen), agent,
		      alen, session, slen, now_ms);
}

agated_session *agated_sessions_open(agated_sessions *ss, const char *agent,
				     size_t alen, const char *session, size_t slen,
				     uint32_t uid, int64_t now_ms, int *err)
{
	uint64_t h;
	agated_session *s;
	struct uid_share *sh = NULL;
	size_t need;
	int r;

	*err = 0;
	if (!agent)
		alen = 0, agent = "";
	if (!session)
		slen = 0, session = "";
	h = key_hash(ss->seed, agent, alen, session, slen);
	s = lookup(ss, h, agent, alen, session, slen, now_ms);
	if (s)
		return s;
	if (alen > ss->cfg.name_max || slen > ss->cfg.name_max) {
		*err = -ENAMETOOLONG;
		return NULL;
	}
	if (uid != AGATED_SESSION_NO_UID && !(sh = share_of(ss, uid))) {
		*err = -ENOMEM;
		return NULL;
	}
	need = sizeof(*s) + alen + slen + 2;
	r = admit(ss, sh, need, now_ms);
	if (r) {
		ss->refused++;
		*err = r;
		return NULL;
	}
	s = calloc(1, sizeof(*s));
	if (!s) {
		*err = -ENOMEM;
		return NULL;
	}
	s->agent = malloc(alen + 1);
	s->name = malloc(slen + 1);
	s->history = agate_history_new(ss->cfg.history_max);
	if (!s->agent || !s->name || !s->history) {
		session_free(s);
		*err = -ENOMEM;
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
	s->owner_uid = uid;
	if (ss->count + 1 > ss->nbuckets)
		grow(ss);
	s->hnext = ss->buckets[h & (ss->nbuckets - 1)];
	ss->buckets[h & (ss->nbuckets - 1)] = s;
	lru_push_head(ss, s);
	ss->count++;
	if (sh)
		sh->count++;
	account(ss, s, session_bytes(s));
	return s;
}

void agated_session_touch(agated_sessions *ss, agated_session *s)
{
	s->actions++;
	/* a session's own growth is bounded by history_max and the spec
	 * arena; it is counted, and new sessions are refused beyond the
	 * budget, but no session is forgotten for it */
	account(ss, s, session_bytes(s));
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
	ss->expired += n;
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

uint64_t agated_sessions_expired(const agated_sessions *ss)
{
	return ss->expired;
}

uint64_t agated_sessions_refused(const agated_sessions *ss)
{
	return ss->refused;
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

	/* never registered: the name the calls give is all that is known
	 * of the agent, and it is what `agatectl test` reads from a case
	 * without a purpose, so both judge the same call the same way */
	const agate_identity_spec named = { .agent = s->agent, .uid = -1 };

	*out = NULL;
	if (!frame)
		return 0;
	if (s->identity && s->identity_gen == generation && s->identity_frame == frame) {
		*out = s->identity;
		return 0;
	}
	r = agate_identity_new(frame, s->spec ? s->spec : &named, &id);
	if (r)
		return r;
	agate_identity_free(s->identity);
	s->identity = id;
	s->identity_gen = generation;
	s->identity_frame = frame;
	*out = id;
	return 0;
}

const char *agated_sessions_error_code(int err)
{
	switch (err) {
	case -ENAMETOOLONG: return AGATE_ERR_BAD_REQUEST;
	case -EDQUOT:
	case -EAGAIN: return AGATE_ERR_OVERLOADED;
	default: return AGATE_ERR_INTERNAL;
	}
}

const char *agated_sessions_strerror(int err)
{
	switch (err) {
	case -ENAMETOOLONG: return "agent or session name longer than the limit";
	case -EDQUOT: return "this uid holds its whole share of sessions; "
			     "new sessions are refused until some go idle";
	case -EAGAIN: return "the session table is full; new sessions are refused "
			     "until some go idle";
	default: return "out of memory for the session";
	}
}
