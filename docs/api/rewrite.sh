#!/usr/bin/env bash
# Rewrites the committed OpenAPI descriptions (docs/api/*.yaml) from the running applications' /v3/api-docs.yaml,
# after a deliberate change of an API: each application's ApiContractTest writes its file instead of comparing.
# Review the result with `git diff docs/api/` and commit it with the change. Not a test run: `./mvnw verify` is.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -pl command-side,query-side -am verify -Dtest=ApiContractTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkiosk.api-docs.write=true "$@"
git diff --stat docs/api/
