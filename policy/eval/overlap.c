/* overlap.c - from(), clauses() and shares(): the part of a text that
 * begins where a regex first matches, the clauses a regex finds or
 * does not, and whether two values have a telling word in common. Together they let a rule ask whether a call carries out what
 * one passage of a text says ("the call's values come from the order
 * planted after `note to AI agents:`"), not merely what the text as a
 * whole mentions.
 */
#include <errno.h>
#include <string.h>

#include "policy/eval/eval_int.h"

/* ---- from() ---------------------------------------------------------------- */

/* the offset of the leftmost match of any of re's regexes in s, SIZE_MAX
 * when none matches; < 0 when a match fails */
static int leftmost_match(rl_ctx *c, const rl_node *re, agate_str s, size_t *best)
{
	*best = SIZE_MAX;
	for (uint32_t i = 0; i < re->u.re.n && *best > 0; i++) {
		size_t at;
		/* the leftmost start of any part is the list's leftmost match:
		 * a regex is tried at each offset with all its alternatives */
		int rc = rl_re_first(c, &re->u.re.res[i], s, &at);
		if (rc < 0)
			return rc;
		if (rc > 0 && at < *best)
			*best = at;
	}
	return 0;
}

int rl_fn_from(rl_ctx *c, const rl_val *x, const rl_node *re, size_t max, rl_val *out)
{
	memset(out, 0, sizeof(*out));
	if (x->kind != RV_STR || re->kind != N_REGEX)
		return 0;
	size_t best;
	int rc = leftmost_match(c, re, x->s, &best);
	if (rc < 0 || best == SIZE_MAX)
		return rc;
	size_t n = x->s.len - best;
	set_str(out, x->s.ptr + best, n < max ? n : max);
	return 0;
}

int rl_fn_before(rl_ctx *c, const rl_val *x, const rl_node *re, rl_val *out)
{
	memset(out, 0, sizeof(*out));
	if (x->kind != RV_STR || re->kind != N_REGEX)
		return 0;
	size_t best;
	int rc = leftmost_match(c, re, x->s, &best);
	if (rc < 0)
		return rc;
	set_str(out, x->s.ptr, best == SIZE_MAX ? x->s.len : best);
	return 0;
}

/* ---- shares() -------------------------------------------------------------- */

/* A word is a run of ASCII letters and digits. It tells something when it
 * holds a digit and two characters or more (an order number, a SKU, a
 * unit), or four letters or more that are not one of the words any
 * sentence has; a plural's final s is dropped, so that `invoices` meets
 * `invoice`. Words over RL_WORD_MAX bytes (a hash, a base64 run) are no
 * words: they tell nothing a shorter piece would not. */
#define RL_WORD_MAX 64
#define RL_SHARES_MAX_IN (64u << 10) /* bytes of the second value read */

static bool common_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"this", "that", "with", "from", "your", "have", "will", "been", "were",
		"they", "them", "their", "there", "then", "than", "what", "when", "which",
		"would", "could", "should", "about", "after", "before", "other", "also",
		"into", "only", "over", "such", "some", "these", "those", "here", "just",
		"more", "most", "much", "many", "make", "made", "take", "please", "thank",
		"thanks", "hello", "dear", "regards", "best", "kind", "need", "needs",
		"like", "want", "wants", "said", "says", "each", "every", "same", "very",
		"well", "being", "does", "done", "doing",
	};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
			return true;
	return false;
}

/* The stem of a lower-case word: an ending of its forms dropped (-ing,
 * -ers, -er, -ed, -es, -s, -e), so that `approved`, `approve` and
 * `approver`, `maintainer` and `maintain`, `releasing` and `release` meet.
 * Four letters are always kept. */
static size_t stem(const char *w, size_t n)
{
	static const char *const endings[] = { "ing", "ers", "er", "ed", "es", "s", "e" };
	for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
		size_t k = strlen(endings[i]);
		if (n >= k + 4 && memcmp(w + n - k, endings[i], k) == 0)
			return n - k;
	}
	return n;
}

/* the telling form of s[0..n) into buf (lower case, a plural's s
 * dropped); its length, or 0 when the run tells nothing */
static size_t telling(const char *s, size_t n, char *buf)
{
	if (n > RL_WORD_MAX)
		return 0;
	bool digit = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		digit |= ch >= '0' && ch <= '9';
		buf[i] = (char)lc(ch);
	}
	if (digit)
		return n >= 2 ? n : 0;
	if (n < 4 || common_word(buf, n))
		return 0;
	return stem(buf, n);
}

static bool word_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static bool digit_at(const char *s, size_t n, size_t i)
{
	return i < n && s[i] >= '0' && s[i] <= '9';
}

/* An amount read as its digits, however it is written: groups of three
 * after `,` `.` `'` or a blank joined (`48,000`, `1.250.000`, `315 000`), a decimal part of
 * zeros dropped (`480000.00`), a `k`, `m` or `bn` after it multiplied out
 * (`245k`, `1.2m`), so that `245k` in a text meets `245000` in a call.
 * s[i] is the first digit of a run; the token's length in buf and *end,
 * or 0 when the run goes on into letters (`4B`, `3YR`: a code, read as
 * a word). */
static size_t read_number(const char *s, size_t n, size_t i, char *buf, size_t *end)
{
	size_t j = i, k = 0;
	while (digit_at(s, n, j) && k < RL_WORD_MAX)
		buf[k++] = s[j++];
	while (j + 3 < n && (s[j] == ',' || s[j] == '.' || s[j] == '\'' || s[j] == ' ') &&
	       digit_at(s, n, j + 1) && digit_at(s, n, j + 2) && digit_at(s, n, j + 3) &&
	       !digit_at(s, n, j + 4) && k + 3 <= RL_WORD_MAX) {
		memcpy(buf + k, s + j + 1, 3);
		k += 3;
		j += 4;
	}
	size_t frac = j, nfrac = 0;
	if (j < n && (s[j] == '.' || s[j] == ',') && digit_at(s, n, j + 1)) {
		frac = j + 1;
		while (digit_at(s, n, frac + nfrac))
			nfrac++;
		j = frac + nfrac;
	}
	size_t zeros = 0;
	if (j < n && (s[j] == 'k' || s[j] == 'K'))
		zeros = 3, j++;
	else if (j < n && (s[j] == 'm' || s[j] == 'M'))
		zeros = 6, j++;
	else if (j + 1 < n && (s[j] == 'b' || s[j] == 'B') && (s[j + 1] == 'n' || s[j + 1] == 'N'))
		zeros = 9, j += 2;
	if (j < n && word_byte((unsigned char)s[j]))
		return 0;
	*end = j;
	bool frac_zero = true;
	for (size_t f = 0; f < nfrac; f++)
		frac_zero &= s[frac + f] == '0';
	if (nfrac && !frac_zero && nfrac <= zeros) {
		/* 1.2m: the decimal digits, then the zeros left over */
		if (k + zeros > RL_WORD_MAX)
			return 0;
		memcpy(buf + k, s + frac, nfrac);
		k += nfrac;
		zeros -= nfrac;
	} else if (nfrac && !frac_zero) {
		/* 12.5: kept as written */
		if (k + 1 + nfrac > RL_WORD_MAX)
			return 0;
		buf[k++] = '.';
		memcpy(buf + k, s + frac, nfrac);
		k += nfrac;
	}
	if (k + zeros > RL_WORD_MAX)
		return 0;
	memset(buf + k, '0', zeros);
	return k + zeros;
}

static uint64_t word_hash(const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 1099511628211ull;
	return h | 1; /* 0 marks an empty slot */
}

/* the telling words of the second value, hashed */
typedef struct word_set {
	uint64_t *hash;
	const char **word; /* lower-cased copies, in the arena */
	uint8_t *len;
	size_t cap, n, left; /* left: bytes still to read */
	const struct word_set *minus; /* words that do not count (shares' z) */
	bool codes_only;              /* only a word with a digit counts */
} word_set;

static int set_add(rl_ctx *c, word_set *ws, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n);
	size_t j = (size_t)h & (ws->cap - 1);
	for (; ws->hash[j]; j = (j + 1) & (ws->cap - 1))
		if (ws->hash[j] == h && ws->len[j] == n && memcmp(ws->word[j], w, n) == 0)
			return 0;
	char *copy = agate_arena_alloc(c->arena, n);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, w, n);
	ws->hash[j] = h;
	ws->word[j] = copy;
	ws->len[j] = (uint8_t)n;
	ws->n++;
	return 0;
}

/* a word that names one thing: digits with letters (C1, chg7719, v12) or
 * five digits or more (an order number); a year, a count or a day alone
 * names nothing */
static bool code_word(const char *w, size_t n)
{
	bool digit = false, letter = false;
	for (size_t i = 0; i < n; i++) {
		digit |= w[i] >= '0' && w[i] <= '9';
		letter |= !(w[i] >= '0' && w[i] <= '9');
	}
	return digit && (letter || n >= 5);
}

static bool set_has_word(const word_set *ws, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n);
	for (size_t j = (size_t)h & (ws->cap - 1); ws->hash[j]; j = (j + 1) & (ws->cap - 1))
		if (ws->hash[j] == h && ws->len[j] == n && memcmp(ws->word[j], w, n) == 0)
			return true;
	return false;
}

/* w[0..k) added to ws (set == NULL) or looked up in set (*hit) */
static int look_or_add(rl_ctx *c, const char *w, size_t k, word_set *ws, const word_set *set,
		       bool *hit)
{
	if (set) {
		*hit = (!set->codes_only || code_word(w, k)) && set_has_word(set, w, k) &&
		       !(set->minus && set_has_word(set->minus, w, k));
		return 0;
	}
	if (ws->n * 2 + 2 > ws->cap)
		return 0; /* the table is sized to the bytes read: not reached */
	return set_add(c, ws, w, k);
}

/* four capitals: a bank's code inside an IBAN, the one group of a
 * grouped number that may hold no digit */
static bool bank_code(const char *s, size_t n)
{
	if (n != 4)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	return true;
}

/* A number written in groups (`GB29 NWBK 6016 1331 9268 19`, `4111-1111-
 * 1111-1111`, `+44 20 7946 0958`) is also read as one word, its groups
 * joined, so that an IBAN, a card or a phone number copied compact into a
 * call meets the grouped form it was read in. s[i] starts a word; three
 * groups or more of one to six letters and digits, the first with a digit,
 * one blank or dash between them, ten characters or more, most of them
 * digits. The joined word's length in buf, or 0. */
static size_t read_grouped(const char *s, size_t n, size_t i, char *buf)
{
	size_t k = 0, groups = 0, digits = 0, j = i;
	size_t keep_k = 0, keep_groups = 0, keep_digits = 0; /* up to the last group with a digit */
	for (;;) {
		size_t g = j, d = 0;
		while (j < n && word_byte((unsigned char)s[j]) && j - g <= 6)
			d += s[j] >= '0' && s[j] <= '9', j++;
		/* a group of six at most; without a digit, only four capitals
		 * (a bank's code in an IBAN), so that a word after the number
		 * ends it */
		if (j - g > 6 || (j < n && word_byte((unsigned char)s[j])) ||
		    k + (j - g) > RL_WORD_MAX || (!d && (!groups || !bank_code(s + g, j - g))))
			break;
		for (size_t q = g; q < j; q++)
			buf[k++] = (char)lc((unsigned char)s[q]);
		groups++;
		digits += d;
		if (d)
			keep_k = k, keep_groups = groups, keep_digits = digits;
		if (j + 1 < n && (s[j] == ' ' || s[j] == '-') && word_byte((unsigned char)s[j + 1]))
			j++;
		else
			break;
	}
	return keep_groups >= 3 && keep_k >= 10 && keep_digits * 2 > keep_k ? keep_k : 0;
}

/* each telling word of s[0..n): added to ws (set == NULL) or looked up
 * in set (*hit) */
static int scan_words(rl_ctx *c, const char *s, size_t n, word_set *ws, const word_set *set,
		      bool *hit)
{
	char buf[RL_WORD_MAX];
	size_t i = 0;
	while (i < n) {
		if (!word_byte((unsigned char)s[i])) {
			i++;
			continue;
		}
		/* read from every group with a digit, so that a word before
		 * it (`IBAN GB29 NWBK ...`) does not hide it; at most
		 * RL_WORD_MAX bytes each */
		size_t g = read_grouped(s, n, i, buf);
		if (g) {
			int rc = look_or_add(c, buf, g, ws, set, hit);
			if (rc < 0 || *hit)
				return rc;
		}
		size_t j = i, k = digit_at(s, n, i) ? read_number(s, n, i, buf, &j) : 0;
		if (k == 1) {
			k = 0; /* a lone digit tells nothing */
		} else if (!k) {
			while (j < n && word_byte((unsigned char)s[j]))
				j++;
			k = telling(s + i, j - i, buf);
		}
		i = j;
		if (!k)
			continue;
		int rc = look_or_add(c, buf, k, ws, set, hit);
		if (rc < 0 || *hit)
			return rc;
	}
	return 0;
}

/* every string and number of v, at most RL_MAX_WALK levels down,
 * looked up in set; a map's names are not its values and are not read */
static int walk_words(rl_ctx *c, const agate_value *v, int depth, word_set *ws,
		      const word_set *set, bool *hit)
{
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for shares()";
		return -EINVAL;
	}
	switch (v->type) {
	case AGATE_STR:
	case AGATE_BIN:
		return scan_words(c, v->as.str.ptr, v->as.str.len, ws, set, hit);
	case AGATE_INT: {
		char buf[24];
		int k = snprintf(buf, sizeof(buf), "%lld", (long long)v->as.integer);
		return k > 0 ? scan_words(c, buf, (size_t)k, ws, set, hit) : 0;
	}
	case AGATE_FLOAT: {
		/* 249.99 as written; 1850.0 as 1850 (read_number drops the zeros) */
		char buf[40];
		int k = snprintf(buf, sizeof(buf), "%.15g", v->as.real);
		return k > 0 && (size_t)k < sizeof(buf) ? scan_words(c, buf, (size_t)k, ws, set, hit) : 0;
	}
	case AGATE_ARRAY:
	case AGATE_MAP: {
		uint32_t len = v->type == AGATE_ARRAY ? v->as.array.len : v->as.map.len;
		for (uint32_t i = 0; i < len && !*hit; i++) {
			const agate_value *e = v->type == AGATE_ARRAY ? &v->as.array.items[i]
								      : &v->as.map.items[i].value;
			int rc = walk_words(c, e, depth + 1, ws, set, hit);
			if (rc < 0)
				return rc;
		}
		return 0;
	}
	default:
		return 0;
	}
}

static int val_words(rl_ctx *c, const rl_val *v, word_set *ws, const word_set *set, bool *hit)
{
	char buf[48];
	agate_str s;
	if (v->kind == RV_TREE)
		return set ? walk_words(c, v->t, 0, NULL, set, hit) : 0;
	if (v->kind == RV_NUM && v->n != floor(v->n)) {
		/* 249.99, not the 17 digits of its nearest double */
		int k = snprintf(buf, sizeof(buf), "%.15g", v->n);
		if (k <= 0 || (size_t)k >= sizeof(buf))
			return 0;
		s = (agate_str){ buf, (size_t)k };
	} else if (!as_text(v, buf, sizeof(buf), &s)) {
		return 0;
	}
	size_t n = s.len;
	if (ws) {
		n = n < ws->left ? n : ws->left;
		ws->left -= n;
	}
	return scan_words(c, s.ptr, n, ws, set, hit);
}

/* the telling words of y (a string, or a number's digits) into ws; false
 * in *any when y is no text or has none */
static int text_words(rl_ctx *c, const rl_val *y, word_set *ws, bool *any)
{
	*any = false;
	/* the value is one text: a string, or a number's digits */
	size_t bytes = y->kind == RV_STR ? y->s.len : y->kind == RV_NUM ? 24 : 0;
	if (bytes > RL_SHARES_MAX_IN)
		bytes = RL_SHARES_MAX_IN;
	if (!bytes)
		return 0;
	/* a telling word is a run of two bytes or more: count those runs of
	 * the bytes to read, and keep the table at most half full */
	size_t runs = 0;
	if (y->kind == RV_STR)
		for (size_t i = 0, len = 0, digit = 0; i <= bytes; i++) {
			unsigned char ch = i < bytes ? (unsigned char)y->s.ptr[i] : 0;
			bool w = i < bytes && word_byte(ch);
			runs += !w && len >= 2;
			/* a run with a digit, a blank or a dash and another run
			 * after it may begin a number in groups (read_grouped) */
			runs += !w && digit && (ch == ' ' || ch == '-') && i + 1 < bytes &&
				word_byte((unsigned char)y->s.ptr[i + 1]);
			digit = w ? digit || (ch >= '0' && ch <= '9') : 0;
			len = w ? len + 1 : 0;
		}
	else
		runs = bytes;
	*ws = (word_set){ .left = RL_SHARES_MAX_IN, .cap = 8 };
	while (ws->cap < 2 * runs + 2)
		ws->cap *= 2;
	ws->hash = agate_arena_zalloc(c->arena, ws->cap * sizeof(*ws->hash));
	ws->word = agate_arena_alloc(c->arena, ws->cap * sizeof(*ws->word));
	ws->len = agate_arena_alloc(c->arena, ws->cap);
	if (!ws->hash || !ws->word || !ws->len)
		return -ENOMEM;
	bool unused = false;
	int rc = val_words(c, y, ws, NULL, &unused);
	*any = rc == 0 && ws->n > 0;
	return rc;
}

int rl_fn_shares(rl_ctx *c, const rl_val *x, const rl_val *y, const rl_val *z, bool codes,
		 rl_val *out)
{
	set_bool(out, false);
	if (x->kind != RV_STR && x->kind != RV_NUM && x->kind != RV_TREE)
		return 0;
	word_set ws, zs;
	bool any;
	int rc = text_words(c, y, &ws, &any);
	if (rc < 0 || !any)
		return rc;
	ws.codes_only = codes;
	if (z) {
		bool zany;
		if ((rc = text_words(c, z, &zs, &zany)) < 0)
			return rc;
		if (zany)
			ws.minus = &zs;
	}
	bool hit = false;
	rc = val_words(c, x, NULL, &ws, &hit);
	if (rc < 0)
		return rc;
	set_bool(out, hit);
	return 0;
}

/* ---- clauses() -------------------------------------------------------------- */

/* a '.' at s[i] after a title or an initial ("St.", "Dr.", "v.", "J.")
 * ends no clause; after any other short word ("QA.", "PRs.") it does */
static bool after_abbreviation(const char *s, size_t start, size_t i)
{
	static const char *const titles[] = { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
					      "vs", "no", "inc", "ltd", "co", "corp", "mt", "ft",
					      "approx", "dept", "etc", "eg", "ie", NULL };
	size_t w = i;
	while (w > start && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
		w--;
	size_t len = i - w;
	if (len == 0 || (w > start && s[w - 1] != ' ' && s[w - 1] != '(' && s[w - 1] != '.'))
		return false;
	if (len == 1)
		return true; /* an initial, "v." */
	for (size_t k = 0; titles[k]; k++) {
		if (strlen(titles[k]) != len)
			continue;
		size_t m = 0;
		while (m < len && (s[w + m] | 0x20) == titles[k][m])
			m++;
		if (m == len)
			return true;
	}
	return false;
}

/* where the clause that starts at s[i] ends (one past its last byte) */
static size_t clause_end(const char *s, size_t n, size_t i)
{
	size_t start = i;
	for (; i < n; i++) {
		char ch = s[i];
		if (ch == ';' || ch == '\n')
			return i + 1;
		if ((ch == '.' || ch == '!' || ch == '?' || ch == ',') &&
		    (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\r' ||
		     s[i + 1] == '\n') &&
		    !(ch == '.' && i + 1 < n && after_abbreviation(s, start, i)))
			return i + 1;
	}
	return n;
}

int rl_fn_clauses(rl_ctx *c, const rl_val *x, const rl_node *re, bool with, rl_val *out)
{
	memset(out, 0, sizeof(*out));
	if (x->kind != RV_STR || re->kind != N_REGEX)
		return 0;
	size_t n = x->s.len < RL_FROM_MAX ? x->s.len : RL_FROM_MAX;
	/* a line end after each clause at most doubles it */
	char *buf = agate_arena_alloc(c->arena, 2 * n + 1);
	if (!buf)
		return -ENOMEM;
	size_t len = 0;
	for (size_t i = 0; i < n;) {
		/* a clause begins at its first byte that is no blank */
		while (i < n && (x->s.ptr[i] == ' ' || x->s.ptr[i] == '\t' || x->s.ptr[i] == '\r' ||
				 x->s.ptr[i] == '\n'))
			i++;
		if (i == n)
			break;
		size_t e = clause_end(x->s.ptr, n, i);
		agate_str one = { x->s.ptr + i, e - i };
		bool hit = false;
		size_t at = 0, end = 0;
		for (uint32_t k = 0; k < re->u.re.n && !hit; k++) {
			int rc = rl_re_span(c, &re->u.re.res[k], one, &at, &end);
			if (rc < 0)
				return rc;
			hit = rc > 0;
		}
		if (hit == with) {
			/* each clause on a line of its own: its words stay apart;
			 * a clause R found is written without what R matched (the
			 * "must be retained" of it), so its words are what it is
			 * about */
			if (!hit)
				at = end = one.len;
			memcpy(buf + len, one.ptr, at);
			len += at;
			if (at > 0 && end > at && end < one.len)
				buf[len++] = ' ';
			memcpy(buf + len, one.ptr + end, one.len - end);
			len += one.len - end;
			if (len > 0 && buf[len - 1] != '\n')
				buf[len++] = '\n';
		}
		i = e;
	}
	if (len)
		set_str(out, buf, len);
	return 0;
}
