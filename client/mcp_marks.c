/* mcp_marks.c - marks of instructions addressed to the model, in the text
 * of an MCP tool's definition (tool poisoning; see mcp.h).
 *
 * A tool's description is read by the model as trusted guidance. A
 * poisoned one uses that trust: it tells the model to set its orders
 * aside, to keep something from the user, to fetch a secret "before
 * using this tool", and hides those words from the person who approves
 * the tool. The marks below name those moves in general terms; none
 * names a particular server, tool or payload. Each is a PCRE2 pattern,
 * matched case-insensitively (with the JIT where there is one) under a
 * match limit; secret_access pairs the matches of two patterns (an order
 * and a secret in one sentence), which keeps every scan linear in the
 * text. A string longer than MCP_MARKS_SCAN_MAX is not read at all: it
 * is marked "unscannable", so nothing hides past the end of the scan.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "client/mcp.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#define MATCH_LIMIT 1000000
#define DEPTH_LIMIT 10000

/* the words of an order to move a secret, and the secrets it names */
#define VERB "\\b(?:read|cat|open|send|sent|pass|includ|upload|copy|attach|append|provid|" \
	"forward|post|exfiltrat|leak|share|paste|embed|extract|collect)\\w*"
#define SECRET "(?:(?<![\\w.])\\.(?:ssh|aws|gnupg|kube|docker|azure|env|netrc|npmrc|pgpass|" \
	"git-credentials)\\b|\\bid_(?:rsa|dsa|ecdsa|ed25519)\\b|\\bmcp\\.json\\b|" \
	"/etc/(?:shadow|passwd|sudoers)\\b|\\bprivate\\s+keys?\\b|" \
	"\\b(?:conversation|chat)\\s+history\\b|\\bsystem\\s+prompt\\b)"
#define NEAR 100      /* an order and its secret: at most this far apart */
#define MAX_HITS 512  /* secrets kept per string; more: unscannable */

/* The marks, in the order they are tried: a name and what it means
 * (mcp.h), and its pattern at the same index below. */
const mcp_mark_info mcp_mark_infos[] = {
	{ "override", "orders the model to drop its instructions or take a new role" },
	{ "concealment", "orders the model to keep something from the user" },
	{ "secret_access", "orders the model to read or send a secret, a key or its prompt" },
	{ "hidden_block", "tags speaking over the user's head (<IMPORTANT>), HTML comments" },
	{ "hidden_text", "invisible characters, or 30 blank lines hiding what follows" },
	{ NULL, NULL },
};

static const char *const patterns[] = {
	/* override */
	"\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:(?:all|any|the|your|my|"
	"previous|prior|above|earlier|preceding|former|existing|system|original|other|"
	"safety|of|these|those)\\s+){0,4}(?:instructions?|prompts?|guidelines|directives)\\b"
	"|\\byou\\s+are\\s+now\\b|\\bfrom\\s+now\\s+on\\b"
	"|\\byour\\s+new\\s+(?:role|task|instructions|goal)\\b",
	/* concealment */
	"\\b(?:do\\s+not|don['\\x{2019}]?t|never|must\\s+not|should\\s+not|without)\\s+"
	"(?:tell|inform|mention|reveal|notify|alert|disclos|show)\\w*"
	"(?:\\s+(?:this|that|it|anything|them|to|about\\s+\\S+))*\\s+(?:the\\s+)?"
	"(?:user|human|operator)s?\\b(?!['\\x{2019}])"
	"|\\b(?:hide|conceal|keep)\\s+(?:this|it|that|them)\\s+(?:secret\\s+)?from\\s+"
	"(?:the\\s+)?(?:user|human)"
	"|\\bthe\\s+(?:user|human)\\s+(?:must|should)\\s+not\\s+(?:know|see|notice|be\\s+told)\\b",
	/* secret_access: VERB and SECRET, paired by secret_access() */
	NULL,
	/* hidden_block */
	"<\\s*/?\\s*(?:important|system|instructions?|secret|hidden|admin|critical|urgent|"
	"assistant|ai)\\b[^<>\\n]{0,40}>"
	"|\\[\\s*(?:system|important|instructions?|admin)\\s*\\]|<!--",
	/* hidden_text */
	"[\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2064}\\x{2066}-\\x{2069}"
	"\\x{FEFF}\\x{E0000}-\\x{E007F}]|\\n(?:[ \\t]*+\\n){29}",
};
#define NMARKS (sizeof(patterns) / sizeof(patterns[0]))
_Static_assert(sizeof(mcp_mark_infos) / sizeof(mcp_mark_infos[0]) == NMARKS + 1,
	       "one pattern per mark");

struct mcp_marks {
	pcre2_code *code[NMARKS]; /* NULL for secret_access */
	pcre2_code *verb, *secret;
	pcre2_match_context *mctx;
};

void mcp_marks_free(mcp_marks *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < NMARKS; i++)
		pcre2_code_free(m->code[i]);
	pcre2_code_free(m->verb);
	pcre2_code_free(m->secret);
	pcre2_match_context_free(m->mctx);
	free(m);
}

static pcre2_code *compile(const char *pattern, const char *name)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *c;
	int err;

	c = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
			  PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
	if (!c) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		fprintf(stderr, "agate-mcp: mark %s does not compile at %zu: %s\n", name,
			(size_t)off, (const char *)msg);
		return NULL;
	}
	/* the JIT where the platform has it (same answers, faster) */
	(void)pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

int mcp_marks_new(mcp_marks **out)
{
	mcp_marks *m = calloc(1, sizeof(*m));
	bool ok;

	*out = NULL;
	if (!m || !(m->mctx = pcre2_match_context_create(NULL))) {
		mcp_marks_free(m);
		return -ENOMEM;
	}
	pcre2_set_match_limit(m->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, DEPTH_LIMIT);
	ok = (m->verb = compile(VERB, "secret_access")) &&
	     (m->secret = compile(SECRET, "secret_access"));
	for (size_t i = 0; ok && i < NMARKS; i++)
		if (patterns[i])
			ok = (m->code[i] = compile(patterns[i], mcp_mark_infos[i].name)) != NULL;
	if (!ok) {
		mcp_marks_free(m);
		return -EINVAL;
	}
	*out = m;
	return 0;
}

/* hit->quote: s[0..n) cut at a character boundary, line breaks as spaces */
static void quote(mcp_mark_hit *hit, const char *s, size_t n)
{
	size_t max = sizeof(hit->quote) - 1;

	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++)
		hit->quote[i] = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
	hit->quote[n] = '\0';
}

static bool unscannable(mcp_mark_hit *hit, const char *why, int rc)
{
	hit->mark = "unscannable";
	snprintf(hit->quote, sizeof(hit->quote), "%s (%d)", why, rc);
	return true;
}

/* Where code matches in t[0..len), from off: up to MAX_HITS [start, end)
 * pairs. The count, or a negative PCRE2 error (-1000 for more than
 * MAX_HITS). t is valid UTF-8 (checked by the caller). */
static int find_all(const mcp_marks *m, const pcre2_code *code, pcre2_match_data *md,
		    const char *t, size_t off, size_t len, size_t (*at)[2], int max)
{
	int n = 0, rc;

	while (off < len) {
		rc = pcre2_match(code, (PCRE2_SPTR)t, len, off, PCRE2_NO_UTF_CHECK, md, m->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0)
			return rc;
		if (n == max)
			return -1000;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		at[n][0] = ov[0];
		at[n][1] = ov[1];
		n++;
		off = ov[1] > ov[0] ? ov[1] : len; /* none of these matches is empty */
	}
	return n;
}

/* t[a..b) stays in one sentence: no newline, no . ! ? before a space. */
static bool one_sentence(const char *t, size_t a, size_t b)
{
	if (b - a > NEAR)
		return false;
	for (size_t i = a; i < b; i++) {
		if (t[i] == '\n')
			return false;
		if ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
		    (i + 1 == b || t[i + 1] == ' ' || t[i + 1] == '\t' || t[i + 1] == '\r'))
			return false;
	}
	return true;
}

/* secret_access: an order (VERB) and a secret (SECRET) in one sentence,
 * at most NEAR bytes apart, in either order. The secrets are found
 * first (rare in honest text; more than MAX_HITS unpaired is
 * unscannable), then
 * the orders only in a window around each, so the cost stays linear.
 * 1 and *hit, 0, or a negative PCRE2 error. */
static int secret_access(const mcp_marks *m, pcre2_match_data *md, const char *t, size_t len,
			 mcp_mark_hit *hit)
{
	/* a window holds at most ~300 bytes, so fewer than 96 orders */
	size_t (*secrets)[2] = malloc(MAX_HITS * sizeof(*secrets)), verbs[96][2];
	int ns = secrets ? find_all(m, m->secret, md, t, 0, len, secrets, MAX_HITS) : -1001;
	int n = ns == -1000 ? MAX_HITS : ns, found = 0;

	for (int j = 0; j < n && !found; j++) {
		size_t ss = secrets[j][0], se = secrets[j][1];
		size_t from = ss > NEAR + 64 ? ss - NEAR - 64 : 0, to = se + NEAR + 64;
		while (from > 0 && ((unsigned char)t[from] & 0xC0) == 0x80)
			from--;
		if (to >= len)
			to = len;
		while (to < len && ((unsigned char)t[to] & 0xC0) == 0x80)
			to++;
		int nv = find_all(m, m->verb, md, t, from, to, verbs, 96);
		for (int i = 0; i < nv && !found; i++) {
			size_t vs = verbs[i][0], ve = verbs[i][1];
			if ((ve <= ss && one_sentence(t, ve, ss)) || (se <= vs && one_sentence(t, se, vs))) {
				size_t a = vs < ss ? vs : ss, b = ve > se ? ve : se;
				hit->mark = "secret_access";
				quote(hit, t + a, b - a);
				found = 1;
			}
		}
		if (nv < 0 && !found)
			found = nv;
	}
	if (!found && ns < 0) /* more secrets than kept, none paired: unscannable */
		found = ns;
	free(secrets);
	return found;
}

/* hit->quote for hidden_text: what cannot be seen, named */
static void quote_hidden(mcp_mark_hit *hit, const char *s)
{
	unsigned char c = (unsigned char)s[0];
	uint32_t cp = 0;

	if (c == '\n') {
		snprintf(hit->quote, sizeof(hit->quote), "30 blank lines");
		return;
	}
	if ((c & 0xF0) == 0xE0)
		cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (uint32_t)(s[2] & 0x3F);
	else if ((c & 0xF8) == 0xF0)
		cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
		     (uint32_t)(s[2] & 0x3F) << 6 | (uint32_t)(s[3] & 0x3F);
	snprintf(hit->quote, sizeof(hit->quote), "U+%04X", (unsigned)cp);
}

bool mcp_marks_scan(const mcp_marks *m, const char *text, size_t len, mcp_mark_hit *hit)
{
	pcre2_match_data *md;
	uint32_t opts = 0; /* the first match checks the UTF-8, the others need not */
	bool found = false;
	int rc;

	if (len > MCP_MARKS_SCAN_MAX)
		return unscannable(hit, "a string longer than the 64 KiB scanned", (int)(len >> 10));
	md = pcre2_match_data_create(1, NULL);
	if (!md)
		return unscannable(hit, "out of memory", 0);
	for (size_t i = 0; i < NMARKS && !found; i++) {
		if (!m->code[i]) { /* secret_access; never first */
			rc = secret_access(m, md, text, len, hit);
			if (rc < 0)
				found = unscannable(hit, "pattern secret_access", rc);
			else
				found = rc > 0;
			continue;
		}
		rc = pcre2_match(m->code[i], (PCRE2_SPTR)text, len, 0, opts, md, m->mctx);
		opts = PCRE2_NO_UTF_CHECK;
		if (rc >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			hit->mark = mcp_mark_infos[i].name;
			if (!strcmp(hit->mark, "hidden_text"))
				quote_hidden(hit, text + ov[0]);
			else
				quote(hit, text + ov[0], ov[1] - ov[0]);
			found = true;
		} else if (rc != PCRE2_ERROR_NOMATCH) {
			/* over the limit, or not UTF-8: what cannot be read is refused */
			found = unscannable(hit, mcp_mark_infos[i].name, rc);
		}
	}
	pcre2_match_data_free(md);
	return found;
}
