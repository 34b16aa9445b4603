#!/usr/bin/env bash
# Runs the main job: the MVC sample site on its embedded Authing emulator; no configuration needed.
# It prints the site's address and the demo logins once it listens.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec dotnet run --project samples/Authing.Samples.Mvc -- "$@"
