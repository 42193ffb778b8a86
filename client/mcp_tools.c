/* mcp_tools.c - the server's tools as agate-mcp saw them listed, and the
 * pin file (see mcp.h).
 *
 * Each listed tool keeps its name, the SHA-256 of its definition's
 * canonical form, its description, and the first poisoning mark found in
 * any string of its definition. With a pin file, calls of a tool are
 * refused when its hash differs from the pinned one, when it is not
 * pinned, or when it was never listed; the reason tells the operator how
 * to accept the change. The pin file is JSON:
 *
 *   {"agate-mcp-pin": 1,
 *    "tools": {"NAME": {"sha256": "64 hex digits",
 *                       "description": ..., "inputSchema": ...}, ...}}
 *
 * Only "sha256" is compared; the definition is kept beside it so that a
 * person can diff it with FILE.new, which agate-mcp writes with the
 * server's current definitions whenever they differ from the pins.
 */
#include "client/mcp.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#define MAX_TOOLS 4096
#define NAME_MAX_BYTES 1024
#define PIN_FILE_MAX (16u * 1024 * 1024)
#define SCAN_DEPTH 32
#define SCAN_BUDGET (1024u * 1024)           /* bytes of text scanned per tool */
#define LISTING_BUDGET (16u * 1024 * 1024)   /* and per tools/list answer */
#define REASON_MAX 2048

typedef struct tool {
	char *name;
	char hash[65];
	char *description; /* or NULL */
	json_t *def;       /* {"description", "inputSchema"}, for the pin files */
	bool marked;
	mcp_mark_hit hit;
} tool;

enum pin_state { PIN_NONE, PIN_LEARNING, PIN_LOADED, PIN_BROKEN };

struct mcp_tools {
	tool *v;
	const char **names;
	size_t n, cap;
	bool overflow;
	mcp_marks *marks;
	char *pin_file;
	enum pin_state pin;
	json_t *pins; /* name -> "sha256 hex" */
	char pin_error[512];
	struct stat pin_st;
};

/* ---- canonical form and hash ---------------------------------------------- */

static json_t *definition(const json_t *t)
{
	json_t *d = json_object(), *desc = json_object_get(t, "description"),
	       *schema = json_object_get(t, "inputSchema");

	if (!d || json_object_set(d, "description", desc ? desc : json_null()) ||
	    json_object_set(d, "inputSchema", schema ? schema : json_null())) {
		json_decref(d);
		return NULL;
	}
	return d;
}

int mcp_tools_hash(const json_t *t, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned mdlen = 0;
	json_t *d = definition(t);
	char *s = d ? json_dumps(d, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	int ok;

	json_decref(d);
	if (!s)
		return -ENOMEM;
	ok = EVP_Digest(s, strlen(s), md, &mdlen, EVP_sha256(), NULL);
	free(s);
	if (!ok || mdlen != 32)
		return -ENOMEM;
	for (unsigned i = 0; i < 32; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[64] = '\0';
	return 0;
}

/* ---- poisoning: every string of the definition but its name --------------- */

static bool scan(const mcp_marks *m, const json_t *j, unsigned depth, size_t *budget,
		 mcp_mark_hit *hit)
{
	const char *key;
	json_t *v;
	size_t i;

	size_t n;

	if (depth > SCAN_DEPTH || (json_is_string(j) && json_string_length(j) > *budget)) {
		hit->mark = "unscannable";
		snprintf(hit->quote, sizeof(hit->quote), "nested deeper than %d, or more text than "
			 "%u KiB a tool, %u MiB a listing", SCAN_DEPTH, SCAN_BUDGET >> 10,
			 LISTING_BUDGET >> 20);
		return true;
	}
	switch (json_typeof(j)) {
	case JSON_STRING:
		n = json_string_length(j);
		*budget -= n;
		return mcp_marks_scan(m, json_string_value(j), n, hit);
	case JSON_OBJECT:
		json_object_foreach((json_t *)j, key, v) {
			if (depth == 0 && !strcmp(key, "name"))
				continue;
			if (scan(m, v, depth + 1, budget, hit))
				return true;
		}
		return false;
	case JSON_ARRAY:
		json_array_foreach(j, i, v) {
			if (scan(m, v, depth + 1, budget, hit))
				return true;
		}
		return false;
	default:
		return false;
	}
}

/* ---- the pin file ---------------------------------------------------------- */

static void pin_broken(mcp_tools *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void pin_broken(mcp_tools *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->pin_error, sizeof(t->pin_error), fmt, ap);
	va_end(ap);
	t->pin = PIN_BROKEN;
	json_decref(t->pins);
	t->pins = NULL;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static bool is_hex64(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return i == 64;
}

/* Read the pin file: PIN_LOADED, PIN_LEARNING (no file) or PIN_BROKEN. */
static void pin_load(mcp_tools *t)
{
	json_error_t je;
	json_t *root, *tools, *e, *pins;
	const char *name;
	struct stat st;

	if (stat(t->pin_file, &st)) {
		if (errno == ENOENT) {
			t->pin = PIN_LEARNING;
			memset(&t->pin_st, 0, sizeof(t->pin_st));
			json_decref(t->pins);
			t->pins = NULL;
			return;
		}
		pin_broken(t, "%s", strerror(errno));
		return;
	}
	t->pin_st = st;
	if (!S_ISREG(st.st_mode) || st.st_size > (off_t)PIN_FILE_MAX) {
		pin_broken(t, "not a regular file of at most %u bytes", PIN_FILE_MAX);
		return;
	}
	root = json_load_file(t->pin_file, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		pin_broken(t, "line %d, column %d: %s", je.line, je.column, je.text);
		return;
	}
	tools = json_object_get(root, "tools");
	pins = json_object();
	if (!pins || !json_is_object(tools)) {
		json_decref(pins);
		json_decref(root);
		pin_broken(t, "no \"tools\" object");
		return;
	}
	json_object_foreach(tools, name, e) {
		json_t *h = json_object_get(e, "sha256");
		if (!json_is_string(h) || !is_hex64(json_string_value(h))) {
			/* name lives in root: said before root goes */
			pin_broken(t, "tool '%.200s' has no \"sha256\" of 64 lowercase hex digits", name);
			json_decref(pins);
			json_decref(root);
			return;
		}
		if (json_object_set(pins, name, h)) {
			json_decref(pins);
			json_decref(root);
			pin_broken(t, "out of memory");
			return;
		}
	}
	json_decref(root);
	json_decref(t->pins);
	t->pins = pins;
	t->pin = PIN_LOADED;
}

/* Write the current definitions to path (atomically: a temporary file,
 * then rename). 0 or a negative errno. */
static int pin_write(const mcp_tools *t, const char *path)
{
	json_t *root = json_pack("{s:i, s:s, s:o}", "agate-mcp-pin", 1, "note",
				 "written by agate-mcp --pin; only sha256 is compared",
				 "tools", json_object());
	json_t *tools = json_object_get(root, "tools");
	char tmp[4200];
	int e = 0, fd;

	if (!root)
		return -ENOMEM;
	for (size_t i = 0; i < t->n; i++) {
		json_t *d = json_deep_copy(t->v[i].def);
		if (!d || json_object_set_new(d, "sha256", json_string(t->v[i].hash)) ||
		    json_object_set_new(tools, t->v[i].name, d)) {
			json_decref(root);
			return -ENOMEM;
		}
	}
	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid()) >= sizeof(tmp)) {
		json_decref(root);
		return -ENAMETOOLONG;
	}
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		json_decref(root);
		return -errno;
	}
	if (json_dumpfd(root, fd, JSON_INDENT(2) | JSON_SORT_KEYS) || write(fd, "\n", 1) != 1)
		e = -EIO;
	if (!e && fsync(fd))
		e = -errno;
	if (close(fd) && !e)
		e = -EIO;
	if (!e && rename(tmp, path))
		e = -errno;
	if (e)
		unlink(tmp);
	json_decref(root);
	return e;
}

/* Pin what is listed now: the pin file did not exist. */
static void pin_learn(mcp_tools *t)
{
	int e = pin_write(t, t->pin_file);

	if (e) {
		pin_broken(t, "cannot write it: %s", strerror(-e));
		return;
	}
	pin_load(t);
	if (t->pin == PIN_LOADED)
		fprintf(stderr, "agate-mcp: pinned %zu tool definitions in %s\n", t->n, t->pin_file);
}

/* ---- the table ------------------------------------------------------------- */

int mcp_tools_new(const char *pin_file, mcp_tools **out)
{
	mcp_tools *t = calloc(1, sizeof(*t));

	*out = NULL;
	if (!t)
		return -ENOMEM;
	if (mcp_marks_new(&t->marks) || (pin_file && !(t->pin_file = strdup(pin_file)))) {
		mcp_tools_free(t);
		return -ENOMEM;
	}
	if (pin_file)
		pin_load(t);
	*out = t;
	return 0;
}

void mcp_tools_free(mcp_tools *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].description);
		json_decref(t->v[i].def);
	}
	free(t->v);
	free(t->names);
	mcp_marks_free(t->marks);
	json_decref(t->pins);
	free(t->pin_file);
	free(t);
}

static tool *find(const mcp_tools *t, const char *name)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].name, name))
			return &t->v[i];
	return NULL;
}

static tool *add(mcp_tools *t, const char *name)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 32;
		tool *v = realloc(t->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		t->v = v;
		const char **names = realloc(t->names, cap * sizeof(*names));
		if (!names)
			return NULL;
		t->names = names;
		t->cap = cap;
	}
	tool *x = &t->v[t->n];
	memset(x, 0, sizeof(*x));
	if (!(x->name = strdup(name)))
		return NULL;
	t->names[t->n++] = x->name;
	return x;
}

/* Read one listed tool into the table; *left is what the listing may
 * still scan. 0, 1 when its name is new, or -ENOMEM. A tool without a
 * usable name is skipped. */
static int update_one(mcp_tools *t, const json_t *j, size_t *left)
{
	const char *name = json_string_value(json_object_get(j, "name"));
	const char *desc = json_string_value(json_object_get(j, "description"));
	size_t budget = *left < SCAN_BUDGET ? *left : SCAN_BUDGET, start = budget;
	tool *x;
	int added = 0;

	if (!json_is_object(j) || !name || !*name || strlen(name) > NAME_MAX_BYTES)
		return 0;
	if (!(x = find(t, name))) {
		if (t->n >= MAX_TOOLS) {
			t->overflow = true;
			return 0;
		}
		if (!(x = add(t, name)))
			return -ENOMEM;
		added = 1;
	}
	free(x->description);
	x->description = desc ? strdup(desc) : NULL;
	json_decref(x->def);
	x->def = definition(j);
	if ((desc && !x->description) || !x->def || mcp_tools_hash(j, x->hash))
		return -ENOMEM;
	x->marked = scan(t->marks, j, 0, &budget, &x->hit);
	*left -= start - budget;
	return added;
}

/* The pin of x: "" when it matches, else why not. */
static const char *pin_mismatch(const mcp_tools *t, const tool *x)
{
	const char *h = json_string_value(json_object_get(t->pins, x->name));

	if (!h)
		return "new";
	return strcmp(h, x->hash) ? "changed" : "";
}

int mcp_tools_update(mcp_tools *t, const json_t *result, bool *names_changed)
{
	const json_t *list = json_object_get(result, "tools"), *j;
	const json_t *cursor = json_object_get(result, "nextCursor");
	bool differs = false;
	size_t i, left = LISTING_BUDGET;
	int e;

	*names_changed = false;
	if (!json_is_array(list))
		return -EINVAL;
	json_array_foreach(list, i, j) {
		e = update_one(t, j, &left);
		if (e < 0)
			return e;
		if (e)
			*names_changed = true;
	}
	if (t->pin == PIN_LEARNING && (!cursor || json_is_null(cursor)))
		pin_learn(t);
	else if (t->pin == PIN_LOADED) {
		for (i = 0; i < t->n && !differs; i++)
			differs = *pin_mismatch(t, &t->v[i]) != '\0';
		if (differs) {
			char path[4200];
			snprintf(path, sizeof(path), "%s.new", t->pin_file);
			e = pin_write(t, path);
			if (e)
				fprintf(stderr, "agate-mcp: cannot write %s: %s\n", path, strerror(-e));
		}
	}
	return 0;
}

/* The pin file changed on disk since it was read: read it again. A pin
 * file removed while tools are listed pins them as they are now. */
static void pin_refresh(mcp_tools *t)
{
	struct stat st;

	if (t->pin != PIN_LOADED && t->pin != PIN_BROKEN)
		return;
	if (stat(t->pin_file, &st) == 0 && t->pin == PIN_LOADED && same_file(&st, &t->pin_st))
		return;
	pin_load(t);
	if (t->pin == PIN_LEARNING && t->n > 0)
		pin_learn(t);
}

static size_t refusal_pin(mcp_tools *t, const tool *x, const char *name, char *buf, size_t cap)
{
	const char *why;

	switch (t->pin) {
	case PIN_BROKEN:
		return (size_t)snprintf(buf, cap, "the pin file %s cannot be used (%s), so no "
					"tool of this server is called", t->pin_file, t->pin_error);
	case PIN_LEARNING:
		if (!x)
			return (size_t)snprintf(buf, cap, "tool '%s' was not listed yet, so it is "
						"not pinned in %s", name, t->pin_file);
		return 0;
	case PIN_LOADED:
		break;
	case PIN_NONE:
		if (!x && t->overflow)
			return (size_t)snprintf(buf, cap, "the server listed more than %d tools and "
						"tool '%s' is not among those read", MAX_TOOLS, name);
		return 0;
	}
	if (!x)
		return (size_t)snprintf(buf, cap, "tool '%s' was not in the server's tool list, so "
					"its definition cannot be checked against the pin file %s",
					name, t->pin_file);
	why = pin_mismatch(t, x);
	if (!strcmp(why, "new"))
		return (size_t)snprintf(buf, cap, "tool '%s' is not in the pin file %s (added "
					"since it was written); its definition is in %s.new: review "
					"it, then move that file over the pin file to accept it",
					name, t->pin_file, t->pin_file);
	if (!strcmp(why, "changed"))
		return (size_t)snprintf(buf, cap, "the definition of tool '%s' (its description "
					"or input schema) changed since it was pinned in %s; the new "
					"one is in %s.new: compare the two, then move that file over "
					"the pin file to accept it", name, t->pin_file, t->pin_file);
	return 0;
}

char *mcp_tools_refusal(mcp_tools *t, const char *name)
{
	char buf[REASON_MAX] = "";
	size_t n;
	tool *x;

	if (t->pin_file)
		pin_refresh(t);
	x = find(t, name);
	n = refusal_pin(t, x, name, buf, sizeof(buf));
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	if (x && x->marked)
		snprintf(buf + n, sizeof(buf) - n, "%sthe definition of tool '%s' holds instructions "
			 "addressed to the model (mark %s: \"%s\")", n ? "; " : "", name,
			 x->hit.mark, x->hit.quote);
	return buf[0] ? strdup(buf) : NULL;
}

const char *mcp_tools_description(const mcp_tools *t, const char *name)
{
	const tool *x = find(t, name);

	return x ? x->description : NULL;
}

const char *const *mcp_tools_names(const mcp_tools *t, size_t *n)
{
	*n = t->n;
	return t->names;
}
