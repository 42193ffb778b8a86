/* log.h - agated's log: one line per event on stderr, with a level.
 *
 * The only global state of the daemon lives here (the threshold), since
 * every module logs and none should have to carry a handle for it.
 */
#ifndef AGATE_DAEMON_LOG_H
#define AGATE_DAEMON_LOG_H

typedef enum agated_log_level {
	AGATED_LOG_DEBUG = 0,
	AGATED_LOG_INFO,
	AGATED_LOG_WARN,
	AGATED_LOG_ERROR,
} agated_log_level;

void agated_log_set_level(agated_log_level min);
/* "debug", "info", "warn", "error"; returns -EINVAL for anything else */
int agated_log_parse_level(const char *s, agated_log_level *out);

/* Writes "<UTC time> <level> <message>\n" with one write(2) so lines from
 * the writer thread and the loop thread never interleave. */
void agated_log(agated_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define agated_debug(...) agated_log(AGATED_LOG_DEBUG, __VA_ARGS__)
#define agated_info(...) agated_log(AGATED_LOG_INFO, __VA_ARGS__)
#define agated_warn(...) agated_log(AGATED_LOG_WARN, __VA_ARGS__)
#define agated_error(...) agated_log(AGATED_LOG_ERROR, __VA_ARGS__)

#endif
