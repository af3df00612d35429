#!/usr/bin/env bash
# Creates the token key objects of the local overlay from the local run's key pair (deploy/local/run.sh makes it).
set -euo pipefail
keys="$(cd "$(dirname "$0")/../../../.." && pwd)/var/keys"
[ -f "$keys/jwt-private.pem" ] || { echo "no key pair in $keys: run deploy/local/run.sh once" >&2; exit 1; }
kubectl -n classbook create configmap jwt-public-key --from-file=jwt-public.pem="$keys/jwt-public.pem" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n classbook create secret generic jwt-signing-key --from-file=jwt-private.pem="$keys/jwt-private.pem" \
  --dry-run=client -o yaml | kubectl apply -f -
