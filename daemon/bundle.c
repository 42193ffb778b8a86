/* bundle.c - see bundle.h. The fetch thread's round:
 *
 *   GET url (If-None-Match: last ETag) -> 304: nothing
 *   -> 200: same bytes as in force or as last refused: nothing
 *   -> check (signature, digests, revision above the one in force)
 *      -> refused: an event (the loop audits it), remembered by digest
 *      -> extract into STATE.d/rev-N-DIGEST, keep the bytes as
 *         STATE.candidate, a ready event, and wait for the loop to settle
 */
#include "daemon/bundle.h"

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "daemon/log.h"
#include "schema/bundle.h"

#define MAX_EVENTS 8
#define CONNECT_TIMEOUT_S 10L
#define TRANSFER_TIMEOUT_S 120L

struct agated_bundles {
	char *url, *pubkey, *state;
	unsigned poll_s;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cond;
	/* guarded by mu */
	bool stop;
	bool waiting;                /* a ready revision is with the loop */
	agated_bundle_event events[MAX_EVENTS];
	size_t nevents;
	agated_bundle_stats st;
	char refused_digest[65];     /* the last bytes refused: not audited again */
	/* the thread's own */
	char etag[256];
};

static int64_t wall_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int agated_bundle_check_url(const char *url, char *err, size_t errcap)
{
	if (!url || (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0) ||
	    strlen(url) > 2048) {
		snprintf(err, errcap, "bundle-url: expected an http:// or https:// URL, found '%.64s'",
			 url ? url : "");
		return -EINVAL;
	}
	return 0;
}

static int read_file(const char *path, unsigned char **out, size_t *len)
{
	FILE *f = fopen(path, "rbe");
	struct stat st;
	unsigned char *buf;

	if (!f)
		return -errno;
	if (fstat(fileno(f), &st) != 0 || st.st_size <= 0 ||
	    (size_t)st.st_size > AGATE_BUNDLE_MAX_BYTES || !(buf = malloc((size_t)st.st_size))) {
		fclose(f);
		return -EINVAL;
	}
	*len = fread(buf, 1, (size_t)st.st_size, f);
	fclose(f);
	if (*len != (size_t)st.st_size) {
		free(buf);
		return -EIO;
	}
	*out = buf;
	return 0;
}

/* The folder a checked bundle lives in; extracted unless it is there. */
static int place(const agate_bundle *b, const char *state, char *dir, size_t cap,
		 char *err, size_t errcap)
{
	char base[4200];
	struct stat st;

	snprintf(base, sizeof base, "%s.d", state);
	if (mkdir(base, 0750) != 0 && errno != EEXIST) {
		snprintf(err, errcap, "%s: %s", base, strerror(errno));
		return -errno;
	}
	snprintf(dir, cap, "%s/rev-%" PRIu64 "-%.16s", base, agate_bundle_revision(b),
		 agate_bundle_digest(b));
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return 0; /* extracted by an earlier run from these very bytes */
	return agate_bundle_extract(b, dir, err, errcap);
}

int agated_bundle_restore(const char *state, const char *pubkey, uint64_t *rev,
			  char digest[65], char *dir, size_t dircap, char *err, size_t errcap)
{
	unsigned char *data = NULL;
	agate_bundle *b = NULL;
	size_t len = 0;
	int rc;

	*rev = 0;
	if ((rc = read_file(state, &data, &len)) == -ENOENT)
		return 0;
	if (rc < 0) {
		snprintf(err, errcap, "%s: %s", state, strerror(-rc));
		return rc;
	}
	rc = agate_bundle_open(data, len, pubkey, &b, err, errcap);
	free(data);
	if (rc == 0 && (rc = place(b, state, dir, dircap, err, errcap)) == 0) {
		*rev = agate_bundle_revision(b);
		snprintf(digest, 65, "%s", agate_bundle_digest(b));
	}
	agate_bundle_free(b);
	return rc;
}

/* ---- events (mu held) ------------------------------------------------ */

static void push_event(agated_bundles *b, const agated_bundle_event *ev)
{
	if (b->nevents == MAX_EVENTS) /* the oldest refusal goes; counted in stats */
		memmove(&b->events[0], &b->events[1], (MAX_EVENTS - 1) * sizeof b->events[0]);
	else
		b->nevents++;
	b->events[b->nevents - 1] = *ev;
}

static void refuse(agated_bundles *b, uint64_t rev, const char *digest, const char *why)
{
	agated_bundle_event ev = { .ready = false, .revision = rev };

	snprintf(ev.digest, sizeof ev.digest, "%s", digest ? digest : "");
	snprintf(ev.message, sizeof ev.message, "%s", why);
	pthread_mutex_lock(&b->mu);
	b->st.refused++;
	snprintf(b->st.last_error, sizeof b->st.last_error, "%s", why);
	snprintf(b->refused_digest, sizeof b->refused_digest, "%s", ev.digest);
	push_event(b, &ev);
	pthread_mutex_unlock(&b->mu);
	agated_warn("bundle: refused (%s); the rules in force stay", why);
}

/* ---- fetching -------------------------------------------------------- */

typedef struct body {
	unsigned char *p;
	size_t n, cap;
	bool too_big;
} body;

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *ud)
{
	body *bd = ud;
	size_t n = size * nmemb;

	if (bd->n + n > AGATE_BUNDLE_MAX_BYTES) {
		bd->too_big = true;
		return 0; /* aborts the transfer */
	}
	if (bd->n + n > bd->cap) {
		size_t cap = bd->cap ? bd->cap : 65536;
		unsigned char *p;

		while (cap < bd->n + n)
			cap *= 2;
		if (!(p = realloc(bd->p, cap)))
			return 0;
		bd->p = p;
		bd->cap = cap;
	}
	memcpy(bd->p + bd->n, ptr, n);
	bd->n += n;
	return n;
}

static size_t on_header(char *buf, size_t size, size_t nitems, void *ud)
{
	char *etag = ud;
	size_t n = size * nitems;

	if (n > 5 && strncasecmp(buf, "etag:", 5) == 0) {
		const char *v = buf + 5;
		size_t len = n - 5;

		while (len && (*v == ' ' || *v == '\t')) {
			v++;
			len--;
		}
		while (len && (v[len - 1] == '\r' || v[len - 1] == '\n' || v[len - 1] == ' '))
			len--;
		if (len < 255) { /* a longer one is not kept: the next GET is unconditional */
			memcpy(etag, v, len);
			etag[len] = '\0';
		}
	}
	return n;
}

static int on_progress(void *ud, curl_off_t a, curl_off_t b2, curl_off_t c, curl_off_t d)
{
	agated_bundles *b = ud;
	bool stop;

	(void)a; (void)b2; (void)c; (void)d;
	pthread_mutex_lock(&b->mu);
	stop = b->stop;
	pthread_mutex_unlock(&b->mu);
	return stop ? 1 : 0;
}

/* GET the url. Returns the HTTP status (200, 304, ...) or a negative
 * errno with err set; body filled on 200. */
static long fetch(agated_bundles *b, body *bd, char *new_etag, char *err, size_t errcap)
{
	CURL *c = curl_easy_init();
	struct curl_slist *hdrs = NULL;
	char inm[300];
	long code = 0;
	CURLcode cc;

	if (!c) {
		snprintf(err, errcap, "out of memory");
		return -ENOMEM;
	}
	if (b->etag[0]) {
		snprintf(inm, sizeof inm, "If-None-Match: %s", b->etag);
		hdrs = curl_slist_append(hdrs, inm);
	}
	curl_easy_setopt(c, CURLOPT_URL, b->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 3L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, TRANSFER_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "agated-bundle/1");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, bd);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, new_etag);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, b);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	cc = curl_easy_perform(c);
	if (cc == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	else
		snprintf(err, errcap, "%s: %s", b->url, bd->too_big ? "larger than the bundle limit"
			 : curl_easy_strerror(cc));
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(c);
	if (cc != CURLE_OK)
		return -EIO;
	if (code != 200 && code != 304)
		snprintf(err, errcap, "%s: HTTP status %ld", b->url, code);
	return code;
}

static void fetch_failed(agated_bundles *b, const char *why)
{
	bool changed;

	pthread_mutex_lock(&b->mu);
	b->st.fetch_errors++;
	changed = strcmp(b->st.last_error, why) != 0;
	snprintf(b->st.last_error, sizeof b->st.last_error, "%s", why);
	pthread_mutex_unlock(&b->mu);
	if (changed)
		agated_warn("bundle: %s (the rules in force stay)", why);
}

/* A 200 answer: check it and hand it on, or refuse it. */
static void consider(agated_bundles *b, const body *bd)
{
	agated_bundle_event ev = { .ready = true };
	agate_bundle *bundle = NULL;
	char err[512] = "", cand[4200];
	uint64_t in_force;
	bool same, seen;
	FILE *f;
	int rc;

	rc = agate_bundle_open(bd->p, bd->n, b->pubkey, &bundle, err, sizeof err);
	pthread_mutex_lock(&b->mu);
	in_force = b->st.revision;
	same = rc == 0 && !strcmp(agate_bundle_digest(bundle), b->st.digest);
	seen = rc == 0 ? !strcmp(agate_bundle_digest(bundle), b->refused_digest)
		       : !strcmp(err, b->st.last_error);
	pthread_mutex_unlock(&b->mu);
	if (same || seen) {
		agate_bundle_free(bundle);
		return; /* in force already, or refused already and audited then */
	}
	if (rc < 0) {
		refuse(b, 0, NULL, err);
		return;
	}
	ev.revision = agate_bundle_revision(bundle);
	snprintf(ev.digest, sizeof ev.digest, "%s", agate_bundle_digest(bundle));
	if (ev.revision <= in_force) {
		snprintf(err, sizeof err, ev.revision < in_force ?
			 "rollback: revision %" PRIu64 " is below revision %" PRIu64 " in force" :
			 "replay: revision %" PRIu64 " is in force with other content (revision %" PRIu64
			 " must be published as a higher revision)", ev.revision, in_force);
		refuse(b, ev.revision, ev.digest, err);
	} else if ((rc = place(bundle, b->state, ev.dir, sizeof ev.dir, err, sizeof err)) < 0) {
		fetch_failed(b, err);
	} else {
		/* the bytes, to become the last good bundle once applied */
		snprintf(cand, sizeof cand, "%s.candidate", b->state);
		if (!(f = fopen(cand, "wbe")) || fwrite(bd->p, 1, bd->n, f) != bd->n ||
		    fclose(f) != 0) {
			if (f)
				fclose(f);
			agated_warn("bundle: cannot keep %s: %s", cand, strerror(errno));
		}
		pthread_mutex_lock(&b->mu);
		b->waiting = true;
		push_event(b, &ev);
		pthread_mutex_unlock(&b->mu);
		agated_info("bundle: revision %" PRIu64 " checked (key %s); reloading", ev.revision,
			    agate_bundle_key_id(bundle));
	}
	agate_bundle_free(bundle);
}

/* Sleep until the next poll, stop, or (while waiting) settle. Returns
 * whether to stop. */
static bool pause_poll(agated_bundles *b)
{
	struct timespec ts;
	bool stop;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += b->poll_s;
	pthread_mutex_lock(&b->mu);
	while (!b->stop) {
		if (b->waiting) /* the next fetch waits for the loop's answer */
			pthread_cond_wait(&b->cond, &b->mu);
		else if (pthread_cond_timedwait(&b->cond, &b->mu, &ts) == ETIMEDOUT)
			break;
	}
	stop = b->stop;
	pthread_mutex_unlock(&b->mu);
	return stop;
}

static void *fetcher(void *arg)
{
	agated_bundles *b = arg;

	for (;;) {
		body bd = { 0 };
		char etag[256] = "", err[512] = "";
		long code = fetch(b, &bd, etag, err, sizeof err);

		pthread_mutex_lock(&b->mu);
		b->st.fetches++;
		b->st.last_fetch_ms = wall_ms();
		if (code == 304)
			b->st.not_modified++;
		pthread_mutex_unlock(&b->mu);
		if (code == 200) {
			consider(b, &bd);
			if (etag[0])
				snprintf(b->etag, sizeof b->etag, "%s", etag);
		} else if (code != 304) {
			fetch_failed(b, err);
		}
		free(bd.p);
		if (pause_poll(b))
			break;
	}
	return NULL;
}

/* ---- the loop's side --------------------------------------------------- */

bool agated_bundles_next(agated_bundles *b, agated_bundle_event *ev)
{
	bool got;

	pthread_mutex_lock(&b->mu);
	got = b->nevents > 0;
	if (got) {
		*ev = b->events[0];
		memmove(&b->events[0], &b->events[1], (b->nevents - 1) * sizeof b->events[0]);
		b->nevents--;
	}
	pthread_mutex_unlock(&b->mu);
	return got;
}

void agated_bundles_settle(agated_bundles *b, uint64_t revision, const char *digest, bool ok,
			   const char *why)
{
	char cand[4200];

	snprintf(cand, sizeof cand, "%s.candidate", b->state);
	if (ok && rename(cand, b->state) != 0)
		agated_warn("bundle: cannot keep revision %" PRIu64 " as %s: %s", revision, b->state,
			    strerror(errno));
	pthread_mutex_lock(&b->mu);
	b->waiting = false;
	if (ok) {
		b->st.revision = revision;
		b->st.applied++;
		snprintf(b->st.digest, sizeof b->st.digest, "%s", digest);
		b->st.last_error[0] = '\0';
	} else {
		b->st.refused++;
		snprintf(b->st.last_error, sizeof b->st.last_error, "revision %" PRIu64 ": %s",
			 revision, why);
		snprintf(b->refused_digest, sizeof b->refused_digest, "%s", digest);
	}
	pthread_cond_signal(&b->cond);
	pthread_mutex_unlock(&b->mu);
	if (!ok)
		(void)unlink(cand);
}

void agated_bundles_get_stats(agated_bundles *b, agated_bundle_stats *st)
{
	pthread_mutex_lock(&b->mu);
	*st = b->st;
	pthread_mutex_unlock(&b->mu);
}

static void bundles_free(agated_bundles *b)
{
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->cond);
	free(b->url);
	free(b->pubkey);
	free(b->state);
	free(b);
}

int agated_bundles_start(const agated_bundle_config *cfg, agated_bundles **out,
			 char *err, size_t errcap)
{
	agated_bundles *b;
	char id[17];
	int rc;

	if ((rc = agated_bundle_check_url(cfg->url, err, errcap)) < 0)
		return rc;
	if (!cfg->pubkey || agate_bundle_pub_id(cfg->pubkey, id, err, errcap) < 0) {
		if (!cfg->pubkey)
			snprintf(err, errcap, "bundle-url needs bundle-pubkey: no bundle is taken unsigned");
		return -EINVAL;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(err, errcap, "bundle: libcurl could not start");
		return -EIO;
	}
	if (!(b = calloc(1, sizeof *b)) || pthread_mutex_init(&b->mu, NULL) != 0) {
		free(b);
		snprintf(err, errcap, "out of memory");
		return -ENOMEM;
	}
	pthread_cond_init(&b->cond, NULL);
	b->url = strdup(cfg->url);
	b->pubkey = strdup(cfg->pubkey);
	b->state = strdup(cfg->state);
	b->poll_s = cfg->poll_s ? cfg->poll_s : 60;
	b->st.revision = cfg->in_force;
	if (cfg->in_force_digest)
		snprintf(b->st.digest, sizeof b->st.digest, "%s", cfg->in_force_digest);
	if (!b->url || !b->pubkey || !b->state) {
		bundles_free(b);
		snprintf(err, errcap, "out of memory");
		return -ENOMEM;
	}
	if ((rc = pthread_create(&b->thread, NULL, fetcher, b)) != 0) {
		bundles_free(b);
		snprintf(err, errcap, "bundle: cannot start its thread: %s", strerror(rc));
		return -rc;
	}
	agated_info("bundle: pulling %s every %u s (key %s, revision %" PRIu64 " in force)",
		    b->url, b->poll_s, id, b->st.revision);
	*out = b;
	return 0;
}

void agated_bundles_stop(agated_bundles *b)
{
	if (!b)
		return;
	pthread_mutex_lock(&b->mu);
	b->stop = true;
	pthread_cond_signal(&b->cond);
	pthread_mutex_unlock(&b->mu);
	pthread_join(b->thread, NULL);
	bundles_free(b);
	curl_global_cleanup();
}
