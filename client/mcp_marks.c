/* mcp_marks.c - marks of instructions addressed to the model, in the text
 * of an MCP tool's definition (tool poisoning; see mcp.h).
 *
 * A tool's description is read by the model as trusted guidance. A
 * poisoned one uses that trust: it tells the model to set its orders
 * aside, to keep something from the user, to fetch a secret "before
 * using this tool", and hides those words from the person who approves
 * the tool. The marks below name those moves in general terms; none
 * names a particular server, tool or payload. Each is one PCRE2 pattern,
 * matched case-insensitively under a match limit, over at most
 * MCP_MARKS_SCAN_MAX bytes of each string.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "client/mcp.h"

#include <errno.h>
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
/* up to 100 characters of the same sentence (a dot inside a path is fine) */
#define SAME_SENTENCE "(?:[^.!?\\n]|[.!?](?=\\S)){0,100}?"

/* The marks, in the order they are tried: a name and what it means
 * (mcp.h), and its pattern at the same index below. */
const mcp_mark_info mcp_mark_infos[] = {
	{ "override", "tells the model to set its instructions aside, or to be someone else" },
	{ "concealment", "tells the model to keep something from the user" },
	{ "secret_access", "tells the model to read or pass on a secret file, a key, or its "
			   "own context (system prompt, conversation)" },
	{ "hidden_block", "a tag or bracket that speaks to the model over the user's head "
			  "(<IMPORTANT>, <system>, [SYSTEM]), or an HTML comment" },
	{ "hidden_text", "characters a person does not see (zero-width, direction "
			 "overrides, Unicode tags), or a long run of blank lines" },
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
	/* secret_access */
	VERB SAME_SENTENCE SECRET "|" SECRET SAME_SENTENCE VERB,
	/* hidden_block */
	"<\\s*/?\\s*(?:important|system|instructions?|secret|hidden|admin|critical|urgent|"
	"assistant|ai)\\b[^<>\\n]{0,40}>"
	"|\\[\\s*(?:system|important|instructions?|admin)\\s*\\]|<!--",
	/* hidden_text */
	"[\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2064}\\x{2066}-\\x{2069}"
	"\\x{FEFF}\\x{E0000}-\\x{E007F}]|(?:[ \\t]*+\\n){30,}",
};
#define NMARKS (sizeof(patterns) / sizeof(patterns[0]))
_Static_assert(sizeof(mcp_mark_infos) / sizeof(mcp_mark_infos[0]) == NMARKS + 1,
	       "one pattern per mark");

struct mcp_marks {
	pcre2_code *code[NMARKS];
	pcre2_match_context *mctx;
};

void mcp_marks_free(mcp_marks *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < NMARKS; i++)
		pcre2_code_free(m->code[i]);
	pcre2_match_context_free(m->mctx);
	free(m);
}

int mcp_marks_new(mcp_marks **out)
{
	mcp_marks *m = calloc(1, sizeof(*m));
	int err;
	PCRE2_SIZE off;

	*out = NULL;
	if (!m)
		return -ENOMEM;
	m->mctx = pcre2_match_context_create(NULL);
	if (!m->mctx) {
		mcp_marks_free(m);
		return -ENOMEM;
	}
	pcre2_set_match_limit(m->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, DEPTH_LIMIT);
	for (size_t i = 0; i < NMARKS; i++) {
		m->code[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
					   PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
		if (!m->code[i]) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(err, msg, sizeof(msg));
			fprintf(stderr, "agate-mcp: mark %s does not compile at %zu: %s\n",
				mcp_mark_infos[i].name, (size_t)off, (const char *)msg);
			mcp_marks_free(m);
			return -EINVAL;
		}
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

bool mcp_marks_scan(const mcp_marks *m, const char *text, size_t len, mcp_mark_hit *hit)
{
	pcre2_match_data *md;
	bool found = false;

	if (len > MCP_MARKS_SCAN_MAX) {
		len = MCP_MARKS_SCAN_MAX;
		while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
	}
	md = pcre2_match_data_create(1, NULL);
	if (!md) {
		hit->mark = "unscannable";
		snprintf(hit->quote, sizeof(hit->quote), "out of memory");
		return true;
	}
	for (size_t i = 0; i < NMARKS && !found; i++) {
		int rc = pcre2_match(m->code[i], (PCRE2_SPTR)text, len, 0, 0, md, m->mctx);
		if (rc >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			hit->mark = mcp_mark_infos[i].name;
			quote(hit, text + ov[0], ov[1] - ov[0]);
			found = true;
		} else if (rc != PCRE2_ERROR_NOMATCH) {
			/* over the limit, or not UTF-8: what cannot be read is refused */
			hit->mark = "unscannable";
			snprintf(hit->quote, sizeof(hit->quote), "pattern %s: error %d",
				 mcp_mark_infos[i].name, rc);
			found = true;
		}
	}
	pcre2_match_data_free(md);
	return found;
}
