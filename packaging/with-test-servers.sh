#!/usr/bin/env bash
# Run a command with the test servers up (see test-servers.sh), then stop them and remove their
# folder, whatever happens; exits with the command's own exit code.
#   bash packaging/with-test-servers.sh .venv/bin/python -m pytest
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
# shellcheck source=packaging/test-servers.sh
source "$(dirname "$0")/test-servers.sh"
trap test_servers_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
test_servers_start || { echo "with-test-servers: could not start the test servers" >&2; exit 1; }
"$@"
exit $?
