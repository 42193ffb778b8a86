/* duration.c - a length of time read to seconds (duration.h).
 *
 * One pass over at most RL_DURATION_TEXT_MAX bytes; no allocation.
 */
#include "policy/base/duration.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/text.h"

static bool is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool is_alpha(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* digits, thousands commas, a fraction and an exponent, as the scanners
 * below have already checked them: the number, or false when it is none
 * (a lone dot) */
static bool plain_number(const char *s, size_t n, double *out)
{
	char buf[64];
	size_t o = 0;
	bool digits = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ',')
			continue;
		if (o + 1 >= sizeof(buf))
			return false;
		digits |= is_digit((unsigned char)s[i]);
		buf[o++] = s[i];
	}
	if (!digits)
		return false;
	buf[o] = 0;
	char *end;
	*out = strtod(buf, &end);
	return *end == 0;
}

typedef struct {
	const char *word;
	double secs;
} time_unit;

static const time_unit time_units[] = {
	{"ms", 0.001},       {"msec", 0.001},    {"msecs", 0.001},
	{"millisecond", 0.001}, {"milliseconds", 0.001},
	{"s", 1},            {"sec", 1},         {"secs", 1},       {"second", 1},
	{"seconds", 1},      {"m", 60},          {"min", 60},       {"mins", 60},
	{"minute", 60},      {"minutes", 60},    {"h", 3600},       {"hr", 3600},
	{"hrs", 3600},       {"hour", 3600},     {"hours", 3600},   {"d", 86400},
	{"day", 86400},      {"days", 86400},    {"w", 604800},     {"wk", 604800},
	{"wks", 604800},     {"week", 604800},   {"weeks", 604800}, {"fortnight", 1209600},
	{"fortnights", 1209600}, {"mo", 2592000}, {"mos", 2592000}, {"mon", 2592000},
	{"month", 2592000},  {"months", 2592000}, {"y", 31536000},  {"yr", 31536000},
	{"yrs", 31536000},   {"year", 31536000}, {"years", 31536000},
};

static const struct {
	const char *word;
	double n;
} number_words[] = {
	{"a", 1},        {"an", 1},        {"one", 1},        {"two", 2},       {"three", 3},
	{"four", 4},     {"five", 5},      {"six", 6},        {"seven", 7},     {"eight", 8},
	{"nine", 9},     {"ten", 10},      {"eleven", 11},    {"twelve", 12},   {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19}, {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fifty", 50},
	{"sixty", 60},   {"seventy", 70},  {"eighty", 80},    {"ninety", 90},   {"hundred", 100},
};

static const char *const endless_words[] = {
	"forever", "never", "indefinite", "indefinitely", "permanent", "permanently",
	"unlimited", "infinite", "infinity",
};

/* s[0..n) equals w, ignoring ASCII case */
static bool word_is(const char *s, size_t n, const char *w)
{
	size_t k = 0;
	for (; k < n && w[k] && lc((unsigned char)s[k]) == w[k]; k++)
		;
	return k == n && !w[k];
}

/* the value of a number word, or -1 */
static double number_word(const char *s, size_t n)
{
	for (size_t w = 0; w < sizeof(number_words) / sizeof(number_words[0]); w++)
		if (word_is(s, n, number_words[w].word))
			return number_words[w].n;
	return -1;
}

bool rl_duration_unit(const char *s, size_t n, double *out)
{
	for (size_t i = 0; i < sizeof(time_units) / sizeof(time_units[0]); i++)
		if (word_is(s, n, time_units[i].word)) {
			*out = time_units[i].secs;
			return true;
		}
	return false;
}

/* a number at s[*i]: digits with an optional fraction and exponent
 * ("1.5e4", "2,016"), or a number word; *i moves past it */
static bool duration_number(const char *s, size_t n, size_t *i, double *out)
{
	size_t a = *i, j = a;
	if (j < n && is_digit((unsigned char)s[j])) {
		/* a comma only between digit groups ("2,016 hours"): else it
		 * parts terms ("1 week, 2 days") */
		while (j < n && (is_digit((unsigned char)s[j]) ||
				 (s[j] == ',' && j + 3 < n && is_digit((unsigned char)s[j + 1]) &&
				  is_digit((unsigned char)s[j + 2]) && is_digit((unsigned char)s[j + 3]) &&
				  (j + 4 == n || !is_digit((unsigned char)s[j + 4])))))
			j++;
		if (j + 1 < n && s[j] == '.' && is_digit((unsigned char)s[j + 1]))
			for (j++; j < n && is_digit((unsigned char)s[j]); j++)
				;
		/* an exponent only where digits follow: "1e3m" is 1000 minutes,
		 * "3d" no exponent at all */
		if (j < n && (s[j] == 'e' || s[j] == 'E')) {
			size_t k = j + 1;
			if (k < n && (s[k] == '+' || s[k] == '-'))
				k++;
			if (k < n && is_digit((unsigned char)s[k])) {
				while (k < n && is_digit((unsigned char)s[k]))
					k++;
				j = k;
			}
		}
		if (!plain_number(s + a, j - a, out))
			return false;
		*i = j;
		return true;
	}
	while (j < n && is_alpha((unsigned char)s[j]))
		j++;
	double v = number_word(s + a, j - a);
	if (v < 0)
		return false;
	/* tens and units joined by a dash or a blank: "twenty-one" */
	if (v >= 20 && v < 100 && j + 1 < n && (s[j] == '-' || s[j] == ' ')) {
		size_t k = j + 1, e = k;
		while (e < n && is_alpha((unsigned char)s[e]))
			e++;
		double u = number_word(s + k, e - k);
		if (u >= 1 && u <= 9 && e - k > 2) {
			v += u;
			j = e;
		}
	}
	*out = v;
	*i = j;
	return true;
}

/* ISO 8601: P[nY][nM][nW][nD][T[nH][nM][nS]], fractions allowed */
static bool iso_duration(const char *s, size_t n, double *out)
{
	if (n < 3 || lc((unsigned char)s[0]) != 'p')
		return false;
	double total = 0;
	bool in_time = false, any = false;
	for (size_t i = 1; i < n;) {
		if (lc((unsigned char)s[i]) == 't' && !in_time) {
			in_time = true;
			i++;
			continue;
		}
		size_t a = i;
		while (i < n && (is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
			i++;
		double v;
		if (i == a || i == n || !plain_number(s + a, i - a, &v))
			return false;
		switch (lc((unsigned char)s[i])) {
		case 'y': if (in_time) return false; total += v * 31536000; break;
		case 'w': if (in_time) return false; total += v * 604800; break;
		case 'd': if (in_time) return false; total += v * 86400; break;
		case 'h': if (!in_time) return false; total += v * 3600; break;
		case 's': if (!in_time) return false; total += v; break;
		case 'm': total += v * (in_time ? 60 : 2592000); break;
		default: return false;
		}
		i++;
		any = true;
	}
	*out = total;
	return any;
}

static size_t blank_before(const char *s, size_t n)
{
	if (n >= 1 && rl_blank_at(s + n - 1, 1))
		return 1;
	if (n >= 2 && rl_blank_at(s + n - 2, 2) == 2)
		return 2;
	if (n >= 3 && rl_blank_at(s + n - 3, 3) == 3)
		return 3;
	return 0;
}

/* "30d", "1h30m", "2 weeks and 3 days", "10080": terms of a number and
 * a unit; a lone number is in bare_unit seconds */
static bool duration_terms(const char *s, size_t n, double bare_unit, double *out)
{
	double total = 0, v;
	size_t i = 0, terms = 0;
	while (i < n) {
		for (size_t k; i < n && (s[i] == ',' || (k = rl_blank_at(s + i, n - i)));)
			i += s[i] == ',' ? 1 : k;
		if (terms && n - i > 4 && word_is(s + i, 3, "and") && s[i + 3] == ' ')
			for (i += 3; i < n && s[i] == ' '; i++)
				;
		if (i == n)
			break;
		if (!duration_number(s, n, &i, &v))
			return false;
		for (size_t k; i < n && (s[i] == '-' || (k = rl_blank_at(s + i, n - i)));)
			i += s[i] == '-' ? 1 : k;
		size_t a = i;
		while (i < n && is_alpha((unsigned char)s[i]))
			i++;
		double u;
		if (a == i) {
			if (terms || i != n) /* a bare number only alone */
				return false;
			u = bare_unit;
		} else if (!rl_duration_unit(s + a, i - a, &u)) {
			return false;
		}
		total += v * u;
		terms++;
	}
	*out = total;
	return terms > 0;
}

bool rl_duration_read(const char *s, size_t n, double bare_unit, double *secs)
{
	size_t a = 0, b = n, k;
	while (a < b && (k = rl_blank_at(s + a, b - a)))
		a += k;
	while (b > a && (k = blank_before(s + a, b - a)))
		b -= k;
	/* a sentence's full stop: "30 days." */
	if (b > a + 1 && s[b - 1] == '.' && is_alpha((unsigned char)s[b - 2]))
		b--;
	if (b - a > RL_DURATION_TEXT_MAX)
		return false;
	for (size_t i = 0; i < sizeof(endless_words) / sizeof(endless_words[0]); i++)
		if (word_is(s + a, b - a, endless_words[i])) {
			*secs = INFINITY;
			return true;
		}
	double d;
	if (!iso_duration(s + a, b - a, &d) && !duration_terms(s + a, b - a, bare_unit, &d))
		return false;
	*secs = d;
	return true;
}
