/* bundle_test.c - schema/bundle.c: a bundle opens only when every byte
 * is as signed, and names that could leave the bundle's folder never get
 * in. */
#include <criterion/criterion.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema/bundle.h"

static char dir[64];
static char err[512];

static void path(char *out, const char *name)
{
	snprintf(out, 200, "%s/%s", dir, name);
}

static void put(const char *name, const char *text)
{
	char p[200];
	FILE *f;

	path(p, name);
	cr_assert(f = fopen(p, "w"));
	fputs(text, f);
	fclose(f);
}

static unsigned char *slurp(const char *name, size_t *len)
{
	char p[200];
	FILE *f;
	unsigned char *buf = malloc(1 << 20);

	path(p, name);
	cr_assert(f = fopen(p, "rb"));
	*len = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

static void setup(void)
{
	char p[200], q[200];
	const char *rules[1];

	strcpy(dir, "/tmp/agate-bundle-test-XXXXXX");
	cr_assert(mkdtemp(dir));
	path(p, "k");
	cr_assert_eq(agate_bundle_keygen(p, err, sizeof err), 0, "%s", err);
	path(p, "other");
	cr_assert_eq(agate_bundle_keygen(p, err, sizeof err), 0, "%s", err);
	put("a.rules", "rule @a\n  trigger deploy\n  check true\n  enforce block \"no\"\nend\n");
	path(p, "a.rules");
	rules[0] = p;
	path(q, "k.key");
	{
		char out[200];

		path(out, "b.bundle");
		cr_assert_eq(agate_bundle_build(q, 7, rules, 1, NULL, out, err, sizeof err), 0, "%s", err);
	}
}

static void teardown(void)
{
	char cmd[200];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	(void)!system(cmd);
}

TestSuite(bundle, .init = setup, .fini = teardown);

static int open_with(const unsigned char *data, size_t len, const char *key, agate_bundle **b)
{
	char p[200];

	path(p, key);
	return agate_bundle_open(data, len, p, b, err, sizeof err);
}

Test(bundle, a_signed_bundle_opens_and_extracts)
{
	size_t len;
	unsigned char *data = slurp("b.bundle", &len);
	agate_bundle *b = NULL;
	const char *name, *sha;
	size_t size;
	char out[200], file[300];
	struct stat st;

	cr_assert_eq(open_with(data, len, "k.pub", &b), 0, "%s", err);
	cr_assert_eq(agate_bundle_revision(b), 7);
	cr_assert(agate_bundle_signed(b));
	cr_assert_eq(agate_bundle_count(b), 1);
	agate_bundle_file(b, 0, &name, &size, &sha);
	cr_assert_str_eq(name, "rules/a.rules");
	path(out, "x");
	cr_assert_eq(agate_bundle_extract(b, out, err, sizeof err), 0, "%s", err);
	snprintf(file, sizeof file, "%s/rules/a.rules", out);
	cr_assert_eq(stat(file, &st), 0);
	cr_assert_eq((size_t)st.st_size, size);
	/* a folder that exists is not written into */
	cr_assert_eq(agate_bundle_extract(b, out, err, sizeof err), -EEXIST);
	agate_bundle_free(b);
	free(data);
}

Test(bundle, every_changed_byte_is_refused)
{
	size_t len;
	unsigned char *data = slurp("b.bundle", &len);
	agate_bundle *b = NULL;
	const char *manifest_end = strstr((const char *)data, "end\n");

	cr_assert(manifest_end);
	cr_assert_eq(open_with(data, len, "other.pub", &b), -EBADMSG, "another key");
	/* a byte of the manifest: the signature no longer verifies (or the
	 * manifest no longer parses) */
	for (size_t i = 16; i < (size_t)(manifest_end - (const char *)data); i += 7) {
		data[i] ^= 1;
		cr_assert_lt(open_with(data, len, "k.pub", &b), 0, "manifest byte %zu", i);
		data[i] ^= 1;
	}
	/* a byte of the file: its digest */
	data[len - 3] ^= 1;
	cr_assert_eq(open_with(data, len, "k.pub", &b), -EBADMSG);
	cr_assert(strstr(err, "digest"), "%s", err);
	data[len - 3] ^= 1;
	/* cut short, or something appended */
	cr_assert_eq(open_with(data, len - 1, "k.pub", &b), -EINVAL);
	cr_assert(strstr(err, "truncated"), "%s", err);
	cr_assert_eq(open_with(data, len + 1, "k.pub", &b), -EINVAL);
	cr_assert_eq(open_with(data, len, "k.pub", &b), 0, "%s", err);
	agate_bundle_free(b);
	free(data);
}

Test(bundle, names_that_leave_the_folder_never_get_in)
{
	static const char *const bad[] = { "../x.rules", "a/../../x", "/etc/x", "a//b", "a b" };
	char key[200], out[200];

	path(key, "k.key");
	path(out, "bad.bundle");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char text[512];
		agate_bundle *b = NULL;

		/* a forged manifest line, signed or not, never opens */
		snprintf(text, sizeof text, "agate-bundle 1\nrevision 1\nkey 0123456789abcdef\n"
			 "file %064d 1 rules/%s\nend\nsignature %0128d\nx", 0, bad[i], 0);
		cr_assert_eq(agate_bundle_open(text, strlen(text), NULL, &b, err, sizeof err), -EINVAL,
			     "%s", bad[i]);
	}
	cr_assert_eq(agate_bundle_build(key, 0, (const char *const[]){ out }, 1, NULL, out, err,
					sizeof err), -EINVAL, "revision 0");
}
