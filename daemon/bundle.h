/* bundle.h - pulling signed rule bundles (schema/bundle.h) for agated.
 *
 * One thread fetches bundle-url every bundle-poll seconds with libcurl,
 * sending the last ETag (If-None-Match), and checks what it gets before
 * anything else sees it: the Ed25519 signature against bundle-pubkey,
 * every file's digest and size, and the revision, which must be above
 * the one in force (a lower one is a rollback, the same one with other
 * bytes a replay: both refused). A bundle that passes is written into a
 * folder of its own beside the audit database (DB.bundle.d/rev-N-DIGEST)
 * and handed to the loop as an event; the loop compiles and swaps it in
 * through the ordinary reload with its guard, then settles it: applied
 * (it is kept as DB.bundle, the last good bundle, loaded at the next
 * start) or refused. While a bundle waits to be settled the thread
 * fetches nothing more.
 *
 * Threads: events, settle, stats and close are called on the loop thread
 * only; the fetch thread never touches agated's state.
 */
#ifndef AGATE_DAEMON_BUNDLE_H
#define AGATE_DAEMON_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct agated_bundles agated_bundles;

typedef struct agated_bundle_config {
	const char *url;        /* http:// or https:// */
	const char *pubkey;     /* PEM file of the Ed25519 public key */
	const char *state;      /* path prefix: STATE (last good), STATE.d/ */
	unsigned poll_s;
	uint64_t in_force;      /* revision restored at start (0: none) */
	const char *in_force_digest; /* its digest, or NULL */
} agated_bundle_config;

typedef struct agated_bundle_event {
	bool ready;             /* true: a candidate to reload; false: refused */
	uint64_t revision;
	char digest[65];
	char dir[4096];         /* ready: the folder holding rules/ (and frames/) */
	char message[512];      /* refused: why */
} agated_bundle_event;

typedef struct agated_bundle_stats {
	uint64_t revision;      /* in force (0: none) */
	uint64_t fetches, not_modified, applied, refused, fetch_errors;
	int64_t last_fetch_ms;  /* wall clock of the last answer */
	char last_error[256];
	char digest[65];        /* of the bundle in force */
} agated_bundle_stats;

/* Check a bundle-url value. 0 or -EINVAL with err set. */
int agated_bundle_check_url(const char *url, char *err, size_t errcap);

/* At start: the last good bundle at state, checked again with pubkey and
 * extracted when its folder is missing. 0 with *rev (0: none kept) and
 * the folder in dir; a negative errno (err set) when the kept bundle no
 * longer verifies: agated then starts from its local rules. */
int agated_bundle_restore(const char *state, const char *pubkey, uint64_t *rev,
			  char digest[65], char *dir, size_t dircap, char *err, size_t errcap);

/* Start the fetch thread. Copies cfg's strings. */
__attribute__((warn_unused_result))
int agated_bundles_start(const agated_bundle_config *cfg, agated_bundles **out,
			 char *err, size_t errcap);

/* The next event, if one waits (false: none). */
bool agated_bundles_next(agated_bundles *b, agated_bundle_event *ev);

/* The reload of a ready revision ended: ok = in force now. */
void agated_bundles_settle(agated_bundles *b, uint64_t revision, const char *digest, bool ok,
			   const char *why);

void agated_bundles_get_stats(agated_bundles *b, agated_bundle_stats *st);

/* Stop the thread (a fetch under way ends first, at most its timeout)
 * and free b. NULL is fine. */
void agated_bundles_stop(agated_bundles *b);

#endif
