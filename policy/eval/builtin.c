/* builtin.c - the functions that read facts out of argument values:
 * luhn(x) (a payment card number), iban(x) (an international bank account
 * number), amount(x) (a number written with its currency), seconds(x)
 * (a duration written with its unit) and param(x,
 * keys...) (the value of a named argument in a map
 * or in text such as `transfer(amount=500;to=acct-1)`). Each walks a value
 * tree at most RL_MAX_WALK levels deep (deeper is an evaluation error,
 * which blocks) and reads every string once: time is linear in the size
 * of the arguments.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "policy/base/duration.h"
#include "policy/base/json.h"
#include "policy/base/text.h"
#include "policy/eval/eval_int.h"

static bool is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool is_alnum(unsigned char ch)
{
	return is_digit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* ---- luhn ---------------------------------------------------------------- */

/* the Luhn check over n digits (ASCII), the last being the check digit */
static bool luhn_ok(const char *d, size_t n)
{
	unsigned sum = 0;
	bool dbl = false, same = true;
	for (size_t i = n; i-- > 0;) {
		unsigned v = (unsigned)(d[i] - '0');
		if (d[i] != d[0])
			same = false;
		if (dbl) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
		dbl = !dbl;
	}
	return sum % 10 == 0 && !same; /* 0000 0000 0000 0000 is no card */
}

/* Does s hold a run of 13 to 19 digits, single spaces or dashes allowed
 * between them, not glued to a letter or digit on either side, that passes
 * the Luhn check? */
static bool text_has_luhn(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (!is_digit((unsigned char)s[i]) || (i > 0 && is_alnum((unsigned char)s[i - 1]))) {
			i++;
			continue;
		}
		char d[20];
		size_t nd = 0, j = i;
		bool too_long = false;
		while (j < n) {
			unsigned char ch = (unsigned char)s[j];
			if (is_digit(ch)) {
				if (nd < sizeof(d))
					d[nd] = (char)ch;
				else
					too_long = true;
				nd++;
				j++;
			} else if ((ch == ' ' || ch == '-') && j + 1 < n &&
				   is_digit((unsigned char)s[j + 1])) {
				j++;
			} else {
				break;
			}
		}
		bool glued = j < n && is_alnum((unsigned char)s[j]);
		if (!glued && !too_long && nd >= 13 && nd <= 19 && luhn_ok(d, nd))
			return true;
		i = j;
	}
	return false;
}

/* ---- iban ---------------------------------------------------------------- */

/* length of the IBAN of each country that uses one (ISO 13616 registry) */
static const struct {
	char cc[3];
	uint8_t len;
} iban_len[] = {
	{ "AD", 24 }, { "AE", 23 }, { "AL", 28 }, { "AT", 20 }, { "AZ", 28 }, { "BA", 20 },
	{ "BE", 16 }, { "BG", 22 }, { "BH", 22 }, { "BR", 29 }, { "BY", 28 }, { "CH", 21 },
	{ "CR", 22 }, { "CY", 28 }, { "CZ", 24 }, { "DE", 22 }, { "DK", 18 }, { "DO", 28 },
	{ "EE", 20 }, { "EG", 29 }, { "ES", 24 }, { "FI", 18 }, { "FO", 18 }, { "FR", 27 },
	{ "GB", 22 }, { "GE", 22 }, { "GI", 23 }, { "GL", 18 }, { "GR", 27 }, { "GT", 28 },
	{ "HR", 21 }, { "HU", 28 }, { "IE", 22 }, { "IL", 23 }, { "IQ", 23 }, { "IS", 26 },
	{ "IT", 27 }, { "JO", 30 }, { "KW", 30 }, { "KZ", 20 }, { "LB", 28 }, { "LC", 32 },
	{ "LI", 21 }, { "LT", 20 }, { "LU", 20 }, { "LV", 21 }, { "LY", 25 }, { "MC", 27 },
	{ "MD", 24 }, { "ME", 22 }, { "MK", 19 }, { "MR", 27 }, { "MT", 31 }, { "MU", 30 },
	{ "NL", 18 }, { "NO", 15 }, { "PK", 24 }, { "PL", 28 }, { "PS", 29 }, { "PT", 25 },
	{ "QA", 29 }, { "RO", 24 }, { "RS", 22 }, { "SA", 24 }, { "SC", 31 }, { "SE", 24 },
	{ "SI", 19 }, { "SK", 24 }, { "SM", 27 }, { "ST", 25 }, { "SV", 28 }, { "TL", 23 },
	{ "TN", 24 }, { "TR", 26 }, { "UA", 29 }, { "VA", 22 }, { "VG", 24 }, { "XK", 20 },
};

static unsigned upc(unsigned char ch)
{
	return ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch;
}

/* a compact candidate (letters upper or lower case): country length and
 * the ISO 7064 mod 97-10 check */
static bool iban_ok(const char *s, size_t n)
{
	if (n < 15 || n > 34)
		return false;
	unsigned c0 = upc((unsigned char)s[0]), c1 = upc((unsigned char)s[1]);
	if (c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z' || !is_digit((unsigned char)s[2]) ||
	    !is_digit((unsigned char)s[3]))
		return false;
	bool known = false;
	for (size_t i = 0; i < sizeof(iban_len) / sizeof(iban_len[0]); i++)
		if ((unsigned)iban_len[i].cc[0] == c0 && (unsigned)iban_len[i].cc[1] == c1) {
			if (iban_len[i].len != n)
				return false;
			known = true;
			break;
		}
	if (!known)
		return false;
	unsigned rem = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char ch = (unsigned char)s[(k + 4) % n]; /* country and check last */
		unsigned u = upc(ch);
		if (is_digit(ch))
			rem = (rem * 10 + (ch - '0')) % 97;
		else if (u >= 'A' && u <= 'Z')
			rem = (rem * 100 + (u - 'A' + 10)) % 97;
		else
			return false;
	}
	return rem == 1;
}

/* The separator between an IBAN's printed groups at s: a dash, a dot or
 * a run of up to four blanks (rl_blank_at: a space, a tab, a no-break,
 * thin or zero-width space as word processors print it), its bytes in
 * *len. The kind returned ('-', '.', ' ') is what must stay the same
 * throughout, so that blanks of two looks (a space, then a thin space)
 * still part one number. 0 when s starts with none. */
static char group_separator(const char *s, size_t n, size_t *len)
{
	if (n >= 1 && (s[0] == '-' || s[0] == '.')) {
		*len = 1;
		return s[0];
	}
	/* a run of blanks is one separator (two spaces typed, or a space
	 * beside a zero-width one); bounded, as a printed group is */
	size_t k = 0, b;
	for (int runs = 0; runs < 4 && (b = rl_blank_at(s + k, n - k)) > 0; runs++)
		k += b;
	*len = k;
	return k ? ' ' : 0;
}

/* Does s hold an IBAN, compact ("DE89370400440532013000") or printed in
 * groups of four split by one separator of the same kind throughout
 * ("DE89 3704 0044 0532 0130 00", "DE89-3704-...", "DE89.3704...",
 * blanks of any look), not glued to a letter or digit? */
static bool text_has_iban(const char *s, size_t n)
{
	size_t i = 0;
	while (i + 4 <= n) {
		if (!is_alnum((unsigned char)s[i]) || (i > 0 && is_alnum((unsigned char)s[i - 1]))) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && is_alnum((unsigned char)s[j]))
			j++;
		size_t run = j - i;
		if (run >= 15 && run <= 34 && iban_ok(s + i, run))
			return true;
		if (run == 4) {
			/* groups of four; the last may be shorter: try every end */
			char buf[36];
			size_t bl = 4, k = j;
			size_t sl;
			char kind = group_separator(s + k, n - k, &sl);
			memcpy(buf, s + i, 4);
			while (kind && k + sl < n && is_alnum((unsigned char)s[k + sl])) {
				size_t g = k + sl;
				while (g < n && is_alnum((unsigned char)s[g]))
					g++;
				size_t gl = g - (k + sl);
				if (gl > 4 || bl + gl > 34)
					break;
				memcpy(buf + bl, s + k + sl, gl);
				bl += gl;
				if (iban_ok(buf, bl))
					return true;
				k = g;
				if (gl < 4 || group_separator(s + k, n - k, &sl) != kind)
					break;
			}
		}
		i = j;
	}
	return false;
}

/* ---- walking a value ------------------------------------------------------- */

typedef bool (*text_test)(const char *s, size_t n);

static int tree_has(rl_ctx *c, const agate_value *v, text_test f, int depth, bool *out)
{
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for luhn/iban";
		return -EINVAL;
	}
	switch (v->type) {
	case AGATE_STR:
	case AGATE_BIN:
		*out = f(v->as.str.ptr, v->as.str.len);
		return 0;
	case AGATE_INT: {
		char buf[24];
		int k = snprintf(buf, sizeof(buf), "%lld", (long long)v->as.integer);
		*out = k > 0 && f(buf, (size_t)k);
		return 0;
	}
	case AGATE_ARRAY:
		for (uint32_t i = 0; i < v->as.array.len; i++) {
			int rc = tree_has(c, &v->as.array.items[i], f, depth + 1, out);
			if (rc < 0 || *out)
				return rc;
		}
		return 0;
	case AGATE_MAP:
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			int rc = tree_has(c, &v->as.map.items[i].value, f, depth + 1, out);
			if (rc < 0 || *out)
				return rc;
		}
		return 0;
	default:
		return 0;
	}
}

static int val_has(rl_ctx *c, const rl_val *v, text_test f, bool *out)
{
	*out = false;
	char buf[48];
	agate_str s;
	if (v->kind == RV_TREE)
		return tree_has(c, v->t, f, 0, out);
	if (v->kind == RV_NUM && !(v->n == floor(v->n) && fabs(v->n) < 9e15))
		return 0; /* a float is no account number */
	if (as_text(v, buf, sizeof(buf), &s))
		*out = f(s.ptr, s.len);
	return 0;
}

int rl_fn_luhn(rl_ctx *c, const rl_val *v, bool *out)
{
	return val_has(c, v, text_has_luhn, out);
}

int rl_fn_iban(rl_ctx *c, const rl_val *v, bool *out)
{
	return val_has(c, v, text_has_iban, out);
}

/* ---- amount -------------------------------------------------------------- */

static bool is_alpha(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* a currency named by letters: a three-letter code (EUR, usd) or a word */
static bool currency_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "franc",
		"francs", "krona", "kronor", "krone", "kroner", "rupee", "rupees", "peso",
		"pesos", "real", "reais", "yuan", "renminbi", "won", "rand", "ruble", "rubles",
		"rouble", "roubles", "zloty", "lira", "dirham", "dirhams", "riyal", "riyals",
	};
	if (n == 3)
		return true;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t wl = strlen(words[i]), k;
		if (wl != n)
			continue;
		for (k = 0; k < n && lc((unsigned char)s[k]) == words[i][k]; k++)
			;
		if (k == n)
			return true;
	}
	return false;
}

static void amount_value(const rl_val *v, rl_val *out)
{
	*out = *v;
	double d;
	if (v->kind != RV_STR || v->s.len > 128)
		return;
	const char *s = v->s.ptr;
	size_t a = 0, b = v->s.len;
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (rl_num_from_str(s + a, b - a, &d)) {
		set_num(out, d);
		return;
	}
	size_t w = a;
	while (w < b && is_alpha((unsigned char)s[w]))
		w++;
	if (w > a) { /* letters first: "USD 1,200" */
		if (currency_word(s + a, w - a) && rl_num_from_str(s + w, b - w, &d))
			set_num(out, d);
		return;
	}
	w = b;
	while (w > a && is_alpha((unsigned char)s[w - 1]))
		w--;
	if (w < b && currency_word(s + w, b - w) && rl_num_from_str(s + a, w - a, &d))
		set_num(out, d); /* "35 EUR", "40 dollars" */
}

/* The money a call moves, whichever way it moves: a negative amount
 * ("-50000", "USD -1,200") is its size, so that a limit cannot be walked
 * around by a sign (a reversal that pulls money in) and a session's sum
 * of amounts cannot be lowered by one. */
void rl_fn_amount(const rl_val *v, rl_val *out)
{
	amount_value(v, out);
	if (out->kind == RV_NUM && out->n < 0)
		out->n = -out->n;
}

/* ---- seconds ------------------------------------------------------------- */

void rl_fn_seconds(const rl_val *v, double bare_unit, rl_val *out)
{
	*out = *v;
	double d;
	if (v->kind == RV_NUM)
		set_num(out, v->n * bare_unit);
	else if (v->kind == RV_STR && rl_duration_read(v->s.ptr, v->s.len, bare_unit, &d))
		set_num(out, d);
}

/* ---- param --------------------------------------------------------------- */

/* Keys compare after folding ASCII case and dropping '_', '-', '.' and
 * spaces: "recipient_account", "RecipientAccount" and "recipient-account"
 * are one key. */
#define PARAM_KEY_MAX RL_PARAM_KEY_MAX

/* the keys asked for, folded: rl_pkeys (model.h), made at load when the
 * keys are constants, else in the arena of the decision */
typedef rl_pkeys param_keys;

/* rank of a folded name among the keys (0 best), or -1 */
static int key_rank(const param_keys *ks, const char *s, size_t n)
{
	char f[PARAM_KEY_MAX];
	if (ks->cap) {
		/* its folded form cannot be a key: too short, or the first
		 * byte folding keeps is none of theirs */
		if (n < ks->min_len)
			return -1;
		size_t i = 0;
		while (i < n && (s[i] == '_' || s[i] == '-' || s[i] == '.' || s[i] == ' '))
			i++;
		if (i == n)
			return -1;
		unsigned char f0 = (unsigned char)lc((unsigned char)s[i]);
		if (!(ks->first[f0 >> 6] >> (f0 & 63) & 1))
			return -1;
	}
	size_t fl = rl_fold_key(s, n, f);
	if (fl == 0 || fl > PARAM_KEY_MAX)
		return -1;
	if (ks->cap) {
		uint64_t h = rl_hash(f, fl);
		for (uint32_t j = (uint32_t)h & (ks->cap - 1); ks->slot[j];
		     j = (j + 1) & (ks->cap - 1)) {
			uint32_t r = ks->slot[j] - 1;
			if (ks->hash[j] == h && ks->len[r] == fl && memcmp(ks->key[r], f, fl) == 0)
				return (int)r;
		}
		return -1;
	}
	for (size_t i = 0; i < ks->n; i++)
		if (ks->len[i] == fl && memcmp(ks->key[i], f, fl) == 0)
			return (int)i;
	return -1;
}

static int keys_add(rl_ctx *c, param_keys *ks, size_t cap, agate_str s)
{
	char f[PARAM_KEY_MAX];
	size_t fl = rl_fold_key(s.ptr, s.len, f);
	if (fl == 0 || fl > PARAM_KEY_MAX || ks->n == cap)
		return 0; /* a key no name folds to: never found */
	char *k = agate_arena_strndup(c->arena, f, fl);
	if (!k)
		return -ENOMEM;
	ks->key[ks->n] = k;
	ks->len[ks->n++] = (uint8_t)fl;
	return 0;
}

/* the keys of param(x, k1, k2, ...): strings, or lists of strings */
static int keys_build(rl_ctx *c, const rl_val *kv, size_t nk, param_keys *ks)
{
	size_t cap = 0;
	for (size_t i = 0; i < nk; i++)
		if (kv[i].kind == RV_STR)
			cap++;
		else if (kv[i].kind == RV_TREE && kv[i].t->type == AGATE_ARRAY)
			cap += kv[i].t->as.array.len;
	memset(ks, 0, sizeof(*ks));
	if (!cap)
		return 0;
	ks->key = agate_arena_alloc(c->arena, cap * sizeof(*ks->key));
	ks->len = agate_arena_alloc(c->arena, cap);
	if (!ks->key || !ks->len)
		return -ENOMEM;
	for (size_t i = 0; i < nk; i++) {
		int rc = 0;
		if (kv[i].kind == RV_STR) {
			rc = keys_add(c, ks, cap, kv[i].s);
		} else if (kv[i].kind == RV_TREE && kv[i].t->type == AGATE_ARRAY) {
			const agate_value *a = kv[i].t;
			for (uint32_t j = 0; j < a->as.array.len && rc == 0; j++)
				if (a->as.array.items[j].type == AGATE_STR)
					rc = keys_add(c, ks, cap, a->as.array.items[j].as.str);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

static bool value_end(const char *s, size_t n, size_t j)
{
	unsigned char ch = (unsigned char)s[j];
	if (ch == ',') {
		/* 50,000 is one number; "a, b" and "a,b=" end at the comma */
		bool thousands = j > 0 && is_digit((unsigned char)s[j - 1]) && j + 3 < n &&
				 is_digit((unsigned char)s[j + 1]) &&
				 is_digit((unsigned char)s[j + 2]) &&
				 is_digit((unsigned char)s[j + 3]) &&
				 (j + 4 == n || !is_digit((unsigned char)s[j + 4]));
		return !thousands;
	}
	return ch == ';' || ch == ')' || ch == '&' || ch == '}' || ch == ']' || ch == '\n' ||
	       ch == '\r' || ch == '|';
}

/* A blank inside an unquoted value: the value goes on ("to=ACME Ltd",
 * "access_level=Domain Admins") unless what came before is a plain number
 * ("amount=5000 to=..."), or the next word is another key, or nothing but
 * blanks and a delimiter follow. */
static bool blank_ends(const char *s, size_t n, size_t v0, size_t j)
{
	double d;
	if (j - v0 <= 64 && rl_num_from_str(s + v0, j - v0, &d))
		return true; /* (no plain number is longer: each blank costs O(1)) */
	size_t k = j;
	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (k >= n || value_end(s, n, k))
		return true;
	size_t w = k;
	while (w < n && (is_alnum((unsigned char)s[w]) || s[w] == '_' || s[w] == '-' || s[w] == '.'))
		w++;
	if (w > k && w < n && (s[w] == '"' || s[w] == '\''))
		w++;
	while (w < n && s[w] == ' ')
		w++;
	return w > k && w < n && (s[w] == '=' || s[w] == ':');
}

/* Past a blank at s[j] that did not end the value: every later blank of
 * the same run looks at the same next word, so only blank_ends()'s number
 * test can answer otherwise, and it reads at most 64 bytes from v0. The
 * first byte after the run, or the blank where a plain number ends. One
 * pass over the run: a value of 100 KB of blanks is read once, not once a
 * blank. */
static size_t blank_run_end(const char *s, size_t n, size_t v0, size_t j)
{
	double d;
	for (j++; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
		if (j - v0 <= 64 && rl_num_from_str(s + v0, j - v0, &d))
			return j;
	return j;
}

/* In text: `key=value`, `key: value`, `"key": "value"`, `key='v w'`, as
 * in call syntax, query strings, JSON and YAML. The best-ranked key wins,
 * then the first place. An unquoted value ends at one of , ; ) & } ] |
 * or a line end (not at a comma between digit groups: 50,000), and at a
 * blank only as blank_ends() says. */
/* Is the name ending at s[j] followed by `=` or `:` (after an optional
 * closing quote and blanks, and not `==`)? Then *v0, *v1 bound its value. */
static bool assign_at(const char *s, size_t n, size_t j, size_t *v0, size_t *v1)
{
	size_t k = j;
	if (k < n && (s[k] == '"' || s[k] == '\''))
		k++;
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n || (s[k] != '=' && s[k] != ':') || (k + 1 < n && s[k + 1] == '='))
		return false;
	k++;
	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	*v0 = k;
	if (k < n && (s[k] == '"' || s[k] == '\'')) {
		char q = s[k];
		*v0 = ++k;
		while (k < n && s[k] != q) {
			if (s[k] == '\\' && k + 1 < n)
				k++;
			k++;
		}
		*v1 = k < n ? k : n;
	} else {
		while (k < n && !value_end(s, n, k)) {
			if (s[k] != ' ' && s[k] != '\t') {
				k++;
				continue;
			}
			if (blank_ends(s, n, *v0, k))
				break;
			k = blank_run_end(s, n, *v0, k);
			if (k < n && (s[k] == ' ' || s[k] == '\t'))
				break; /* a plain number ended inside the run */
		}
		*v1 = k;
		while (*v1 > *v0 && (s[*v1 - 1] == ' ' || s[*v1 - 1] == '\t'))
			(*v1)--;
	}
	return true;
}

/* The next name of the text at or after *i: s[*start .. *end) */
static bool next_name(const char *s, size_t n, size_t *i, size_t *start, size_t *end)
{
	while (*i < n) {
		unsigned char ch = (unsigned char)s[*i];
		if (!(is_alnum(ch) || ch == '_') || (*i > 0 && is_alnum((unsigned char)s[*i - 1]))) {
			(*i)++;
			continue;
		}
		size_t j = *i;
		while (j < n && (is_alnum((unsigned char)s[j]) || s[j] == '_' || s[j] == '-' ||
				 s[j] == '.'))
			j++;
		*start = *i;
		*end = j;
		*i = j;
		return true;
	}
	return false;
}

/* The same key again in one text (`amount=10;amount=90000`): which one
 * a tool takes is the tool's business, so the value read is the whole
 * span from the first value to this one. Equal values change nothing; a
 * different one makes an amount unreadable (held for review) and lets a
 * pattern that fits either value match. */
static bool repeated_key(const char *s, size_t v0, size_t v1, agate_str *out)
{
	if (out->len == v1 - v0 && memcmp(out->ptr, s + v0, out->len) == 0)
		return false;
	if (s + v1 > out->ptr)
		*out = (agate_str){ out->ptr, (size_t)(s + v1 - out->ptr) };
	return true;
}

/* In text: `key=value`, `key: value`, `"key": "value"`, `key='v w'`, as
 * in call syntax, query strings, JSON and YAML. The best-ranked key wins,
 * then the first place; the same key given again with another value is
 * read as all of them (repeated_key). An unquoted value ends at one of
 * , ; ) & } ] | or a line end (not at a comma between digit groups:
 * 50,000), and at a blank only as blank_ends() says. */
static bool text_param(const char *s, size_t n, const param_keys *ks, agate_str *out,
		       int *best, bool *rep)
{
	bool found = false;
	size_t i = 0, k0, k1, v0, v1;
	*rep = false;
	while (next_name(s, n, &i, &k0, &k1)) {
		int r = key_rank(ks, s + k0, k1 - k0);
		if (r < 0 || (found && r > *best) || !assign_at(s, n, k1, &v0, &v1))
			continue;
		if (found && r == *best)
			*rep = repeated_key(s, v0, v1, out) || *rep;
		else
			*out = (agate_str){ s + v0, v1 - v0 }, *rep = false;
		*best = r;
		found = true;
	}
	return found;
}

/* The assignments of a text (names followed by `=` or `:`, with their
 * values), found once per decision: a business call asks param() of the
 * same argument strings with some thirty key lists, and which names are
 * assignments does not depend on the keys. Kept for the last PTC_SLOTS
 * texts by address (an argument string or a value of the arena, neither
 * changing while the arena lives); a text with more than PTC_MAX
 * assignments is read as before. */
#define PTC_SLOTS 16
#define PTC_MAX 48
typedef struct ptc_assign {
	uint32_t k0, k1, v0, v1;
} ptc_assign;
typedef struct ptc_entry {
	const char *p;
	size_t n;
	uint32_t na;  /* UINT32_MAX: too many, read the text itself */
	ptc_assign *a;
} ptc_entry;
typedef struct ptc_table {
	ptc_entry e[PTC_SLOTS];
	unsigned used, next;
} ptc_table;

static const ptc_entry *text_assigns(rl_ctx *c, const char *s, size_t n)
{
	ptc_table *t = c->param_texts;
	if (n > UINT32_MAX)
		return NULL;
	if (!t && !(t = c->param_texts = agate_arena_zalloc(c->arena, sizeof(*t))))
		return NULL;
	for (unsigned i = 0; i < t->used; i++)
		if (t->e[i].p == s && t->e[i].n == n)
			return &t->e[i];
	ptc_assign got[PTC_MAX];
	uint32_t na = 0;
	size_t i = 0, k0, k1, v0, v1;
	while (next_name(s, n, &i, &k0, &k1)) {
		if (!assign_at(s, n, k1, &v0, &v1))
			continue;
		if (na == PTC_MAX) {
			na = UINT32_MAX;
			break;
		}
		got[na++] = (ptc_assign){ (uint32_t)k0, (uint32_t)k1, (uint32_t)v0, (uint32_t)v1 };
	}
	ptc_assign *a = NULL;
	if (na && na != UINT32_MAX) {
		if (!(a = agate_arena_alloc(c->arena, na * sizeof(*a))))
			return NULL;
		memcpy(a, got, na * sizeof(*a));
	}
	ptc_entry *e = &t->e[t->used < PTC_SLOTS ? t->used++ : t->next++ % PTC_SLOTS];
	*e = (ptc_entry){ s, n, na, a };
	return e;
}

/* text_param through the text's kept assignments: the same answer, each
 * assignment's name ranked in order */
static bool text_param_kept(rl_ctx *c, const char *s, size_t n, const param_keys *ks,
			    agate_str *out, int *best, bool *rep)
{
	const ptc_entry *e = text_assigns(c, s, n);
	if (!e || e->na == UINT32_MAX)
		return text_param(s, n, ks, out, best, rep);
	bool found = false;
	*rep = false;
	for (uint32_t i = 0; i < e->na; i++) {
		const ptc_assign *a = &e->a[i];
		int r = key_rank(ks, s + a->k0, a->k1 - a->k0);
		if (r < 0 || (found && r > *best))
			continue;
		if (found && r == *best)
			*rep = repeated_key(s, a->v0, a->v1, out) || *rep;
		else
			*out = (agate_str){ s + a->v0, a->v1 - a->v0 }, *rep = false;
		*best = r;
		found = true;
	}
	return found;
}

/* (eval_int.h) */
int rl_readings_new(rl_ctx *c, uint32_t nr, rl_val *out, agate_value **items)
{
	*items = NULL;
	out->t = NULL;
	if (nr > RL_MAX_READINGS) {
		out->tied = RL_TIED_TOO_MANY;
		return 0;
	}
	agate_value *rd = agate_arena_zalloc(c->arena, (1 + (size_t)nr) * sizeof(*rd));
	if (!rd)
		return -ENOMEM;
	rd->type = AGATE_ARRAY;
	rd->as.array.items = rd + 1;
	rd->as.array.len = nr;
	out->tied = RL_TIED_READINGS;
	out->t = rd;
	*items = rd + 1;
	return 0;
}

/* The value of a key given again with another value in text s (rank
 * best of ks): the span text_param read, made a tied value whose
 * readings are each value given (compare.c weighs them one by one). Rare
 * enough to scan the text again rather than keep every place. */
static int text_readings(rl_ctx *c, const char *s, size_t n, const param_keys *ks, int best,
			 agate_str span, rl_val *out)
{
	set_str(out, span.ptr, span.len);
	size_t i = 0, k0, k1, v0, v1;
	uint32_t nr = 0;
	while (next_name(s, n, &i, &k0, &k1))
		nr += key_rank(ks, s + k0, k1 - k0) == best && assign_at(s, n, k1, &v0, &v1);
	agate_value *items;
	int rc = rl_readings_new(c, nr, out, &items);
	if (rc < 0 || !items)
		return rc;
	uint32_t k = 0;
	for (i = 0; k < nr && next_name(s, n, &i, &k0, &k1);) {
		if (key_rank(ks, s + k0, k1 - k0) != best || !assign_at(s, n, k1, &v0, &v1))
			continue;
		items[k].type = AGATE_STR;
		items[k].as.str = (agate_str){ s + v0, v1 - v0 };
		k++;
	}
	return 0;
}

/* a byte of a name as next_name reads one */
static bool name_byte(unsigned char ch)
{
	return is_alnum(ch) || ch == '_' || ch == '-' || ch == '.';
}

/* The name that ends just before s[j] as next_name cuts names (the
 * longest run of name bytes, less its leading '-' and '.'): in *k0, *k1;
 * false when none does. */
static bool name_before(const char *s, size_t j, size_t *k0, size_t *k1)
{
	size_t a = j;
	while (a > 0 && name_byte((unsigned char)s[a - 1]))
		a--;
	while (a < j && (s[a] == '-' || s[a] == '.'))
		a++;
	*k0 = a;
	*k1 = j;
	return a < j;
}

/* The names of ks that param() would find in s's text (text_param: a
 * name that ranks and is followed by `=` or `:`), each as a bit of bits
 * by rank. Read from the `=` and `:` back to their names: most bytes of
 * a script or a sentence are no assignment, and are not even looked at. */
static void text_names(const param_keys *ks, const char *s, size_t n, uint64_t *bits)
{
	for (int pass = 0; pass < 2; pass++) {
		char op = pass ? ':' : '=';
		for (const char *q = memchr(s, op, n); q; q = memchr(q + 1, op, n - (size_t)(q + 1 - s))) {
			size_t p = (size_t)(q - s), j = p, k0, k1;
			if (p + 1 < n && s[p + 1] == '=')
				continue; /* `==` is no assignment */
			/* assign_at: the name, an optional closing quote, blanks */
			while (j > 0 && s[j - 1] == ' ')
				j--;
			if (j > 0 && (s[j - 1] == '"' || s[j - 1] == '\''))
				j--;
			if (!name_before(s, j, &k0, &k1))
				continue;
			int r = key_rank(ks, s + k0, k1 - k0);
			if (r >= 0)
				bits[r >> 6] |= 1ull << (r & 63);
			if (q + 1 == s + n)
				break;
		}
	}
}

int rl_param_names(const rl_pkeys *ks, const agate_value *v, int depth, uint64_t *bits)
{
	if (depth > RL_MAX_WALK)
		return 0; /* param() may answer an error here: nothing told */
	if (v->type == AGATE_MAP) {
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			int r = key_rank(ks, m->key.ptr, m->key.len);
			if (r >= 0)
				bits[r >> 6] |= 1ull << (r & 63);
			if (!rl_param_names(ks, &m->value, depth + 1, bits))
				return 0;
		}
	} else if (v->type == AGATE_ARRAY) {
		for (uint32_t i = 0; i < v->as.array.len; i++)
			if (!rl_param_names(ks, &v->as.array.items[i], depth + 1, bits))
				return 0;
	} else if (v->type == AGATE_STR) {
		text_names(ks, v->as.str.ptr, v->as.str.len, bits);
	}
	return 1;
}

void rl_param_text_names(const rl_pkeys *ks, const char *s, size_t n, uint64_t *bits)
{
	text_names(ks, s, n, bits);
}

typedef struct param_find {
	const param_keys *ks;
	int best;
	rl_val val;
	bool found;
} param_find;

/* Two names of one map that fold to the same key (`amount` and
 * `Amount `, `to_addr` and `ToAddr`) with different values: a tool reads
 * one exact name, the rules cannot tell which, so the value read is all
 * of them as text, "v1; v2", as for a key repeated in text
 * (repeated_key): no amount is read from it (held as unreadable) and a
 * pattern that fits either value matches. Each value is its text (a
 * string as it is, anything else as JSON), cut at TIE_VALUE_MAX bytes,
 * and the whole at TIE_MAX, so that a map of many alike names costs a
 * bounded copy per param() call. */
#define TIE_VALUE_MAX 2048u
#define TIE_MAX (16u * 1024u)
static size_t tied_text(const agate_value *v, char *buf, size_t room)
{
	if (v->type == AGATE_STR || v->type == AGATE_BIN) {
		size_t k = rl_utf8_cut(v->as.str.ptr, v->as.str.len, room);
		if (buf)
			memcpy(buf, v->as.str.ptr, k);
		return k;
	}
	if (!buf) {
		size_t need = agate_json_write(NULL, 0, v);
		return need < room ? need : room;
	}
	/* agate_json_write writes at most room - 1 bytes and a NUL; a cut
	 * inside a character is taken back to its start */
	size_t need = agate_json_write(buf, room + 1, v);
	return rl_utf8_cut(buf, need < room ? need : room, room);
}

static int tied_values(rl_ctx *c, const agate_value *map, int rank, const param_keys *ks,
		       rl_val *out)
{
	/* the bytes it may take, to allocate no more than that */
	size_t cap = 0;
	for (uint32_t i = 0; i < map->as.map.len && cap < TIE_MAX; i++) {
		const agate_member *m = &map->as.map.items[i];
		if (key_rank(ks, m->key.ptr, m->key.len) == rank)
			cap += 2 + tied_text(&m->value, NULL, TIE_VALUE_MAX);
	}
	cap = cap < TIE_MAX ? cap : TIE_MAX;
	char *buf = agate_arena_alloc(c->arena, cap + 1);
	if (!buf)
		return -ENOMEM;
	size_t n = 0;
	for (uint32_t i = 0; i < map->as.map.len && n + 2 < cap; i++) {
		const agate_member *m = &map->as.map.items[i];
		if (key_rank(ks, m->key.ptr, m->key.len) != rank)
			continue;
		if (n) {
			memcpy(buf + n, "; ", 2);
			n += 2;
		}
		size_t room = cap - n < TIE_VALUE_MAX ? cap - n : TIE_VALUE_MAX;
		n += tied_text(&m->value, buf + n, room);
	}
	set_str(out, buf, n);
	/* and each value, for the comparisons (compare.c, cmp_tied) */
	uint32_t nr = 0;
	for (uint32_t i = 0; i < map->as.map.len; i++)
		nr += key_rank(ks, map->as.map.items[i].key.ptr, map->as.map.items[i].key.len) == rank;
	agate_value *items;
	int rc = rl_readings_new(c, nr, out, &items);
	if (rc < 0 || !items)
		return rc;
	nr = 0;
	for (uint32_t i = 0; i < map->as.map.len; i++) {
		const agate_member *m = &map->as.map.items[i];
		if (key_rank(ks, m->key.ptr, m->key.len) == rank)
			items[nr++] = m->value;
	}
	return 0;
}

/* keyed members, depth first; the best key of the shallowest map that
 * has one wins */
static int tree_keyed(rl_ctx *c, const agate_value *v, param_find *pf, int depth)
{
	if (depth > RL_MAX_WALK) {
		c->err = "argument tree nested too deeply for param";
		return -EINVAL;
	}
	if (v->type == AGATE_MAP) {
		int best = -1;
		const agate_value *bv = NULL;
		bool tied = false;
		for (uint32_t i = 0; i < v->as.map.len; i++) {
			const agate_member *m = &v->as.map.items[i];
			int r = key_rank(pf->ks, m->key.ptr, m->key.len);
			if (r < 0 || (best >= 0 && r > best))
				continue;
			if (r == best) {
				/* one value written twice (100 and "100") is one value */
				rl_val x, y;
				from_value(bv, &x);
				from_value(&m->value, &y);
				tied = tied || !val_eq(&x, &y, false);
				continue;
			}
			best = r;
			bv = &m->value;
			tied = false;
		}
		if (bv && tied) {
			pf->found = true;
			return tied_values(c, v, best, pf->ks, &pf->val);
		}
		if (bv) {
			from_value(bv, &pf->val);
			pf->found = true;
			return 0;
		}
		for (uint32_t i = 0; i < v->as.map.len && !pf->found; i++) {
			int rc = tree_keyed(c, &v->as.map.items[i].value, pf, depth + 1);
			if (rc < 0)
				return rc;
		}
	} else if (v->type == AGATE_ARRAY) {
		for (uint32_t i = 0; i < v->as.array.len && !pf->found; i++) {
			int rc = tree_keyed(c, &v->as.array.items[i], pf, depth + 1);
			if (rc < 0)
				return rc;
		}
	}
	return 0;
}

/* then the strings, as text */
static int tree_text(rl_ctx *c, const agate_value *v, param_find *pf, int depth)
{
	if (depth > RL_MAX_WALK || pf->found)
		return 0;
	if (v->type == AGATE_STR) {
		agate_str s;
		bool rep;
		pf->best = -1;
		if (!text_param_kept(c, v->as.str.ptr, v->as.str.len, pf->ks, &s, &pf->best, &rep))
			return 0;
		pf->found = true;
		if (rep)
			return text_readings(c, v->as.str.ptr, v->as.str.len, pf->ks, pf->best, s,
					     &pf->val);
		set_str(&pf->val, s.ptr, s.len);
	} else if (v->type == AGATE_MAP || v->type == AGATE_ARRAY) {
		bool map = v->type == AGATE_MAP;
		uint32_t len = map ? v->as.map.len : v->as.array.len;
		for (uint32_t i = 0; i < len && !pf->found; i++) {
			int rc = tree_text(c, map ? &v->as.map.items[i].value : &v->as.array.items[i],
					   pf, depth + 1);
			if (rc < 0)
				return rc;
		}
	}
	return 0;
}

/* The keys of the last param() calls, by the identity of their operands:
 * the same lists (@amount_keys ...: constants of the rule set, or values
 * of this action, neither changing while the arena lives) are folded once
 * per decision instead of once per call. */
#define PKC_SLOTS 8
#define PKC_ARGS 4
typedef struct pkc_entry {
	size_t nk;
	const void *id[PKC_ARGS];
	size_t len[PKC_ARGS];
	param_keys ks;
} pkc_entry;
typedef struct pkc_table {
	pkc_entry e[PKC_SLOTS];
	unsigned used, next;
} pkc_table;

/* the identity of kv[0..nk), false when some operand has none */
static bool pkc_ids(const rl_val *kv, size_t nk, const void **id, size_t *len)
{
	if (nk == 0 || nk > PKC_ARGS)
		return false;
	for (size_t i = 0; i < nk; i++) {
		/* lists only: a tree is never built in a reused buffer, so its
		 * address names it for as long as the arena lives */
		if (kv[i].kind == RV_TREE) {
			id[i] = kv[i].t;
			len[i] = SIZE_MAX;
		} else {
			return false;
		}
	}
	return true;
}

static int keys_cached(rl_ctx *c, const rl_val *kv, size_t nk, param_keys *ks)
{
	const void *id[PKC_ARGS];
	size_t len[PKC_ARGS];
	if (!pkc_ids(kv, nk, id, len))
		return keys_build(c, kv, nk, ks);
	pkc_table *t = c->param_keys;
	if (!t && !(t = c->param_keys = agate_arena_zalloc(c->arena, sizeof(*t))))
		return -ENOMEM;
	for (unsigned i = 0; i < t->used; i++) {
		const pkc_entry *e = &t->e[i];
		if (e->nk == nk && !memcmp(e->id, id, nk * sizeof(*id)) &&
		    !memcmp(e->len, len, nk * sizeof(*len))) {
			*ks = e->ks;
			return 0;
		}
	}
	int rc = keys_build(c, kv, nk, ks);
	if (rc < 0)
		return rc;
	pkc_entry *e = &t->e[t->used < PKC_SLOTS ? t->used++ : t->next++ % PKC_SLOTS];
	e->nk = nk;
	memcpy(e->id, id, nk * sizeof(*id));
	memcpy(e->len, len, nk * sizeof(*len));
	e->ks = *ks;
	return 0;
}

int rl_fn_param(rl_ctx *c, const rl_val *x, const rl_pkeys *pre, const rl_val *keys,
		size_t nkeys, rl_val *out)
{
	param_keys ks;
	int rc = 0;
	memset(out, 0, sizeof(*out));
	if (pre)
		ks = *pre;
	else
		rc = keys_cached(c, keys, nkeys, &ks);
	if (rc < 0 || ks.n == 0)
		return rc;
	param_find pf = { &ks, -1, { 0 }, false };
	if (x->kind == RV_TREE) {
		rc = tree_keyed(c, x->t, &pf, 0);
		if (rc < 0)
			return rc;
		if (!pf.found && (rc = tree_text(c, x->t, &pf, 0)) < 0)
			return rc;
	} else if (x->kind == RV_STR) {
		agate_str s;
		bool rep;
		if (text_param_kept(c, x->s.ptr, x->s.len, &ks, &s, &pf.best, &rep)) {
			pf.found = true;
			if (!rep)
				set_str(&pf.val, s.ptr, s.len);
			else if ((rc = text_readings(c, x->s.ptr, x->s.len, &ks, pf.best, s,
						     &pf.val)) < 0)
				return rc;
		}
	}
	if (pf.found)
		*out = pf.val;
	return 0;
}
