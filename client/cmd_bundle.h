/* cmd_bundle.h - `agatectl bundle keygen|build|inspect`: signed rule
 * bundles for a fleet of agated hosts (schema/bundle.h, docs/fleet.md). */
#ifndef AGATE_CLIENT_CMD_BUNDLE_H
#define AGATE_CLIENT_CMD_BUNDLE_H

/* argv[0] is "bundle", argv[1] the subcommand. Exit status: 0 success,
 * 1 a bundle that does not verify (inspect --pubkey), 2 usage error,
 * 3 any other error. */
int agatectl_bundle_main(int argc, char **argv);

#endif
