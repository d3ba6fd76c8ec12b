#!/bin/sh
# Installs the Debian tools the benchmark needs (nginx, wrk, matplotlib for the plot), only those missing.
set -e
missing=""
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$missing nginx"
command -v wrk >/dev/null 2>&1 || missing="$missing wrk"
/usr/bin/python3 -c 'import matplotlib' >/dev/null 2>&1 || missing="$missing python3-matplotlib"
command -v pgbench >/dev/null 2>&1 || missing="$missing postgresql-client"
if [ -n "$missing" ]; then
    echo "bench/setup.sh: installing$missing"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
