/* notify.c - see notify.h. A ring of owned body strings under one mutex;
 * the poster thread sleeps on a condition variable until a body or the
 * stop comes. Failures are an episode: its start and its end are logged
 * (by the poster thread: log lines are single write()s), not each call. */
#include "daemon/notify.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "daemon/log.h"
#include "policy/base/json.h"

#define URL_MAX 2048

struct agated_notify {
	char *url;
	char *shown;              /* url for the log, without user:password@ */
	char *socket_opt;         /* "--socket PATH " or "" */
	unsigned review_timeout_s; /* said in the body */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool stop;
	char *queue[AGATED_NOTIFY_QUEUE];
	size_t head, count;
	/* under mu */
	uint64_t posted, failed, dropped;
	bool dropping;            /* an overflow episode is logged as begun */
	/* the poster thread's own */
	bool failing;
	uint64_t failed_in_episode;
};

const char *agated_notify_url_problem(const char *url)
{
	if (!url || !*url)
		return "expected a URL";
	if (strlen(url) > URL_MAX)
		return "the URL is longer than 2048 bytes";
	if (strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
		return "expected an http:// or https:// URL";
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= 0x20 || *p == 0x7f)
			return "the URL holds a space or a control character";
	return NULL;
}

/* ---- the body --------------------------------------------------------- */

static void put_str(FILE *f, const char *k, const char *s)
{
	char small[512];
	size_t n = s ? strlen(s) : 0, need;

	fprintf(f, ",\"%s\":", k);
	if (!s) {
		fputs("null", f);
		return;
	}
	need = agate_json_write_str(small, sizeof(small), s, n);
	if (need < sizeof(small)) {
		fwrite(small, 1, need, f);
		return;
	}
	char *big = malloc(need + 1);
	if (!big) {
		fputs("null", f);
		return;
	}
	agate_json_write_str(big, need + 1, s, n);
	fwrite(big, 1, need, f);
	free(big);
}

/* The JSON body for h; NULL when out of memory. */
static char *review_body(const agated_notify *n, const agated_hold *h, bool held)
{
	char *buf = NULL, cmd[320];
	size_t len = 0, alen = h->args ? strlen(h->args) : 0;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		return NULL;
	fprintf(f, "{\"event\":\"review\",\"review_id\":%llu,\"held\":%s",
		(unsigned long long)h->audit_id, held ? "true" : "false");
	put_str(f, "agent", h->agent);
	put_str(f, "session", h->session);
	put_str(f, "tool", h->tool);
	/* whole arguments are a JSON object (agate_json_encode wrote them);
	 * cut ones are no longer valid JSON, so they travel as a string */
	if (alen && h->args[0] == '{' && h->args[alen - 1] == '}')
		fprintf(f, ",\"args\":%s", h->args);
	else
		put_str(f, "args", h->args ? h->args : "{}");
	put_str(f, "rule", h->rule);
	put_str(f, "reason", h->reason);
	fprintf(f, ",\"uid\":%lld,\"pid\":%lld,\"timeout_s\":%u",
		(long long)h->peer_uid, (long long)h->peer_pid, n->review_timeout_s);
	snprintf(cmd, sizeof(cmd), "agatectl %sapprove %llu", n->socket_opt,
		 (unsigned long long)h->audit_id);
	put_str(f, "approve", cmd);
	snprintf(cmd, sizeof(cmd), "agatectl %sdeny %llu", n->socket_opt,
		 (unsigned long long)h->audit_id);
	put_str(f, "deny", cmd);
	fputs("}\n", f);
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

void agated_notify_review(agated_notify *n, const agated_hold *h, bool held)
{
	char *body;
	bool begin_drop = false;
	const char *what;

	if (!n)
		return;
	body = review_body(n, h, held);
	what = body ? "its queue is full" : "out of memory for a notification";
	pthread_mutex_lock(&n->mu);
	if (!body || n->count == AGATED_NOTIFY_QUEUE) {
		n->dropped++;
		begin_drop = !n->dropping;
		n->dropping = true;
	} else {
		n->queue[(n->head + n->count) % AGATED_NOTIFY_QUEUE] = body;
		n->count++;
		body = NULL;
		pthread_cond_signal(&n->cv);
	}
	pthread_mutex_unlock(&n->mu);
	free(body);
	if (begin_drop)
		agated_warn("review webhook: %s; notifications are dropped until it catches up",
			    what);
}

/* ---- the poster thread ------------------------------------------------ */

static size_t discard(char *p, size_t size, size_t nmemb, void *ud)
{
	(void)p;
	(void)ud;
	return size * nmemb;
}

/* One POST. 0 on a 2xx answer; else why not, in why. */
static int post_one(CURL *curl, const agated_notify *n, const char *body,
		    char *why, size_t cap)
{
	struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: application/json");
	char errbuf[CURL_ERROR_SIZE] = "";
	long status = 0;
	CURLcode rc;

	if (!hdr) {
		snprintf(why, cap, "out of memory");
		return -ENOMEM;
	}
	curl_easy_reset(curl);
	curl_easy_setopt(curl, CURLOPT_URL, n->url);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)AGATED_NOTIFY_TIMEOUT_S);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, "agated");
	/* a redirect would resend the body elsewhere: not followed */
	curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	rc = curl_easy_perform(curl);
	curl_slist_free_all(hdr);
	if (rc != CURLE_OK) {
		snprintf(why, cap, "%s", errbuf[0] ? errbuf : curl_easy_strerror(rc));
		return -EIO;
	}
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
	if (status < 200 || status > 299) {
		snprintf(why, cap, "it answered HTTP %ld", status);
		return -EIO;
	}
	return 0;
}

/* Count one outcome; log the start and the end of a failing episode. */
static void outcome(agated_notify *n, int e, const char *why)
{
	pthread_mutex_lock(&n->mu);
	if (e)
		n->failed++;
	else
		n->posted++;
	pthread_mutex_unlock(&n->mu);
	if (e && !n->failing) {
		agated_warn("review webhook: cannot notify %s: %s (logged again only when "
			    "it recovers)", n->shown, why);
		n->failing = true;
		n->failed_in_episode = 0;
	}
	if (e) {
		n->failed_in_episode++;
	} else if (n->failing) {
		agated_info("review webhook: notifying %s again (%llu notifications were lost)",
			    n->shown, (unsigned long long)n->failed_in_episode);
		n->failing = false;
	}
}

static void *poster(void *arg)
{
	agated_notify *n = arg;
	CURL *curl = curl_easy_init();
	char why[CURL_ERROR_SIZE + 64];

	for (;;) {
		char *body = NULL;
		bool end_drop = false;
		uint64_t dropped = 0;

		pthread_mutex_lock(&n->mu);
		while (!n->stop && n->count == 0)
			pthread_cond_wait(&n->cv, &n->mu);
		if (n->stop) {
			pthread_mutex_unlock(&n->mu);
			break;
		}
		body = n->queue[n->head];
		n->queue[n->head] = NULL;
		n->head = (n->head + 1) % AGATED_NOTIFY_QUEUE;
		n->count--;
		if (n->dropping && n->count == 0) {
			n->dropping = false;
			end_drop = true;
			dropped = n->dropped;
		}
		pthread_mutex_unlock(&n->mu);
		if (end_drop)
			agated_info("review webhook: caught up (%llu notifications dropped so far)",
				    (unsigned long long)dropped);
		if (!curl) {
			snprintf(why, sizeof(why), "libcurl could not start");
			outcome(n, -ENOMEM, why);
		} else {
			outcome(n, post_one(curl, n, body, why, sizeof(why)), why);
		}
		free(body);
	}
	if (curl)
		curl_easy_cleanup(curl);
	return NULL;
}

/* ---- life ------------------------------------------------------------- */

/* url with any user:password@ replaced by ***@: the log is read by
 * more people than the config. NULL when out of memory. */
static char *shown_url(const char *url)
{
	const char *host = strstr(url, "://"), *at, *end;
	char *out;
	size_t cap;

	host = host ? host + 3 : url;
	end = host + strcspn(host, "/?#");
	at = memchr(host, '@', (size_t)(end - host));
	if (!at)
		return strdup(url);
	cap = strlen(url) + 8;
	out = malloc(cap);
	if (out)
		snprintf(out, cap, "%.*s***%s", (int)(host - url), url, at);
	return out;
}

/* "--socket /abs/path " for the ready-made commands (an operator runs
 * them from anywhere), or "" when there is no path or it would not fit a
 * command line cleanly (a space or a quote in it: agatectl's own default
 * is then the operator's business). NULL when out of memory. */
static char *socket_opt(const char *path)
{
	char cwd[1024] = "", *out;
	size_t cap;

	if (!path || !*path || strlen(path) > 200 || strpbrk(path, " \t\n'\"\\$`"))
		return strdup("");
	if (path[0] != '/' && (!getcwd(cwd, sizeof(cwd)) || strpbrk(cwd, " \t\n'\"\\$`")))
		return strdup("");
	cap = strlen(cwd) + strlen(path) + 16;
	out = malloc(cap);
	if (out)
		snprintf(out, cap, "--socket %s%s%s ", cwd, cwd[0] ? "/" : "", path);
	return out;
}

int agated_notify_new(const char *url, const char *socket_path, unsigned timeout_s,
		      agated_notify **out, char *err, size_t errcap)
{
	const char *problem = agated_notify_url_problem(url);
	agated_notify *n;
	int e;

	*out = NULL;
	if (problem) {
		snprintf(err, errcap, "review-webhook: %s", problem);
		return -EINVAL;
	}
	/* once, before any thread of ours uses libcurl */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		snprintf(err, errcap, "review-webhook: libcurl could not start");
		return -ENOMEM;
	}
	n = calloc(1, sizeof(*n));
	if (!n)
		goto enomem;
	n->review_timeout_s = timeout_s;
	n->url = strdup(url);
	n->shown = shown_url(url);
	n->socket_opt = socket_opt(socket_path);
	if (!n->url || !n->shown || !n->socket_opt)
		goto enomem;
	pthread_mutex_init(&n->mu, NULL);
	pthread_cond_init(&n->cv, NULL);
	if ((e = pthread_create(&n->thread, NULL, poster, n))) {
		pthread_cond_destroy(&n->cv);
		pthread_mutex_destroy(&n->mu);
		free(n->url);
		free(n->shown);
		free(n->socket_opt);
		free(n);
		curl_global_cleanup();
		snprintf(err, errcap, "review-webhook: cannot start its thread: %s", strerror(e));
		return -e;
	}
	*out = n;
	return 0;
enomem:
	if (n) {
		free(n->url);
		free(n->shown);
		free(n->socket_opt);
		free(n);
	}
	curl_global_cleanup();
	snprintf(err, errcap, "review-webhook: out of memory");
	return -ENOMEM;
}

void agated_notify_free(agated_notify *n)
{
	if (!n)
		return;
	pthread_mutex_lock(&n->mu);
	n->stop = true;
	pthread_cond_signal(&n->cv);
	pthread_mutex_unlock(&n->mu);
	pthread_join(n->thread, NULL);
	for (size_t i = 0; i < n->count; i++)
		free(n->queue[(n->head + i) % AGATED_NOTIFY_QUEUE]);
	pthread_cond_destroy(&n->cv);
	pthread_mutex_destroy(&n->mu);
	free(n->url);
	free(n->shown);
	free(n->socket_opt);
	free(n);
	curl_global_cleanup();
}

void agated_notify_counts(agated_notify *n, uint64_t *posted, uint64_t *failed,
			  uint64_t *dropped)
{
	*posted = *failed = *dropped = 0;
	if (!n)
		return;
	pthread_mutex_lock(&n->mu);
	*posted = n->posted;
	*failed = n->failed;
	*dropped = n->dropped;
	pthread_mutex_unlock(&n->mu);
}
