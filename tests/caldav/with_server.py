#!/usr/bin/python3
"""Runs a test binary against a throw-away CalDAV server.

    with_server.py radicale|xandikos [--no-fsync] TEST_BINARY [ARGS...]

Starts the server on 127.0.0.1 on a free port with a temporary storage
folder (Radicale: htpasswd users "lead", "anna" and "editor" and a rights file in
which the lead may write everything, "editor" only into existing calendars
named shared-* in its home, and any other account only read), waits until
it accepts connections, runs the test with the server in the environment
(SUNRELAY_CALDAV_URL, _LEAD_USER, _LEAD_PASSWORD, _MEMBER_USER,
_MEMBER_PASSWORD, _EDITOR_USER, _EDITOR_PASSWORD) and stops the server by its PID at the end, also when the
test fails. A missing server or htpasswd fails the test: nothing is skipped.

--no-fsync (Radicale only, for the benchmark, never the tests): Radicale's
hidden storage option _filesystem_fsync = False, so a PUT does not wait for
the disk (60-85 ms a PUT with it on this machine). Tests keep the default.
Radicale refuses options starting with "_" in a config file and on its
command line, so this runs Radicale's server from Python with the option
set as Radicale's own test suite does (a "privileged" update).
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

RIGHTS = """\
# The lead writes every collection; other accounts only read.
[lead]
user: lead
collection: .*
permissions: RrWw

# "editor" may not create calendars (like Google): it writes only into the
# calendars named shared-* in its home, which the lead makes for it.
[editor-home]
user: editor
collection: editor
permissions: RW

[editor-shared]
user: editor
collection: editor/shared-[^/]+
permissions: rw

[read-only]
user: .+
collection: .*
permissions: Rr
"""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"error: the server exited early with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"error: the server did not listen on port {port} within {seconds}s")


def need(program):
    path = shutil.which(program)
    if not path:
        sys.exit(f"error: {program} is not installed (Debian package "
                 f"{'apache2-utils' if program == 'htpasswd' else program}); "
                 "this test cannot run without it")
    return path


# Radicale 3.1.8's __main__ without its argument parsing, plus the hidden
# option: argv[1] is the config file.
RADICALE_WITHOUT_FSYNC = """
import signal, socket, sys
from radicale import config, log, server
log.setup()
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}},
                     "with_server.py --no-fsync", privileged=True)
log.set_level(configuration.get("logging", "level"))
shutdown, shutdown_out = socket.socketpair()
for number in (signal.SIGTERM, signal.SIGINT):
    signal.signal(number, lambda *_: shutdown.close())
server.serve(configuration, shutdown_out)
"""


def radicale_command(folder, port, fsync=True):
    htpasswd = os.path.join(folder, "users")
    for user, password in (("lead", "lead-secret"), ("anna", "anna-secret"),
                           ("editor", "editor-secret")):
        flags = "-bmc" if user == "lead" else "-bm"
        subprocess.run([need("htpasswd"), flags, htpasswd, user, password],
                       check=True, capture_output=True)
    with open(os.path.join(folder, "rights"), "w") as f:
        f.write(RIGHTS)
    config = os.path.join(folder, "config")
    with open(config, "w") as f:
        f.write(f"""[server]
hosts = 127.0.0.1:{port}
[auth]
type = htpasswd
htpasswd_filename = {htpasswd}
htpasswd_encryption = md5
delay = 0
[rights]
type = from_file
file = {folder}/rights
[storage]
filesystem_folder = {folder}/collections
[logging]
level = warning
""")
    if not fsync:
        need("radicale")
        return ["/usr/bin/python3", "-c", RADICALE_WITHOUT_FSYNC, config]
    return [need("radicale"), "--config", config]


def xandikos_command(folder, port):
    return [need("xandikos"), "-d", os.path.join(folder, "data"), "-l", "127.0.0.1",
            "-p", str(port), "--defaults"]


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("radicale", "xandikos"):
        sys.exit(__doc__)
    kind, test = sys.argv[1], sys.argv[2:]
    fsync = True
    if test and test[0] == "--no-fsync":
        if kind != "radicale":
            sys.exit("error: --no-fsync is a Radicale option")
        fsync, test = False, test[1:]
    if not test:
        sys.exit(__doc__)
    folder = tempfile.mkdtemp(prefix=f"sunrelay-{kind}-")
    port = free_port()
    if kind == "radicale":
        command = radicale_command(folder, port, fsync)
    else:
        command = xandikos_command(folder, port)
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(
        os.path.join(folder, "server.log"), "w"))
    status = 1
    try:
        wait_for(port, server)
        env = dict(os.environ,
                   SUNRELAY_CALDAV_KIND=kind,
                   SUNRELAY_CALDAV_URL=f"http://127.0.0.1:{port}/",
                   SUNRELAY_CALDAV_LEAD_USER="lead",
                   SUNRELAY_CALDAV_LEAD_PASSWORD="lead-secret",
                   SUNRELAY_CALDAV_MEMBER_USER="anna",
                   SUNRELAY_CALDAV_MEMBER_PASSWORD="anna-secret",
                   SUNRELAY_CALDAV_EDITOR_USER="editor",
                   SUNRELAY_CALDAV_EDITOR_PASSWORD="editor-secret")
        status = subprocess.run(test, env=env).returncode
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if status != 0:
            with open(os.path.join(folder, "server.log")) as log:
                sys.stderr.write(log.read()[-4000:])
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
