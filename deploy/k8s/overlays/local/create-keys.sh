#!/usr/bin/env bash
# Creates the token signing key Secret of the local overlay from the local run's key (deploy/local/run.sh makes it;
# the services verify with identity's published key set, so they need none), and a self-signed certificate for the
# Ingress on localhost (kept in var/keys, made once).
set -euo pipefail
keys="$(cd "$(dirname "$0")/../../../.." && pwd)/var/keys"
[ -f "$keys/jwt-private.pem" ] || { echo "no signing key in $keys: run deploy/local/run.sh once" >&2; exit 1; }
kubectl -n classbook create secret generic jwt-signing-key --from-file=jwt-private.pem="$keys/jwt-private.pem" \
  --dry-run=client -o yaml | kubectl apply -f -
if [ ! -f "$keys/ingress-tls.crt" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" \
    -keyout "$keys/ingress-tls.key" -out "$keys/ingress-tls.crt" 2>/dev/null
  chmod 600 "$keys/ingress-tls.key"
fi
kubectl -n classbook create secret tls classbook-tls --cert="$keys/ingress-tls.crt" --key="$keys/ingress-tls.key" \
  --dry-run=client -o yaml | kubectl apply -f -
