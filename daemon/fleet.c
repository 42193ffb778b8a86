/* fleet.c - see fleet.h. */
#include "daemon/fleet.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "daemon/bundle.h"
#include "daemon/log.h"
#include "daemon/ops/ops.h"
#include "daemon/sink_pg.h"
#include "schema/protocol.h"

static bool is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void state_path(const agated_config *cfg, char *out, size_t cap)
{
	snprintf(out, cap, "%s.bundle", cfg->db_path);
}

int agated_fleet_load_policy(const agated_config *cfg, const char *dir, uint64_t generation,
			     agated_snapshot **out, agate_diags *diags)
{
	char rules[4200], frames[4200];
	const char *r[1] = { rules };
	bool none = cfg->frames && !strcmp(cfg->frames, "none");

	if (!dir)
		return agated_snapshot_load((const char *const *)cfg->rules, cfg->nrules,
					    cfg->frames, generation, out, diags);
	snprintf(rules, sizeof rules, "%s/rules", dir);
	snprintf(frames, sizeof frames, "%s/frames", dir);
	return agated_snapshot_load(r, 1, !none && is_dir(frames) ? frames : cfg->frames,
				    generation, out, diags);
}

void agated_fleet_restore(agated *d)
{
	char state[4200], dir[4096], err[512] = "";
	int rc;

	if (!d->cfg->bundle_url || !d->cfg->bundle_pubkey)
		return;
	state_path(d->cfg, state, sizeof state);
	rc = agated_bundle_restore(state, d->cfg->bundle_pubkey, &d->bundle_rev, d->bundle_digest,
				   dir, sizeof dir, err, sizeof err);
	if (rc < 0) {
		agated_warn("bundle: the kept bundle %s is not used: %s; starting from the local rules",
			    state, err);
		d->bundle_rev = 0;
		return;
	}
	if (d->bundle_rev && !(d->bundle_dir = strdup(dir))) {
		d->bundle_rev = 0;
		return;
	}
	if (d->bundle_rev)
		agated_info("bundle: starting from the kept revision %" PRIu64, d->bundle_rev);
}

int agated_fleet_load_first(agated *d, agate_diags *diags)
{
	int e;

	agated_fleet_restore(d);
	e = agated_fleet_load_policy(d->cfg, d->bundle_dir, 1, &d->snap, diags);
	if (e && d->bundle_dir) {
		agated_warn("bundle: the kept revision %" PRIu64 " does not load; starting from the "
			    "local rules", d->bundle_rev);
		free(d->bundle_dir);
		d->bundle_dir = NULL;
		d->bundle_rev = 0;
		e = agated_fleet_load_policy(d->cfg, NULL, 1, &d->snap, diags);
	}
	return e;
}

/* ---- audit rows ------------------------------------------------------ */

/* A bundle refused before any reload (signature, key, rollback, replay,
 * a damaged file): the one row of that attempt, a reload row like the
 * others (who "bundle", outcome failed) with the rules in force
 * unchanged. A bundle that reaches the reload is audited by the reload's
 * own row instead (server.c names the bundle in it), never twice. */
static void audit_bundle_refused(agated *d, const char *reason, uint64_t rev, const char *digest)
{
	agated_reload_attempt at = {
		.who = "bundle", .outcome = "failed",
		.generation = agated_snapshot_generation(d->snap),
		.digest = agated_snapshot_digest(d->snap), .label = agated_snapshot_label(d->snap),
		.previous = agated_snapshot_generation(d->snap), .message = reason,
		.bundle_revision = rev, .bundle_digest = digest ? digest : "",
	};

	agated_stats_error(d->stats, AGATE_ERR_RELOAD);
	if (d->audit && agated_audit_reload(d, &at, NULL) < 0)
		agated_warn("bundle: the audit row was not written: %s", reason);
}

/* ---- start and stop ---------------------------------------------------- */

static int start_pgsinks(agated *d)
{
	agated_config *cfg = d->cfg;
	char host[256], err[512];
	int e;

	if (!cfg->naudit_sinks)
		return 0;
	if (cfg->host_id)
		snprintf(host, sizeof host, "%s", cfg->host_id);
	else if (agated_pgsink_default_host(host, sizeof host) < 0) {
		agated_error("audit-sink: no host-id set and no /etc/machine-id or host name");
		return -EINVAL;
	}
	d->pgsinks = calloc(cfg->naudit_sinks, sizeof *d->pgsinks);
	if (!d->pgsinks) {
		agated_error("out of memory");
		return -ENOMEM;
	}
	for (size_t i = 0; i < cfg->naudit_sinks; i++) {
		if ((e = agated_pgsink_start(cfg->db_path, cfg->audit_sinks[i], host,
					     &d->pgsinks[i], err, sizeof err)) < 0) {
			agated_error("%s", err);
			return e;
		}
		d->npgsinks++;
	}
	agated_info("shipping the audit log as host %s to %zu central store%s", host,
		    d->npgsinks, d->npgsinks == 1 ? "" : "s");
	return 0;
}

int agated_fleet_start(agated *d)
{
	agated_bundle_config bc = { 0 };
	char state[4200], err[512] = "";
	int e;

	if ((e = start_pgsinks(d)) < 0)
		return e;
	if (!d->cfg->bundle_url)
		return 0;
	state_path(d->cfg, state, sizeof state);
	bc.url = d->cfg->bundle_url;
	bc.pubkey = d->cfg->bundle_pubkey;
	bc.state = state;
	bc.poll_s = d->cfg->bundle_poll_s;
	bc.in_force = d->bundle_rev;
	bc.in_force_digest = d->bundle_rev ? d->bundle_digest : NULL;
	if ((e = agated_bundles_start(&bc, &d->bundles, err, sizeof err)) < 0)
		agated_error("%s", err);
	return e;
}

void agated_fleet_stop(agated *d)
{
	for (size_t i = 0; i < d->npgsinks; i++)
		agated_pgsink_stop(d->pgsinks[i]);
	free(d->pgsinks);
	d->pgsinks = NULL;
	d->npgsinks = 0;
	agated_bundles_stop(d->bundles);
	d->bundles = NULL;
	free(d->bundle_dir);
	free(d->bundle_cand_dir);
	d->bundle_dir = d->bundle_cand_dir = NULL;
}

/* ---- bundles through the reload ------------------------------------------ */

void agated_fleet_tick(agated *d)
{
	agated_bundle_event ev;

	if (!d->bundles || d->stopping)
		return;
	while (agated_bundles_next(d->bundles, &ev)) {
		char why[700];

		if (!ev.ready) {
			snprintf(why, sizeof why, "bundle refused, the rules in force stay: %s", ev.message);
			audit_bundle_refused(d, why, ev.revision, ev.digest);
			continue;
		}
		free(d->bundle_cand_dir);
		if (!(d->bundle_cand_dir = strdup(ev.dir))) {
			agated_bundles_settle(d->bundles, ev.revision, ev.digest, false, "out of memory");
			continue;
		}
		d->bundle_cand_rev = ev.revision;
		snprintf(d->bundle_cand_digest, sizeof d->bundle_cand_digest, "%s", ev.digest);
		/* runs now, or once the reload under way ends; its reload
		 * row names the bundle as who asked */
		if (!d->reload_cause)
			d->reload_cause = "bundle";
		d->up.reload(d, NULL, false);
	}
}

void agated_fleet_reload_begin(agated *d, agated_fleet_reload *fr)
{
	memset(fr, 0, sizeof *fr);
	if (d->bundle_cand_dir) {
		fr->dir = d->bundle_cand_dir;
		d->bundle_cand_dir = NULL;
		fr->revision = d->bundle_cand_rev;
		memcpy(fr->digest, d->bundle_cand_digest, sizeof fr->digest);
		fr->candidate = true;
	} else if (d->bundle_dir) {
		/* NULL on ENOMEM: the load then reads the local rules */
		if ((fr->dir = strdup(d->bundle_dir))) {
			fr->revision = d->bundle_rev;
			memcpy(fr->digest, d->bundle_digest, sizeof fr->digest);
		}
	}
}

const char *agated_fleet_reload_digest(const agated_fleet_reload *fr)
{
	return fr->dir ? fr->digest : NULL;
}

void agated_fleet_reload_end(agated *d, agated_fleet_reload *fr, bool ok, const char *msg)
{
	char why[700];

	if (!fr->candidate) {
		free(fr->dir);
		fr->dir = NULL;
		return;
	}
	snprintf(why, sizeof why, "bundle revision %" PRIu64 " %s: %s", fr->revision,
		 ok ? "in force" : "refused, the rules in force stay", msg);
	if (ok) {
		free(d->bundle_dir);
		d->bundle_dir = fr->dir;
		d->bundle_rev = fr->revision;
		memcpy(d->bundle_digest, fr->digest, sizeof d->bundle_digest);
		agated_info("%s", why);
	} else {
		free(fr->dir);
		agated_warn("%s", why);
	}
	fr->dir = NULL;
	agated_bundles_settle(d->bundles, fr->revision, fr->digest, ok, msg);
	if (!ok)
		agated_stats_error(d->stats, AGATE_ERR_RELOAD);
}
