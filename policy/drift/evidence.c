/* evidence.c - what the cascade reads out of an action and its context:
 * the entities provenance follows (URLs, addresses, accounts, numbers),
 * the walk over argument values, the projection of a bag of terms onto
 * the frame's axes, a tool's description, and an order injected into
 * the task or the trigger. assess.c weighs this evidence; nothing here
 * votes.
 */
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "policy/base/text.h"
#include "policy/drift/drift_int.h"

/* ---- entities: what provenance follows ------------------------------------ */

static void ents_add(ents *s, const char *norm, size_t nlen, char kind,
		     const char *src, size_t len)
{
	uint64_t h = agate_lex_hash(&kind, 1);
	/* continue FNV over the normalised bytes */
	for (size_t i = 0; i < nlen; i++) {
		h ^= (unsigned char)norm[i];
		h *= 0x100000001b3ull;
	}
	if (!h)
		h = 1;
	if (s->n >= MAX_ENTS || ents_has(s, h))
		return;
	s->e[s->n++] = (ent){ h, src, (uint32_t)(len > 200 ? 200 : len) };
}

static bool is_alnum_c(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit_c(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool url_char(unsigned char c)
{
	return c > ' ' && c < 0x7f && c != '"' && c != '\'' && c != '<' && c != '>' &&
	       c != '`' && c != '\\' && c != ',' && c != ';' && c != ')' && c != '(' &&
	       c != '}' && c != '{' && c != ']' && c != '[';
}

static const char tlds[][8] = { "com", "net", "org", "io", "co", "ru", "cn", "xyz",
				    "info", "biz", "me", "app", "dev", "uk", "de", "top",
				    "site", "online", "tk", "cc", "su" };

/* bytes of a word-ish run (letters, digits and . @ _ - +), and those
 * that start one (letters, digits, @) */
enum { RC_RUN = 1, RC_START = 2 };
static const uint8_t run_class[256] = {
	['a' ... 'z'] = RC_RUN | RC_START, ['A' ... 'Z'] = RC_RUN | RC_START,
	['0' ... '9'] = RC_RUN | RC_START, ['@'] = RC_RUN | RC_START,
	['.'] = RC_RUN, ['_'] = RC_RUN, ['-'] = RC_RUN, ['+'] = RC_RUN,
};

/* URLs, e-mail addresses, bare domains, @handles, IBAN-like codes and
 * numbers of four or more digits (accounts, amounts, phones; years
 * 1900-2099 excepted), normalised so "9912-3344" meets "99123344". */
void ents_scan(ents *s, const char *t, size_t n, size_t max_bytes)
{
	if (!t)
		return;
	if (n > max_bytes)
		n = max_bytes;
	char buf[201];
	size_t i = 0;
	while (i < n && s->n < MAX_ENTS) {
		unsigned char c = (unsigned char)t[i];
		/* URL */
		if ((c == 'h' || c == 'H') && n - i > 8 && ascii_lower(t[i + 1]) == 't' &&
		    (!strncasecmp(t + i, "http://", 7) || !strncasecmp(t + i, "https://", 8))) {
			size_t j = i;
			while (j < n && url_char((unsigned char)t[j]))
				j++;
			size_t e = j;
			while (e > i && (t[e - 1] == '.' || t[e - 1] == '/' || t[e - 1] == ':'))
				e--;
			size_t k = 0;
			size_t p = i + (t[i + 4] == ':' ? 7 : 8);
			for (; p < e && k < 200; p++)
				buf[k++] = ascii_lower(t[p]);
			ents_add(s, buf, k, 'u', t + i, e - i);
			i = j;
			continue;
		}
		/* word-ish run: email, domain, handle, IBAN */
		if (run_class[c] & RC_START) {
			/* its first '@' and last '.' are noted on the way */
			size_t j = i, first_at = SIZE_MAX, last_dot = SIZE_MAX;
			for (; j < n; j++) {
				unsigned char d = (unsigned char)t[j];
				if (!(run_class[d] & RC_RUN))
					break;
				if (d == '@' && first_at == SIZE_MAX)
					first_at = j;
				else if (d == '.')
					last_dot = j;
			}
			size_t e = j;
			while (e > i && (t[e - 1] == '.' || t[e - 1] == '-'))
				e--;
			/* the trimmed tail holds no '@': the first one is before e */
			const char *at = first_at != SIZE_MAX ? t + first_at : NULL;
			size_t k = 0;
			if (at && at > t + i && memchr(at, '.', (size_t)(t + e - at))) {
				for (size_t p = i; p < e && k < 200; p++)
					buf[k++] = ascii_lower(t[p]);
				ents_add(s, buf, k, 'e', t + i, e - i);
				i = j;
				continue;
			}
			if (t[i] == '@' && e - i >= 3 && (i == 0 || !is_alnum_c((unsigned char)t[i - 1]))) {
				for (size_t p = i; p < e && k < 200; p++)
					buf[k++] = ascii_lower(t[p]);
				ents_add(s, buf, k, 'h', t + i, e - i);
				i = j;
				continue;
			}
			/* bare domain: letters.tld (the last '.' before e: the
			 * run's last one unless the trimmed tail held it) */
			const char *dot = NULL;
			if (last_dot != SIZE_MAX && last_dot < e) {
				dot = t + last_dot;
			} else if (last_dot != SIZE_MAX) {
				for (size_t p = e; p > i; p--)
					if (t[p - 1] == '.') {
						dot = t + p - 1;
						break;
					}
			}
			size_t tl = dot ? (size_t)(t + e - dot - 1) : 0;
			if (dot && dot > t + i && !at && tl >= 2 && tl <= 6 &&
			    !is_digit_c((unsigned char)dot[1])) {
				bool tld = false;
				for (size_t q = 0; q < sizeof(tlds) / sizeof(tlds[0]) && !tld; q++)
					if (tlds[q][tl] == '\0' && !strncasecmp(dot + 1, tlds[q], tl))
						tld = true;
				if (tld) {
					for (size_t p = i; p < e && k < 200; p++)
						buf[k++] = ascii_lower(t[p]);
					ents_add(s, buf, k, 'u', t + i, e - i);
					i = j;
					continue;
				}
			}
			/* IBAN-like: two capitals, two digits, 10+ capitals/digits
			 * possibly in groups separated by single spaces */
			if (e - i >= 4 && c >= 'A' && c <= 'Z' && t[i + 1] >= 'A' && t[i + 1] <= 'Z' &&
			    t[i + 2] >= '0' && t[i + 2] <= '9' && t[i + 3] >= '0' && t[i + 3] <= '9') {
				size_t p = i;
				k = 0;
				while (p < n && k < 40) {
					unsigned char d = (unsigned char)t[p];
					if ((d >= '0' && d <= '9') || (d >= 'A' && d <= 'Z'))
						buf[k++] = (char)d;
					else if (d == ' ' && p + 1 < n && is_alnum_c((unsigned char)t[p + 1]) &&
						 !(t[p + 1] >= 'a' && t[p + 1] <= 'z'))
						;
					else
						break;
					p++;
				}
				if (k >= 14) {
					ents_add(s, buf, k, 'i', t + i, p - i);
					i = p;
					continue;
				}
			}
			/* numbers: digit groups joined by - , . or a single space
			 * between groups of 3-4 digits */
			if (c >= '0' && c <= '9' && (i == 0 || !is_alnum_c((unsigned char)t[i - 1]))) {
				size_t p = i;
				k = 0;
				while (p < n && k < 40) {
					unsigned char d = (unsigned char)t[p];
					if (d >= '0' && d <= '9')
						buf[k++] = (char)d;
					else if ((d == '-' || d == ',' || d == '.') && p + 1 < n &&
						 t[p + 1] >= '0' && t[p + 1] <= '9')
						;
					else
						break;
					p++;
				}
				bool year = k == 4 && ((buf[0] == '1' && buf[1] == '9') ||
						       (buf[0] == '2' && buf[1] == '0'));
				if (k >= 4 && !year && (p >= n || !is_alnum_c((unsigned char)t[p]) ||
							p - i >= 6))
					ents_add(s, buf, k, 'n', t + i, p - i);
				i = p > i ? p : i + 1;
				continue;
			}
			i = j > i ? j : i + 1;
			continue;
		}
		i++;
	}
}

/* ---- value walking ----------------------------------------------------- */

void walk_value(struct walk *w, const agate_value *v, unsigned depth)
{
	/* bounded however the value is built: depth, strings and numbers
	 * read, and values of any kind visited (a list of a million nils
	 * holds no leaf but would still be walked) */
	if (!v || depth > MAX_DEPTH || w->leaves >= MAX_LEAVES || w->visits >= MAX_VALUES)
		return;
	w->visits++;
	switch (v->type) {
	case AGATE_STR:
		w->leaves++;
		agate_bag_add_text(w->bag, w->f, v->as.str.ptr, v->as.str.len,
				   MAX_LEAF_BYTES, w->wleaf, w->flags);
		if (w->ents)
			ents_scan(w->ents, v->as.str.ptr, v->as.str.len, MAX_LEAF_BYTES);
		break;
	case AGATE_INT:
	case AGATE_FLOAT:
		if (w->ents) {
			char buf[64];
			int n = v->type == AGATE_INT
					? snprintf(buf, sizeof(buf), "%lld", (long long)v->as.integer)
					: (v->as.real >= 0 && v->as.real < 1e15 &&
					   v->as.real == (double)(long long)v->as.real)
						  ? snprintf(buf, sizeof(buf), "%lld", (long long)v->as.real)
						  : 0;
			if (n > 0) {
				ents tmp = { .n = 0 };
				ents_scan(&tmp, buf, (size_t)n, sizeof(buf));
				/* the digits live on this stack: quote a copy */
				const char *q = tmp.n && w->arena
							? agate_arena_strndup(w->arena, buf, (size_t)n) : NULL;
				for (size_t i = 0; i < tmp.n; i++)
					if (w->ents->n < MAX_ENTS && !ents_has(w->ents, tmp.e[i].hash))
						w->ents->e[w->ents->n++] = (ent){ tmp.e[i].hash, q,
										  q ? (uint32_t)n : 0 };
			}
		}
		w->leaves++;
		break;
	case AGATE_ARRAY:
		for (uint32_t i = 0; i < v->as.array.len && w->leaves < MAX_LEAVES &&
				     w->visits < MAX_VALUES; i++)
			walk_value(w, &v->as.array.items[i], depth + 1);
		break;
	case AGATE_MAP:
		for (uint32_t i = 0; i < v->as.map.len && w->leaves < MAX_LEAVES &&
				     w->visits < MAX_VALUES; i++) {
			const agate_member *m = &v->as.map.items[i];
			agate_bag_add_text(w->bag, w->f, m->key.ptr, m->key.len, 128,
					   w->wkey, w->flags);
			walk_value(w, &m->value, depth + 1);
		}
		break;
	default:
		break;
	}
}

/* ---- projection ------------------------------------------------------------ */

/* Project the entries of a bag that carry any of `flags` (0: all). */
void project(const agate_frame *f, const agate_bag *b, unsigned flags, proj *p)
{
	for (size_t a = 0; a < f->naxes; a++) {
		p->s[a] = 0;
		p->top[a] = -1;
		p->topw[a] = 0;
	}
	for (size_t i = 0; i < b->n; i++) {
		const agate_bag_entry *e = &b->items[i];
		if (flags && !(e->flags & flags))
			continue;
		const agate_lex_posting *po = e->po;
		size_t np = e->np;
		for (size_t k = 0; k < np; k++) {
			double c = e->weight * po[k].weight;
			p->s[po[k].axis] += c;
			if (c > p->topw[po[k].axis]) {
				p->topw[po[k].axis] = c;
				p->top[po[k].axis] = (long)i;
			}
		}
	}
	for (size_t a = 0; a < f->naxes; a++)
		p->x[a] = activation(p->s[a]);
}

/* ---- quoting and context ---------------------------------------------------- */

/* first words of s, at most max bytes, cut at a space, quotes and
 * newlines turned into spaces */
char *short_quote(agate_arena *a, const char *s, size_t n, size_t max)
{
	if (!s)
		return agate_arena_strndup(a, "", 0);
	while (n > 0 && (*s == ' ' || *s == '\n' || *s == '\t'))
		s++, n--;
	bool cut = false;
	if (n > max) {
		size_t k = max;
		while (k > max / 2 && s[k] != ' ')
			k--;
		/* no space in the second half: cut where a character starts */
		n = s[k] == ' ' ? k : rl_utf8_cut(s, n, k);
		cut = true;
	}
	char *o = agate_arena_alloc(a, n + 4);
	if (!o)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		o[k++] = (c < ' ' || c == '\'' || c == '"' || c == 0x7f) ? ' ' : (char)c;
	}
	while (k > 0 && o[k - 1] == ' ')
		k--;
	if (cut) {
		memcpy(o + k, "...", 3);
		k += 3;
	}
	o[k] = '\0';
	return o;
}

const agate_value *ctx_str(const agate_action *act, const char *key, size_t n)
{
	if (!act->context)
		return NULL;
	const agate_value *v = agate_value_get(act->context, key, n);
	return v && v->type == AGATE_STR && v->as.str.len ? v : NULL;
}

static bool str_ieq(const agate_value *v, agate_str s)
{
	if (!v || v->type != AGATE_STR || v->as.str.len != s.len)
		return false;
	for (size_t i = 0; i < s.len; i++)
		if (ascii_lower(v->as.str.ptr[i]) != ascii_lower(s.ptr[i]))
			return false;
	return true;
}

static bool is_quote(char c)
{
	return c == '"' || c == '\'';
}

static size_t skip_blanks_back(const char *t, size_t i)
{
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r'))
		i--;
	return i;
}

static size_t skip_blanks(const char *t, size_t n, size_t i)
{
	while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
		i++;
	return i;
}

/* t[i..] is KEY in quotes followed by a colon and an opening quote (the
 * quotes JSON or Python literals use); the offset of the value's first
 * byte, or 0 when not */
static size_t key_value_at(const char *t, size_t n, size_t i, const char *key, size_t klen)
{
	if (i + klen + 2 > n || !is_quote(t[i]) || t[i + klen + 1] != t[i])
		return 0;
	for (size_t k = 0; k < klen; k++)
		if (ascii_lower(t[i + 1 + k]) != key[k])
			return 0;
	size_t j = skip_blanks(t, n, i + klen + 2);
	if (j >= n || t[j] != ':')
		return 0;
	j = skip_blanks(t, n, j + 1);
	return j + 1 < n && is_quote(t[j]) ? j + 1 : 0;
}

/* at p the tool's name stands as the value of a "name" key: "name": "X" */
static bool named_here(const char *t, size_t p, size_t len, size_t n)
{
	if (p < 1 || p + len >= n || !is_quote(t[p - 1]) || t[p + len] != t[p - 1])
		return false;
	size_t j = skip_blanks_back(t, p - 1);
	if (j < 1 || t[j - 1] != ':')
		return false;
	j = skip_blanks_back(t, j - 1);
	return j >= 6 && key_value_at(t, n, j - 6, "name", 4) != 0;
}

static bool ieq_at(const char *t, agate_str w)
{
	for (size_t k = 0; k < w.len; k++)
		if (ascii_lower(t[k]) != ascii_lower(w.ptr[k]))
			return false;
	return true;
}

/* The description of tool in a tool list printed into a text (a prompt
 * that lists the offered tools as JSON or Python literals): after
 * "name": "TOOL" (any case, either quote), the "description" key that
 * follows within MAX_DESC_GAP bytes, up to its closing quote. Only the
 * first MAX_TOOLLIST_BYTES of the text are read, and only for a name of
 * at most MAX_TOOLLIST_NAME bytes, so the search stays linear in the
 * text whatever name a caller sends. */
static agate_str description_in_text(const char *t, size_t n, agate_str tool)
{
	agate_str none = { NULL, 0 };

	if (n > MAX_TOOLLIST_BYTES)
		n = MAX_TOOLLIST_BYTES;
	if (tool.len < 3 || tool.len > MAX_TOOLLIST_NAME || tool.len + 2 > n)
		return none;
	for (size_t p = 1; p + tool.len < n; p++) {
		if (!ieq_at(t + p, tool) || !named_here(t, p, tool.len, n))
			continue;
		size_t end = p + tool.len + 1 + MAX_DESC_GAP;
		for (size_t i = p + tool.len + 1; i < end && i < n; i++) {
			if (key_value_at(t, n, i, "name", 4))
				break; /* the next tool's entry: this one has none */
			size_t v = key_value_at(t, n, i, "description", 11);
			if (!v)
				continue;
			char q = t[v - 1];
			size_t e = v;
			while (e < n && t[e] != q)
				e += t[e] == '\\' ? 2 : 1;
			if (e > n)
				e = n;
			return e > v ? (agate_str){ t + v, e - v } : none;
		}
	}
	return none;
}

/* The description of the called tool, as an agent framework passes it:
 * context.tool_description, or the entry of context.tools (the tool list
 * the agent was offered: [{name, description}] or the function-calling
 * shape [{type, function: {name, description}}]) whose name is the
 * tool's, or that entry as the task prints it ("You are given the tools
 * [{...}]"). {NULL, 0} when there is none. Borrowed from the action. */
agate_str tool_description(const agate_action *act)
{
	agate_str none = { NULL, 0 };
	const agate_value *d = ctx_str(act, "tool_description", 16);
	if (d)
		return d->as.str;
	const agate_value *tl = act->context ? agate_value_get(act->context, "tools", 5) : NULL;
	if (!tl || tl->type != AGATE_ARRAY) {
		const agate_value *task = ctx_str(act, "task", 4);
		return task ? description_in_text(task->as.str.ptr, task->as.str.len, act->tool) : none;
	}
	for (uint32_t i = 0; i < tl->as.array.len && i < MAX_LEAVES; i++) {
		const agate_value *e = &tl->as.array.items[i];
		if (e->type != AGATE_MAP)
			continue;
		const agate_value *fn = agate_value_get(e, "function", 8);
		if (fn && fn->type == AGATE_MAP)
			e = fn;
		if (!str_ieq(agate_value_get(e, "name", 4), act->tool))
			continue;
		d = agate_value_get(e, "description", 11);
		return d && d->type == AGATE_STR && d->as.str.len ? d->as.str : none;
	}
	return none;
}

/* ---- injected orders -------------------------------------------------------- */

/* The first term of an injection axis with weight >= INJ_STRONG marks
 * the start of an injected order ("ignore previous instructions", "you
 * must now"); the next MAX_ORDER_BYTES are the order. follow is the
 * larger of the shares (by weight) of the action's tool-name words and of
 * its content words found in the order. 0 on success, -ENOMEM. */
int injected_order(const agate_frame *f, const agate_bag *bag, const char *text,
			  size_t len, const agate_bag *act_bag, agate_arena *arena, struct injected *out)
{
	out->follow = 0;
	out->entry = -1;
	out->words = 0;
	double s = 0;
	size_t start = SIZE_MAX;
	for (size_t i = 0; i < bag->n; i++) {
		const agate_bag_entry *e = &bag->items[i];
		for (uint32_t k = 0; k < e->np; k++) {
			if (!(f->axes[e->po[k].axis].use & AGATE_AXIS_USE_INJECTION))
				continue;
			s += e->po[k].weight;
			size_t off = (size_t)(e->src - text);
			if (e->po[k].weight >= INJ_STRONG && off < start && off < len) {
				start = off;
				out->entry = (long)i;
			}
		}
	}
	if (start == SIZE_MAX || activation(s) < HARD_INJECTION)
		return 0;
	agate_bag order;
	if (agate_bag_init(&order, MAX_CONTEXT_TERMS, arena))
		return -ENOMEM;
	agate_bag_add_text(&order, f, text + start, len - start, MAX_ORDER_BYTES,
			   1.0, AGATE_BAG_CONTENT);
	out->words = order.words;
	if (order.oom)
		return -ENOMEM;
	double tw = 0, ta = 0, cw = 0, ca = 0;
	for (size_t i = 0; i < act_bag->n; i++) {
		const agate_bag_entry *e = &act_bag->items[i];
		/* an order names the tool or its arguments, not its description */
		if ((e->flags & AGATE_BAG_PHRASE) ||
		    !(e->flags & (AGATE_BAG_TOOL | AGATE_BAG_CONTENT)))
			continue;
		bool named = agate_bag_find(&order, e->hash) >= 0;
		if (e->flags & AGATE_BAG_TOOL) {
			tw += e->weight;
			ta += named ? e->weight : 0;
		} else {
			cw += e->weight;
			ca += named ? e->weight : 0;
		}
	}
	double ft = tw > 0 ? ta / tw : 0, fc = cw > 0 ? ca / cw : 0;
	out->follow = ft > fc ? ft : fc;
	return 0;
}

/* ---- breadth ------------------------------------------------------------------ */

static bool word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool word_is(const char *w, size_t n, const char *lit, bool prefix)
{
	size_t k = strlen(lit);
	if (n < k || (!prefix && n != k))
		return false;
	for (size_t i = 0; i < k; i++)
		if ((w[i] | 0x20) != lit[i])
			return false;
	return true;
}

/* A word of the first MAX_TEXT_BYTES of s that takes in everyone or
 * everything: "all" (alone or in all_users), every..., entire, anyone,
 * or a '*' wildcard. */
static bool text_names_everyone(const char *s, size_t n)
{
	if (n > MAX_TEXT_BYTES)
		n = MAX_TEXT_BYTES;
	size_t i = 0;
	while (i < n) {
		if (s[i] == '*')
			return true;
		if (!word_char((unsigned char)s[i])) {
			i++;
			continue;
		}
		size_t start = i;
		while (i < n && word_char((unsigned char)s[i]))
			i++;
		const char *w = s + start;
		size_t len = i - start;
		if (word_is(w, len, "all", false) || word_is(w, len, "every", true) ||
		    word_is(w, len, "entire", false) || word_is(w, len, "anyone", false) ||
		    word_is(w, len, "anybody", false))
			return true;
	}
	return false;
}

bool value_names_everyone(const agate_value *v, unsigned depth)
{
	if (!v || depth > MAX_BREADTH_DEPTH)
		return false;
	switch (v->type) {
	case AGATE_STR:
		return text_names_everyone(v->as.str.ptr, v->as.str.len);
	case AGATE_ARRAY:
		for (uint32_t i = 0; i < v->as.array.len; i++)
			if (value_names_everyone(&v->as.array.items[i], depth + 1))
				return true;
		return false;
	case AGATE_MAP:
		for (uint32_t i = 0; i < v->as.map.len; i++)
			if (value_names_everyone(&v->as.map.items[i].value, depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}
