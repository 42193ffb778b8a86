/* cmd_bundle.c - `agatectl bundle keygen|build|inspect` (cmd_bundle.h). */
#include "cmd_bundle.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "schema/bundle.h"

enum { EXIT_OK = 0, EXIT_BAD = 1, EXIT_USAGE = 2, EXIT_FAIL = 3 };

static void bundle_help(FILE *f)
{
	fprintf(f,
		"usage: agatectl bundle keygen [--out PREFIX]\n"
		"       agatectl bundle build --key KEY --revision N --out FILE [--frames DIR] PATH...\n"
		"       agatectl bundle inspect [--pubkey PUB] FILE\n"
		"\n"
		"Signed rule bundles for agated's bundle-url (docs/fleet.md).\n"
		"\n"
		"  keygen   write an Ed25519 key pair: PREFIX.key (mode 0600) and\n"
		"           PREFIX.pub (PREFIX defaults to ./agate-bundle)\n"
		"  build    the rule files and folders PATH... (under rules/) and the\n"
		"           frames folder (under frames/), with a manifest of their\n"
		"           SHA-256 digests and revision N (never lower than the last\n"
		"           one published: hosts refuse a rollback), signed with KEY\n"
		"  inspect  print a bundle's revision, key and files; with --pubkey,\n"
		"           check its signature too (exit 1 when it does not verify)\n");
}

static int keygen(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *prefix = "agate-bundle";
	char err[512] = "", id[17];
	int c;

	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		if (c == 'o')
			prefix = optarg;
		else {
			bundle_help(c == 'h' ? stdout : stderr);
			return c == 'h' ? EXIT_OK : EXIT_USAGE;
		}
	}
	if (optind < argc) {
		bundle_help(stderr);
		return EXIT_USAGE;
	}
	if (agate_bundle_keygen(prefix, err, sizeof err) < 0) {
		fprintf(stderr, "agatectl bundle keygen: %s\n", err);
		return EXIT_FAIL;
	}
	{
		char pub[4200];

		snprintf(pub, sizeof pub, "%s.pub", prefix);
		if (agate_bundle_pub_id(pub, id, err, sizeof err) < 0)
			id[0] = '\0';
	}
	printf("wrote %s.key (private, mode 0600: keep it off the hosts) and %s.pub "
	       "(key %s: give it to every host as bundle-pubkey)\n", prefix, prefix, id);
	return EXIT_OK;
}

static int build(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "revision", required_argument, NULL, 'r' },
		{ "out", required_argument, NULL, 'o' },
		{ "frames", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *key = NULL, *out = NULL, *frames = NULL;
	uint64_t rev = 0;
	char err[512] = "", *end;
	int c;

	while ((c = getopt_long(argc, argv, "k:r:o:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': key = optarg; break;
		case 'o': out = optarg; break;
		case 'f': frames = optarg; break;
		case 'r':
			errno = 0;
			rev = strtoull(optarg, &end, 10);
			if (errno || *optarg < '1' || *optarg > '9' || *end) {
				fprintf(stderr, "agatectl bundle build: --revision: expected a number "
					"from 1, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h': bundle_help(stdout); return EXIT_OK;
		default: bundle_help(stderr); return EXIT_USAGE;
		}
	}
	if (!key || !out || !rev || optind >= argc) {
		fprintf(stderr, "agatectl bundle build: needs --key, --revision, --out and rule paths\n");
		return EXIT_USAGE;
	}
	if (agate_bundle_build(key, rev, (const char *const *)argv + optind, (size_t)(argc - optind),
			       frames, out, err, sizeof err) < 0) {
		fprintf(stderr, "agatectl bundle build: %s\n", err);
		return EXIT_FAIL;
	}
	printf("wrote %s: revision %" PRIu64 "\n", out, rev);
	return EXIT_OK;
}

static int inspect(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "pubkey", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *pub = NULL;
	char err[512] = "";
	agate_bundle *b = NULL;
	unsigned char *data;
	struct stat st;
	FILE *f;
	size_t n;
	int c, rc;

	while ((c = getopt_long(argc, argv, "p:h", opts, NULL)) != -1) {
		if (c == 'p')
			pub = optarg;
		else {
			bundle_help(c == 'h' ? stdout : stderr);
			return c == 'h' ? EXIT_OK : EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		bundle_help(stderr);
		return EXIT_USAGE;
	}
	if (!(f = fopen(argv[optind], "rbe")) || fstat(fileno(f), &st) != 0 ||
	    st.st_size <= 0 || (size_t)st.st_size > AGATE_BUNDLE_MAX_BYTES) {
		fprintf(stderr, "agatectl bundle inspect: %s: %s\n", argv[optind],
			f ? "empty or too large" : strerror(errno));
		if (f)
			fclose(f);
		return EXIT_FAIL;
	}
	data = malloc((size_t)st.st_size);
	n = data ? fread(data, 1, (size_t)st.st_size, f) : 0;
	fclose(f);
	rc = n == (size_t)st.st_size ? agate_bundle_open(data, n, pub, &b, err, sizeof err) : -EIO;
	free(data);
	if (rc < 0) {
		fprintf(stderr, "agatectl bundle inspect: %s: %s\n", argv[optind],
			err[0] ? err : strerror(-rc));
		return rc == -EBADMSG || rc == -EINVAL ? EXIT_BAD : EXIT_FAIL;
	}
	printf("revision %" PRIu64 "\nkey %s (%s)\ndigest %s\nfiles %zu\n", agate_bundle_revision(b),
	       agate_bundle_key_id(b), agate_bundle_signed(b) ? "signature verified"
							    : "signature not checked: use --pubkey",
	       agate_bundle_digest(b), agate_bundle_count(b));
	for (size_t i = 0; i < agate_bundle_count(b); i++) {
		const char *name, *sha;
		size_t size;

		agate_bundle_file(b, i, &name, &size, &sha);
		printf("  %.16s %8zu %s\n", sha, size, name);
	}
	agate_bundle_free(b);
	return EXIT_OK;
}

int agatectl_bundle_main(int argc, char **argv)
{
	if (argc < 2) {
		bundle_help(stderr);
		return EXIT_USAGE;
	}
	optind = 0;
	if (!strcmp(argv[1], "keygen"))
		return keygen(argc - 1, argv + 1);
	if (!strcmp(argv[1], "build"))
		return build(argc - 1, argv + 1);
	if (!strcmp(argv[1], "inspect"))
		return inspect(argc - 1, argv + 1);
	if (!strcmp(argv[1], "help") || !strcmp(argv[1], "--help")) {
		bundle_help(stdout);
		return EXIT_OK;
	}
	fprintf(stderr, "agatectl bundle: unknown command '%s'\n", argv[1]);
	bundle_help(stderr);
	return EXIT_USAGE;
}
