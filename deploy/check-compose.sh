#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine (the build machines have none), using
# Debian's docker-compose 1.29: `docker-compose -f docker-compose.yml config -q`.
# Also checks that every Dockerfile and bind-mounted file the compose file names exists.
# Usage: deploy/check-compose.sh   (installs docker-compose with apt-get when run as root)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "docker-compose is not installed; run as root or: sudo apt-get install -y docker-compose" >&2
        exit 1
    fi
    echo "Installing docker-compose (Debian package) ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

# The jwt-public secret file is not committed; use a throwaway placeholder if it is missing.
key=deploy/keys/jwt-public.pem
if [[ ! -e "$key" ]]; then
    printf '%s\n' '-----BEGIN PUBLIC KEY-----' 'placeholder for offline validation' \
        '-----END PUBLIC KEY-----' > "$key"
    trap 'rm -f "$key"' EXIT
fi

docker-compose -f docker-compose.yml config -q

missing=0
for f in $(grep -E '^\s*dockerfile:' docker-compose.yml | awk '{print $2}') \
         deploy/postgres/init-databases.sql; do
    if [[ ! -f "$f" ]]; then
        echo "missing file referenced by docker-compose.yml: $f" >&2
        missing=1
    fi
done
[[ "$missing" -eq 0 ]] || exit 1

echo "docker-compose.yml is valid ($(docker-compose version --short))"
