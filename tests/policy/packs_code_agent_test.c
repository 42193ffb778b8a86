/* packs_code_agent_test.c - the default pack on what a code agent reads
 * and removes through its shell and Python tools: web pages pulled into
 * its own context (62-web-pages.rules), the kernel's boot line (a private
 * system file, 54-recon.rules) and stray files deleted from /usr and /var
 * (10-shell-destroy.rules, as 61-python-names.rules already did for
 * Python). Each family has the ordinary work that looks like it and must
 * pass. None of these lines comes from a data set; the hosts are the
 * documentation ranges and example names of RFC 5737 and RFC 2606.
 *
 * Reading a page is held for a person (review), never refused, and an
 * agent whose declared identity is reading the web runs it freely. */
#include "packs_testlib.h"

static agate_ruleset *def;
static agate_arena *arena;
static agate_frame *frame;
static agate_identity *coder, *scraper, *admin;

static void setup(void)
{
	const char *p[] = { AGATE_SOURCE_PACKS "/default" };

	def = pk_load(p, 1);
	cr_assert_eq(agate_frame_load(AGATE_SOURCE_FRAMES, &frame, NULL), 0);
	coder = pk_identity(frame, "coding_assistant", "writes and tests code in the user's project");
	scraper = pk_identity(frame, "price_watcher", "scrapes the product pages of online shops to compare prices");
	admin = pk_identity(frame, "system_administrator",
			    "administers the company's Linux servers: accounts, services, "
			    "patching and security audits");
	arena = agate_arena_new(16u << 20);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_ruleset_unref(def);
	agate_identity_free(coder);
	agate_identity_free(scraper);
	agate_identity_free(admin);
	agate_frame_free(frame);
	agate_arena_free(arena);
}

TestSuite(code_agent, .init = setup, .fini = teardown);

static agate_enforcement run(const agate_identity *id, const char *tool, const char *key,
			     const char *val)
{
	return pk_eval(def, id, arena, "bot", tool, key, val).enforcement;
}

static void expect_each(const agate_identity *id, const char *tool, const char *key,
			const char *const *v, size_t n, agate_enforcement want)
{
	for (size_t i = 0; i < n; i++) {
		agate_enforcement got = run(id, tool, key, v[i]);
		cr_expect_eq(got, want, "%s %s: want %d, got %d: %s", tool, key, (int)want,
			     (int)got, v[i]);
	}
}

#define N(v) (sizeof(v) / sizeof((v)[0]))
#define SH_EACH(id, v, want) expect_each((id), "bash", "command", (v), N(v), (want))
#define PY_EACH(id, v, want) expect_each((id), "python_repl", "code", (v), N(v), (want))

/* ---- web pages read into the agent's context ------------------------- */

static const char *const page_lines[] = {
	"curl -s https://pages.example.net/notes/today.html",
	"curl https://www.example.org/index.php?id=7",
	"u='https://blog.example.com/post.htm'; curl -sL \"$u\"",
	"get() { curl -s \"$1\"; }\nbody=$(get https://forum.example.net/thread.aspx)\necho \"$body\"",
	"wget -qO- https://news.example.org/story.shtml",
	"wget -O - http://198.51.100.7/page.html",
	"curl -s https://www.example.com/a/b/page.html | less",
	"curl -s https://www.example.com/page.html 2>/dev/null",
	"lynx -dump https://www.example.com/about.html",
	"w3m -dump http://www.example.org/help.jsp",
	"python3 -c \"import requests; print(requests.get('https://www.example.com/x.html').text)\"",
	"http GET https://www.example.com/terms.html",
};

static const char *const page_code[] = {
	"import requests\nprint(requests.get('https://www.example.com/page.html').text)\n",
	"import requests\n\ndef fetch(url):\n    r = requests.get(url)\n    return r.text\n\n"
	"site = 'https://pages.example.net'\nprint(fetch(site + '/articles/one.html'))\n",
	"from urllib.request import urlopen\nhost = 'www.example.org'\n"
	"print(urlopen(f'https://{host}/index.php').read().decode())\n",
	"import httpx\nwith httpx.Client() as c:\n    print(c.get('http://203.0.113.9/status.cgi').text)\n",
	"import requests\ns = requests.Session()\nprint(s.get('https://shop.example.com/item.aspx?id=3').text)\n",
	"import requests\nr = requests.get(url='https://www.example.com/faq.html', timeout=5)\nprint(r.text)\n",
};

Test(code_agent, web_pages_are_held_for_a_coder)
{
	SH_EACH(coder, page_lines, AGATE_ENFORCE_REVIEW);
	PY_EACH(coder, page_code, AGATE_ENFORCE_REVIEW);
	/* the same reads by an agent whose identity is reading the web */
	SH_EACH(scraper, page_lines, AGATE_ENFORCE_ALLOW);
	PY_EACH(scraper, page_code, AGATE_ENFORCE_ALLOW);
}

Test(code_agent, data_downloads_and_own_servers_pass)
{
	static const char *const lines[] = {
		/* APIs and data */
		"curl -s https://api.example.com/repos/octo/proj/releases/latest | jq -r .tag_name",
		"curl -s https://api.example.com/v1/forecast?lat=1",
		"curl -s https://data.example.org/export.json",
		/* saved to a file, archives, installers */
		"curl -o page.html https://www.example.com/page.html",
		"curl -sSLO https://www.example.com/page.html",
		"curl -s https://www.example.com/page.html > saved.html",
		"wget https://www.example.com/docs/index.html",
		"wget https://downloads.example.org/tool-1.2.tar.gz",
		"http --download https://www.example.com/terms.html",
		"curl -fsSL https://get.example.com/install.sh -o install.sh",
		/* checks that print no page text */
		"curl -I https://www.example.com/index.html",
		"curl -s https://www.example.com/index.html | sha256sum",
		"curl -s https://www.example.com/index.html | grep -c '<a '",
		/* the project's own servers and the intranet */
		"curl -s http://localhost:8000/index.html",
		"curl -s http://127.0.0.1:5000/admin/users.php",
		"curl -s http://10.0.3.12/status.html",
		"curl -s http://wiki.corp.internal/page.html",
		"lynx -dump http://router/stats.html",
		/* reference documentation */
		"curl -s https://docs.python.org/3/library/os.html",
		"curl -s https://man7.org/linux/man-pages/man2/open.2.html | head -50",
		/* a site root or a page name that is not a URL */
		"curl -s https://www.example.com/",
		"echo https://www.example.com/page.html",
	};
	static const char *const code[] = {
		"import requests\nr = requests.get('https://api.example.com/v1/forecast', params={'lat': 1})\n"
		"print(r.json())\n",
		"import requests\nr = requests.get('https://www.example.com/page.html')\n"
		"with open('page.html', 'w') as f:\n    f.write(r.text)\n",
		"from urllib.request import urlretrieve\n"
		"urlretrieve('https://www.example.com/page.html', 'page.html')\n",
		"import requests\nprint(requests.get('http://localhost:8000/index.html').status_code)\n",
		"import requests\nprint(requests.get('https://docs.python.org/3/library/os.html').text[:200])\n",
		"import requests\nurl = input('page: ')\nprint(requests.get(url).text)\n",
		"import requests\nrequests.post('https://hooks.example.com/build.php', json={'ok': True})\n",
	};
	SH_EACH(coder, lines, AGATE_ENFORCE_ALLOW);
	PY_EACH(coder, code, AGATE_ENFORCE_ALLOW);
}

/* ---- the kernel's boot line is private; the hardware's description is not */

Test(code_agent, kernel_boot_line_is_private)
{
	static const char *const held[] = {
		"cat /proc/cmdline",
		"f=/proc/cmdline; content=$(cat \"$f\"); echo \"$content\"",
	};
	static const char *const held_code[] = {
		"name = '/proc/cmdline'\nwith open(name) as f:\n    print(f.read())\n",
		"from pathlib import Path\nprint((Path('/proc') / 'cmdline').read_text())\n",
	};
	static const char *const passes[] = {
		"grep -o 'root=[^ ]*' /proc/cmdline",
		"cat /proc/cpuinfo",
		"cat /proc/self/cmdline | tr '\\0' ' '",
		"cat /etc/os-release",
	};
	SH_EACH(coder, held, AGATE_ENFORCE_REVIEW);
	PY_EACH(coder, held_code, AGATE_ENFORCE_REVIEW);
	SH_EACH(coder, passes, AGATE_ENFORCE_ALLOW);
	SH_EACH(admin, held, AGATE_ENFORCE_ALLOW);
	PY_EACH(admin, held_code, AGATE_ENFORCE_ALLOW);
}

/* ---- files placed directly in /usr or /var are not the user's to delete - */

Test(code_agent, stray_system_files_are_not_deleted)
{
	static const char *const deletes[] = {
		"rm /usr/notes.txt",
		"f='/var/report.db'; rm -f \"$f\"",
		"cd /usr && rm payload.bin",
		"shred -u /usr/data.bak",
	};
	static const char *const passes[] = {
		"rm /usr/local/bin/mytool",
		"rm -rf /usr/src/linux-build",
		"rm ./usr/notes.txt",
		"rm /tmp/notes.txt",
	};
	for (size_t i = 0; i < N(deletes); i++)
		cr_expect(pk_refused(run(coder, "bash", "command", deletes[i])), "should block: %s",
			  deletes[i]);
	SH_EACH(coder, passes, AGATE_ENFORCE_ALLOW);
	/* Python refused the same already (61-python-names.rules) */
	cr_expect(pk_refused(run(coder, "python_repl", "code",
			      "import os\nos.remove(os.path.join('/usr', 'notes.txt'))\n")));
}

/* ---- account databases read through the C library ---------------------- */

Test(code_agent, account_databases_through_the_c_library)
{
	static const char *const dumps[] = {
		"import pwd\nfor p in pwd.getpwall():\n    print(p.pw_name, p.pw_uid, p.pw_shell)\n",
		"from grp import getgrall\nprint([g.gr_name for g in getgrall()])\n",
	};
	static const char *const own[] = {
		"import os, pwd\nprint(pwd.getpwuid(os.getuid()).pw_dir)\n",
		"import getpass\nprint(getpass.getuser())\n",
		"import grp\nprint('docker' in [grp.getgrgid(g).gr_name for g in __import__('os').getgroups()])\n",
	};
	PY_EACH(coder, dumps, AGATE_ENFORCE_REVIEW);
	PY_EACH(admin, dumps, AGATE_ENFORCE_ALLOW);
	PY_EACH(coder, own, AGATE_ENFORCE_ALLOW);
	/* the shadow database is a secret, whoever asks */
	cr_expect(pk_refused(run(coder, "python_repl", "code", "import spwd\nprint(spwd.getspall())\n")));
	cr_expect(pk_refused(run(admin, "python_repl", "code",
			      "from spwd import getspnam\nprint(getspnam('root').sp_pwdp)\n")));
	cr_expect(pk_refused(run(coder, "bash", "command",
			      "python3 -c 'import spwd; print(spwd.getspall())'")));
}

/* ---- the network's shared services killed by name ---------------------- */

Test(code_agent, killing_shared_network_services)
{
	static const char *const kills[] = {
		"pkill -9 dnsmasq",
		"killall smbd nmbd",
		"for p in $(pgrep slapd); do kill -9 $p; done",
		"sudo pkill openvpn",
	};
	static const char *const passes[] = {
		"pkill -HUP dnsmasq",
		"systemctl restart smbd",
		"pkill -f 'python manage.py runserver'",
		"pgrep -a openvpn",
	};
	for (size_t i = 0; i < N(kills); i++)
		cr_expect(pk_refused(run(coder, "bash", "command", kills[i])), "should block: %s", kills[i]);
	SH_EACH(coder, passes, AGATE_ENFORCE_ALLOW);
	cr_expect(pk_refused(run(coder, "python_repl", "code",
			      "import psutil\nfor p in psutil.process_iter(['name']):\n"
			      "    if p.info['name'] == 'vsftpd':\n        p.kill()\n")));
	cr_expect_eq(run(coder, "python_repl", "code",
			 "import psutil\n# stop the workers named in the pool\n"
			 "for p in psutil.Process().children():\n    p.terminate()\n"),
		     AGATE_ENFORCE_ALLOW);
}

/* ---- watching the whole machine ---------------------------------------- */

Test(code_agent, watching_the_whole_machine_is_held)
{
	static const char *const watch[] = {
		"from watchdog.observers import Observer\no = Observer()\no.schedule(h, '/', recursive=True)\no.start()\n",
		"from watchdog.observers import Observer\nroot = '/var'\nobs = Observer()\nobs.schedule(h, root, recursive=True)\n",
		"import pyinotify\nwm = pyinotify.WatchManager()\nwm.add_watch('/run/user', pyinotify.ALL_EVENTS)\n",
	};
	static const char *const own[] = {
		"from watchdog.observers import Observer\no = Observer()\no.schedule(h, '.', recursive=True)\n",
		"from watchdog.observers import Observer\no = Observer()\no.schedule(h, '/var/www/site/static', recursive=True)\n",
	};
	PY_EACH(coder, watch, AGATE_ENFORCE_REVIEW);
	PY_EACH(admin, watch, AGATE_ENFORCE_ALLOW);
	PY_EACH(coder, own, AGATE_ENFORCE_ALLOW);
	cr_expect_eq(run(coder, "bash", "command", "inotifywait -m -r /"), AGATE_ENFORCE_REVIEW);
	cr_expect_eq(run(coder, "bash", "command", "inotifywait -m -r ./src"), AGATE_ENFORCE_ALLOW);
}

/* ---- the clipboard and the screen read from code through other programs - */

Test(code_agent, clipboard_and_screen_through_programs)
{
	static const char *const held[] = {
		"import subprocess\nprint(subprocess.run(['xclip', '-selection', 'clipboard', '-o'],"
		" capture_output=True, text=True).stdout)\n",
		"import subprocess\nprint(subprocess.check_output(['xsel', '--clipboard']))\n",
		"import os\nprint(os.popen('pbpaste').read())\n",
		"import subprocess\nsubprocess.run('import -window root shot.png', shell=True)\n",
		"import subprocess\nsubprocess.run(['logkeys', '--start', '--output', 'k.log'])\n",
	};
	static const char *const passes[] = {
		"import subprocess\nsubprocess.run(['xclip', '-selection', 'clipboard', '-i', 'out.txt'])\n",
		"import subprocess\nsubprocess.run('echo done | xsel -i -b', shell=True)\n",
		"import subprocess\nsubprocess.run(['convert', 'in.png', 'out.jpg'])\n",
	};
	PY_EACH(coder, held, AGATE_ENFORCE_REVIEW);
	PY_EACH(coder, passes, AGATE_ENFORCE_ALLOW);
}
