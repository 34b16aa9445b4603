#!/usr/bin/env bash
# Runs the main job: the Authing emulator with its default user pool; no configuration needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec dotnet run --project src/Authing.Emulator -- "$@"
