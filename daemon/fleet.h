/* fleet.h - agated as one host of a fleet (docs/fleet.md): the central
 * audit sinks (sink_pg.h) and the signed rule bundles (bundle.h) wired
 * into the daemon. Everything here runs on the loop thread; the threads
 * that do the network work belong to sink_pg.c and bundle.c.
 *
 * A bundle reaches the rules in force only through the ordinary reload
 * (d->up.reload): the loop takes a checked bundle from the fetch thread
 * as the reload's candidate, the reload compiles it off the loop and
 * swaps it in through the same guard as any reload, and its end settles
 * the bundle (applied and kept, or refused). The reload's one audit row
 * names the bundle (agated_fleet_reload_digest); a bundle refused before
 * any reload gets its own reload row here. Once a bundle is in force,
 * every later reload (SIGHUP, agatectl reload) reads the rules from its
 * folder.
 */
#ifndef AGATE_DAEMON_FLEET_H
#define AGATE_DAEMON_FLEET_H

#include <stdbool.h>
#include <stdint.h>

#include "daemon/daemon.h"

/* Before the first policy load: the last good bundle kept on disk, if
 * bundle-url is set and it still verifies (else the local rules, with a
 * warning). */
void agated_fleet_restore(agated *d);

/* The first policy load: the kept bundle (agated_fleet_restore), or the
 * local rules when there is none or it does not load. Into d->snap,
 * generation 1; as agated_snapshot_load (diags may hold the kept
 * bundle's errors too). */
int agated_fleet_load_first(agated *d, agate_diags *diags);

/* Load the policy from the bundle folder dir (its rules/, and its frames/
 * when it has them and frames are not "none"), or from the configured
 * rules and frames when dir is NULL. As agated_snapshot_load. */
int agated_fleet_load_policy(const agated_config *cfg, const char *dir, uint64_t generation,
			     agated_snapshot **out, agate_diags *diags);

/* After the audit log is open: start the sinks' and the bundle thread.
 * A negative errno (logged) when one cannot start: agated then stops. */
int agated_fleet_start(agated *d);
/* After the loop ended: stop them and free what they hold. */
void agated_fleet_stop(agated *d);

/* Every tick: audit refused bundles, hand a checked one to a reload. */
void agated_fleet_tick(agated *d);

/* What one reload loads: the bundle candidate (then settled at its end),
 * the bundle in force, or (dir NULL) the local rules; revision and
 * digest name the bundle in the first two cases. */
typedef struct agated_fleet_reload {
	char *dir;
	uint64_t revision;
	char digest[65];
	bool candidate;
} agated_fleet_reload;

void agated_fleet_reload_begin(agated *d, agated_fleet_reload *fr);
/* The digest of the bundle the reload reads (for its audit row, with
 * fr->revision), or NULL when it reads the local rules. Owned by fr. */
const char *agated_fleet_reload_digest(const agated_fleet_reload *fr);
/* The reload ended (ok: swapped in); frees fr->dir unless kept. */
void agated_fleet_reload_end(agated *d, agated_fleet_reload *fr, bool ok, const char *msg);

#endif
