/* bundle.c - see bundle.h: the format, Ed25519 through OpenSSL's EVP
 * interface, and the files in and out. */
#include "schema/bundle.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#define MAGIC "agate-bundle 1\n"
#define SIG_LEN 64
#define NAME_MAX_LEN 255

typedef struct bfile {
	char *name;
	size_t size;
	char sha[65];
	const unsigned char *data; /* into b->raw */
	char *path;                /* build only: where it is read from */
} bfile;

struct agate_bundle {
	uint64_t revision;
	char key_id[17];
	bool is_signed, has_frames;
	bfile *files;
	size_t n;
	unsigned char *raw;        /* a copy of the whole bundle */
	size_t rawlen;
	char digest[65];
};

static int bfail(char *err, size_t cap, int rc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int bfail(char *err, size_t cap, int rc, const char *fmt, ...)
{
	va_list ap;

	if (err && cap) {
		va_start(ap, fmt);
		vsnprintf(err, cap, fmt, ap);
		va_end(ap);
	}
	return rc;
}

static void sha_hex(const void *p, size_t n, char out[65])
{
	static const char dg[] = "0123456789abcdef";
	unsigned char md[32];
	unsigned int len = 0;

	EVP_Digest(p, n, md, &len, EVP_sha256(), NULL);
	for (int i = 0; i < 32; i++) {
		out[2 * i] = dg[md[i] >> 4];
		out[2 * i + 1] = dg[md[i] & 15];
	}
	out[64] = '\0';
}

static bool name_ok(const char *s)
{
	size_t n = strlen(s), seg = 0;

	if (n == 0 || n > NAME_MAX_LEN || s[0] == '/')
		return false;
	for (size_t i = 0; i <= n; i++) {
		char c = s[i];

		if (c == '/' || c == '\0') {
			if (seg == 0 || (seg == 1 && s[i - 1] == '.') ||
			    (seg == 2 && s[i - 1] == '.' && s[i - 2] == '.'))
				return false;
			seg = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
		seg++;
	}
	return true;
}

static int key_id_of(EVP_PKEY *k, char out[17])
{
	unsigned char raw[64];
	size_t len = sizeof raw;
	char hex[65];

	if (EVP_PKEY_get_raw_public_key(k, raw, &len) != 1)
		return -EINVAL;
	sha_hex(raw, len, hex);
	memcpy(out, hex, 16);
	out[16] = '\0';
	return 0;
}

static EVP_PKEY *read_key(const char *path, bool priv, char *err, size_t cap)
{
	FILE *f = fopen(path, "re");
	EVP_PKEY *k;

	if (!f) {
		bfail(err, cap, 0, "%s: %s", path, strerror(errno));
		return NULL;
	}
	k = priv ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : PEM_read_PUBKEY(f, NULL, NULL, NULL);
	fclose(f);
	if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519) {
		EVP_PKEY_free(k);
		bfail(err, cap, 0, "%s: not an Ed25519 %s key in PEM form", path,
		      priv ? "private" : "public");
		return NULL;
	}
	return k;
}

int agate_bundle_pub_id(const char *pub_file, char out[17], char *err, size_t errcap)
{
	EVP_PKEY *k = read_key(pub_file, false, err, errcap);
	int rc;

	if (!k)
		return -EINVAL;
	rc = key_id_of(k, out);
	EVP_PKEY_free(k);
	return rc;
}

/* ---- keygen ----------------------------------------------------------- */

static int write_pem(const char *path, mode_t mode, EVP_PKEY *k, bool priv, char *err, size_t cap)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	FILE *f;
	int ok;

	if (fd < 0)
		return bfail(err, cap, -errno, "%s: %s", path, strerror(errno));
	if (fchmod(fd, mode) != 0 || !(f = fdopen(fd, "w"))) {
		int e = errno;

		close(fd);
		unlink(path);
		return bfail(err, cap, -e, "%s: %s", path, strerror(e));
	}
	ok = priv ? PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL) : PEM_write_PUBKEY(f, k);
	if (fclose(f) != 0 || !ok) {
		unlink(path);
		return bfail(err, cap, -EIO, "%s: cannot write the key", path);
	}
	return 0;
}

int agate_bundle_keygen(const char *prefix, char *err, size_t errcap)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
	EVP_PKEY *k = NULL;
	char keyp[4096], pubp[4096];
	int rc;

	if (!prefix || !*prefix || strlen(prefix) > 4000) {
		EVP_PKEY_CTX_free(ctx);
		return bfail(err, errcap, -EINVAL, "keygen: expected a path prefix");
	}
	snprintf(keyp, sizeof keyp, "%s.key", prefix);
	snprintf(pubp, sizeof pubp, "%s.pub", prefix);
	if (!ctx || EVP_PKEY_keygen_init(ctx) != 1 || EVP_PKEY_keygen(ctx, &k) != 1) {
		EVP_PKEY_CTX_free(ctx);
		return bfail(err, errcap, -EIO, "keygen: OpenSSL could not make an Ed25519 key");
	}
	EVP_PKEY_CTX_free(ctx);
	if ((rc = write_pem(keyp, 0600, k, true, err, errcap)) == 0 &&
	    (rc = write_pem(pubp, 0644, k, false, err, errcap)) < 0)
		unlink(keyp);
	EVP_PKEY_free(k);
	return rc;
}

/* ---- build ------------------------------------------------------------ */

typedef struct flist {
	bfile *v;
	size_t n, cap;
} flist;

static int flist_add(flist *l, const char *name, const char *path, char *err, size_t cap)
{
	if (!name_ok(name))
		return bfail(err, cap, -EINVAL, "%s: the name '%s' cannot go into a bundle "
			     "(letters, digits, . _ - only)", path, name);
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].name, name))
			return bfail(err, cap, -EINVAL, "%s: two files named %s", path, name);
	if (l->n >= AGATE_BUNDLE_MAX_FILES)
		return bfail(err, cap, -EINVAL, "more than %d files", AGATE_BUNDLE_MAX_FILES);
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 32;
		bfile *v = realloc(l->v, nc * sizeof *v);

		if (!v)
			return bfail(err, cap, -ENOMEM, "out of memory");
		l->v = v;
		l->cap = nc;
	}
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	l->v[l->n].name = strdup(name);
	l->v[l->n].path = strdup(path);
	if (!l->v[l->n].name || !l->v[l->n].path) {
		free(l->v[l->n].name);
		free(l->v[l->n].path);
		return bfail(err, cap, -ENOMEM, "out of memory");
	}
	l->n++;
	return 0;
}

static int skip_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* path (a file or a folder) under the name prefix. */
static int collect(flist *l, const char *path, const char *name, int depth, char *err, size_t cap)
{
	struct stat st;
	struct dirent **ents = NULL;
	int n, rc = 0;

	if (stat(path, &st) != 0)
		return bfail(err, cap, -errno, "%s: %s", path, strerror(errno));
	if (S_ISREG(st.st_mode))
		return flist_add(l, name, path, err, cap);
	if (!S_ISDIR(st.st_mode) || depth > 8)
		return bfail(err, cap, -EINVAL, "%s: not a file or folder (or nested too deep)", path);
	if ((n = scandir(path, &ents, skip_hidden, alphasort)) < 0)
		return bfail(err, cap, -errno, "%s: %s", path, strerror(errno));
	for (int i = 0; i < n; i++) {
		char p[4096], nm[512];

		if (rc == 0) {
			snprintf(p, sizeof p, "%s/%s", path, ents[i]->d_name);
			snprintf(nm, sizeof nm, "%s/%s", name, ents[i]->d_name);
			rc = collect(l, p, nm, depth + 1, err, cap);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

static int read_all(const char *path, unsigned char **out, size_t *len, size_t max,
		    char *err, size_t cap)
{
	FILE *f = fopen(path, "rbe");
	unsigned char *buf = NULL;
	size_t n = 0, c = 0;

	if (!f)
		return bfail(err, cap, -errno, "%s: %s", path, strerror(errno));
	for (;;) {
		size_t got;

		if (n == c) {
			unsigned char *nb;

			c = c ? c * 2 : 65536;
			if (c > max + 1)
				c = max + 1;
			if (n == c || !(nb = realloc(buf, c))) {
				free(buf);
				fclose(f);
				return bfail(err, cap, n == c ? -EINVAL : -ENOMEM,
					     "%s: larger than %zu bytes", path, max);
			}
			buf = nb;
		}
		got = fread(buf + n, 1, c - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return bfail(err, cap, -EIO, "%s: read error", path);
	}
	fclose(f);
	*out = buf;
	*len = n;
	return 0;
}

static void flist_free(flist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].path);
		free((void *)l->v[i].data);
	}
	free(l->v);
}

static char *basename_of(const char *p, char *buf, size_t cap)
{
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		n--;
	const char *s = p + n;
	while (s > p && s[-1] != '/')
		s--;
	snprintf(buf, cap, "%.*s", (int)(p + n - s), s);
	return buf;
}

/* The manifest (what is signed) into *m. */
static int manifest(const flist *l, uint64_t revision, const char *key_id, char **m,
		    size_t *mlen)
{
	size_t len = 0;
	FILE *f = open_memstream(m, &len);

	if (!f)
		return -ENOMEM;
	fprintf(f, MAGIC "revision %" PRIu64 "\nkey %s\n", revision, key_id);
	for (size_t i = 0; i < l->n; i++)
		fprintf(f, "file %s %zu %s\n", l->v[i].sha, l->v[i].size, l->v[i].name);
	fputs("end\n", f);
	if (fclose(f) != 0)
		return -ENOMEM;
	*mlen = len;
	return 0;
}

static int sign(EVP_PKEY *k, const char *msg, size_t len, unsigned char sig[SIG_LEN])
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	size_t slen = SIG_LEN;
	int ok = ctx && EVP_DigestSignInit(ctx, NULL, NULL, NULL, k) == 1 &&
		 EVP_DigestSign(ctx, sig, &slen, (const unsigned char *)msg, len) == 1 &&
		 slen == SIG_LEN;

	EVP_MD_CTX_free(ctx);
	return ok ? 0 : -EIO;
}

static int write_bundle(const char *out, const char *m, size_t mlen, const unsigned char *sig,
			const flist *l, char *err, size_t cap)
{
	char tmp[4200];
	FILE *f;
	bool ok;

	snprintf(tmp, sizeof tmp, "%s.tmp%ld", out, (long)getpid());
	if (!(f = fopen(tmp, "wbe")))
		return bfail(err, cap, -errno, "%s: %s", tmp, strerror(errno));
	ok = fwrite(m, 1, mlen, f) == mlen && fputs("signature ", f) >= 0;
	for (int i = 0; ok && i < SIG_LEN; i++)
		ok = fprintf(f, "%02x", sig[i]) == 2;
	ok = ok && fputc('\n', f) != EOF;
	for (size_t i = 0; ok && i < l->n; i++)
		ok = fwrite(l->v[i].data, 1, l->v[i].size, f) == l->v[i].size;
	if (fclose(f) != 0 || !ok || rename(tmp, out) != 0) {
		int e = errno;

		unlink(tmp);
		return bfail(err, cap, -EIO, "%s: cannot write: %s", out, strerror(e));
	}
	return 0;
}

int agate_bundle_build(const char *key_file, uint64_t revision,
		       const char *const *rule_paths, size_t nrules,
		       const char *frames_dir, const char *out, char *err, size_t errcap)
{
	flist l = { 0 };
	EVP_PKEY *k = NULL;
	char key_id[17], nm[300], *m = NULL;
	unsigned char sig[SIG_LEN];
	size_t mlen = 0, total = 0;
	int rc = 0;

	if (revision == 0 || nrules == 0 || !out)
		return bfail(err, errcap, -EINVAL, "build: a revision of 1 or more, rule paths and --out");
	if (!(k = read_key(key_file, true, err, errcap)))
		return -EINVAL;
	if (key_id_of(k, key_id) < 0) {
		rc = bfail(err, errcap, -EINVAL, "%s: cannot read the key", key_file);
		goto out;
	}
	for (size_t i = 0; rc == 0 && i < nrules; i++) {
		struct stat st;
		char base[256];

		if (stat(rule_paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			snprintf(nm, sizeof nm, "rules");
		else
			snprintf(nm, sizeof nm, "rules/%s", basename_of(rule_paths[i], base, sizeof base));
		rc = collect(&l, rule_paths[i], nm, 0, err, errcap);
	}
	if (rc == 0 && frames_dir)
		rc = collect(&l, frames_dir, "frames", 0, err, errcap);
	for (size_t i = 0; rc == 0 && i < l.n; i++) {
		unsigned char *data = NULL;

		if ((rc = read_all(l.v[i].path, &data, &l.v[i].size,
				   AGATE_BUNDLE_MAX_BYTES - total, err, errcap)) < 0)
			break;
		l.v[i].data = data;
		total += l.v[i].size;
		sha_hex(data, l.v[i].size, l.v[i].sha);
	}
	if (rc == 0 && (rc = manifest(&l, revision, key_id, &m, &mlen)) < 0)
		bfail(err, errcap, rc, "out of memory");
	if (rc == 0 && (rc = sign(k, m, mlen, sig)) < 0)
		bfail(err, errcap, rc, "%s: signing failed", key_file);
	if (rc == 0)
		rc = write_bundle(out, m, mlen, sig, &l, err, errcap);
out:
	free(m);
	flist_free(&l);
	EVP_PKEY_free(k);
	return rc;
}

/* ---- open ------------------------------------------------------------- */

typedef struct cursor {
	const char *p, *end;
} cursor;

/* The next line (without its \n) into buf; false at the end or when the
 * line is too long or has a NUL. */
static bool next_line(cursor *c, char *buf, size_t cap)
{
	const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
	size_t n;

	if (!nl || (n = (size_t)(nl - c->p)) >= cap || memchr(c->p, '\0', n))
		return false;
	memcpy(buf, c->p, n);
	buf[n] = '\0';
	c->p = nl + 1;
	return true;
}

static bool parse_u64s(const char *s, uint64_t *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoull(s, &end, 10);
	return !errno && !*end;
}

static bool is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return s[n] == '\0';
}

static int parse_file_line(agate_bundle *b, const char *line, size_t *cap, char *err, size_t errcap)
{
	char sha[65], name[NAME_MAX_LEN + 2];
	uint64_t size;
	char sizes[24];
	bfile *f;
	int used = -1;

	/* the whole line, and nothing after the name */
	if (sscanf(line, "file %64s %23s %256s%n", sha, sizes, name, &used) != 3 ||
	    used != (int)strlen(line) || !is_hex(sha, 64) ||
	    !parse_u64s(sizes, &size) || size > AGATE_BUNDLE_MAX_BYTES || !name_ok(name) ||
	    (strncmp(name, "rules/", 6) != 0 && strncmp(name, "frames/", 7) != 0))
		return bfail(err, errcap, -EINVAL, "bad manifest line: %.80s", line);
	if (b->n >= AGATE_BUNDLE_MAX_FILES)
		return bfail(err, errcap, -EINVAL, "more than %d files", AGATE_BUNDLE_MAX_FILES);
	for (size_t i = 0; i < b->n; i++)
		if (!strcmp(b->files[i].name, name))
			return bfail(err, errcap, -EINVAL, "the manifest names %s twice", name);
	if (b->n == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		bfile *v = realloc(b->files, nc * sizeof *v);

		if (!v)
			return bfail(err, errcap, -ENOMEM, "out of memory");
		b->files = v;
		*cap = nc;
	}
	f = &b->files[b->n];
	memset(f, 0, sizeof *f);
	if (!(f->name = strdup(name)))
		return bfail(err, errcap, -ENOMEM, "out of memory");
	memcpy(f->sha, sha, sizeof f->sha);
	f->size = (size_t)size;
	b->has_frames = b->has_frames || !strncmp(name, "frames/", 7);
	b->n++;
	return 0;
}

static int verify_sig(const char *pub_file, const agate_bundle *b, const unsigned char *msg,
		      size_t len, const unsigned char sig[SIG_LEN], char *err, size_t errcap)
{
	EVP_PKEY *k = read_key(pub_file, false, err, errcap);
	EVP_MD_CTX *ctx;
	char id[17];
	int ok;

	if (!k)
		return -EINVAL;
	if (key_id_of(k, id) < 0 || strcmp(id, b->key_id) != 0) {
		EVP_PKEY_free(k);
		return bfail(err, errcap, -EBADMSG, "signed with key %s, not with the configured key %s",
			     b->key_id, id);
	}
	ctx = EVP_MD_CTX_new();
	ok = ctx && EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, k) == 1 &&
	     EVP_DigestVerify(ctx, sig, SIG_LEN, msg, len) == 1;
	EVP_MD_CTX_free(ctx);
	EVP_PKEY_free(k);
	return ok ? 0 : bfail(err, errcap, -EBADMSG, "the signature does not verify");
}

static int parse_header(agate_bundle *b, cursor *c, unsigned char sig[SIG_LEN], size_t *mlen,
			char *err, size_t errcap)
{
	char line[512];
	size_t cap = 0;
	int rc;

	if ((size_t)(c->end - c->p) < strlen(MAGIC) || memcmp(c->p, MAGIC, strlen(MAGIC)) != 0)
		return bfail(err, errcap, -EINVAL, "not an agate bundle (no 'agate-bundle 1' line)");
	c->p += strlen(MAGIC);
	if (!next_line(c, line, sizeof line) || strncmp(line, "revision ", 9) != 0 ||
	    !parse_u64s(line + 9, &b->revision) || b->revision == 0)
		return bfail(err, errcap, -EINVAL, "bad or missing revision line");
	if (!next_line(c, line, sizeof line) || strncmp(line, "key ", 4) != 0 || !is_hex(line + 4, 16))
		return bfail(err, errcap, -EINVAL, "bad or missing key line");
	memcpy(b->key_id, line + 4, 17);
	for (;;) {
		if (!next_line(c, line, sizeof line))
			return bfail(err, errcap, -EINVAL, "truncated manifest (no 'end' line)");
		if (!strcmp(line, "end"))
			break;
		if ((rc = parse_file_line(b, line, &cap, err, errcap)) < 0)
			return rc;
	}
	*mlen = (size_t)(c->p - (const char *)b->raw);
	if (!next_line(c, line, sizeof line) || strncmp(line, "signature ", 10) != 0 ||
	    !is_hex(line + 10, 2 * SIG_LEN))
		return bfail(err, errcap, -EINVAL, "unsigned: bad or missing signature line");
	for (int i = 0; i < SIG_LEN; i++) {
		unsigned v;

		sscanf(line + 10 + 2 * i, "%2x", &v);
		sig[i] = (unsigned char)v;
	}
	return 0;
}

int agate_bundle_open(const void *data, size_t len, const char *pub_file,
		      agate_bundle **out, char *err, size_t errcap)
{
	agate_bundle *b;
	unsigned char sig[SIG_LEN];
	size_t mlen = 0;
	cursor c;
	int rc;

	if (!data || len == 0 || len > AGATE_BUNDLE_MAX_BYTES)
		return bfail(err, errcap, -EINVAL, "empty, or larger than %u bytes",
			     AGATE_BUNDLE_MAX_BYTES);
	if (!(b = calloc(1, sizeof *b)) || !(b->raw = malloc(len))) {
		free(b);
		return bfail(err, errcap, -ENOMEM, "out of memory");
	}
	memcpy(b->raw, data, len);
	b->rawlen = len;
	sha_hex(b->raw, len, b->digest);
	c.p = (const char *)b->raw;
	c.end = c.p + len;
	if ((rc = parse_header(b, &c, sig, &mlen, err, errcap)) < 0)
		goto fail;
	/* the signature before the files: nothing unsigned is looked at */
	if (pub_file && (rc = verify_sig(pub_file, b, b->raw, mlen, sig, err, errcap)) < 0)
		goto fail;
	b->is_signed = pub_file != NULL;
	for (size_t i = 0; i < b->n; i++) {
		bfile *f = &b->files[i];
		char sha[65];

		if ((size_t)(c.end - c.p) < f->size) {
			rc = bfail(err, errcap, -EINVAL, "truncated: %s is cut short", f->name);
			goto fail;
		}
		f->data = (const unsigned char *)c.p;
		c.p += f->size;
		sha_hex(f->data, f->size, sha);
		if (strcmp(sha, f->sha) != 0) {
			rc = bfail(err, errcap, -EBADMSG, "%s does not match its digest", f->name);
			goto fail;
		}
	}
	if (c.p != c.end) {
		rc = bfail(err, errcap, -EINVAL, "%zu bytes after the last file",
			   (size_t)(c.end - c.p));
		goto fail;
	}
	*out = b;
	return 0;
fail:
	agate_bundle_free(b);
	return rc;
}

void agate_bundle_free(agate_bundle *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++)
		free(b->files[i].name);
	free(b->files);
	free(b->raw);
	free(b);
}

uint64_t agate_bundle_revision(const agate_bundle *b) { return b->revision; }
const char *agate_bundle_key_id(const agate_bundle *b) { return b->key_id; }
bool agate_bundle_signed(const agate_bundle *b) { return b->is_signed; }
bool agate_bundle_has_frames(const agate_bundle *b) { return b->has_frames; }
size_t agate_bundle_count(const agate_bundle *b) { return b->n; }
const char *agate_bundle_digest(const agate_bundle *b) { return b->digest; }

void agate_bundle_file(const agate_bundle *b, size_t i, const char **name, size_t *size,
		       const char **sha256)
{
	*name = b->files[i].name;
	*size = b->files[i].size;
	*sha256 = b->files[i].sha;
}

/* ---- extract ---------------------------------------------------------- */

/* Make the folders of name under dir. */
static int make_parents(const char *dir, const char *name, char *err, size_t cap)
{
	char p[4096];
	size_t dl = strlen(dir);

	for (const char *s = strchr(name, '/'); s; s = strchr(s + 1, '/')) {
		snprintf(p, sizeof p, "%s/%.*s", dir, (int)(s - name), name);
		if (strlen(p) < dl + 1)
			continue;
		if (mkdir(p, 0750) != 0 && errno != EEXIST)
			return bfail(err, cap, -errno, "%s: %s", p, strerror(errno));
	}
	return 0;
}

int agate_bundle_extract(const agate_bundle *b, const char *dir, char *err, size_t errcap)
{
	if (mkdir(dir, 0750) != 0)
		return bfail(err, errcap, -errno, "%s: %s", dir, strerror(errno));
	for (size_t i = 0; i < b->n; i++) {
		const bfile *f = &b->files[i];
		char p[4096];
		int fd, rc;
		bool ok;

		if ((rc = make_parents(dir, f->name, err, errcap)) < 0)
			return rc;
		snprintf(p, sizeof p, "%s/%s", dir, f->name);
		fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0640);
		if (fd < 0)
			return bfail(err, errcap, -errno, "%s: %s", p, strerror(errno));
		ok = f->size == 0 || write(fd, f->data, f->size) == (ssize_t)f->size;
		if (close(fd) != 0 || !ok)
			return bfail(err, errcap, -EIO, "%s: cannot write", p);
	}
	return 0;
}
