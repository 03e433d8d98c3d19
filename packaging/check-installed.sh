#!/usr/bin/env bash
# Installs the package that packaging/build-installer.sh made, the way a user would on that system, runs the installed
# launcher with --version and `explain` on a sample response, and removes it again. Used by .ci/package-smoke (.deb,
# .rpm) and by .github/workflows/release.yml (all four), so every system runs the same steps.
# Usage: packaging/check-installed.sh TYPE   (deb, rpm, msi or dmg; run as root / administrator)
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:?type: deb, rpm, msi or dmg}"
sample=src/test/resources/samples/usage-capped-429.http
package=$(ls target/installer/*."$type" | head -1)

run_installed() {
  "$1" --version
  "$1" explain --format json "$sample" | grep -q '"type" : "usage-capped"'
  echo "$type: the installed launcher $1 answered --version and explained a sample"
}

# The class cache trained at build time (build-installer.sh) must map in the install folder, or start-up is slower:
# the AOT cache (JDK >= 25; -XX:AOTMode=on makes a JVM that cannot use it stop with an error), else AppCDS.
maps_archive() {
  if [ -f target/installer/xinspect/lib/app/xinspect.aot ]; then
    if ! JAVA_TOOL_OPTIONS=-XX:AOTMode=on /opt/xinspect/bin/xinspect --version >/dev/null; then
      echo "$type: the installed launcher does not map its AOT cache" >&2
      return 1
    fi
    echo "$type: the installed launcher maps its AOT cache"
    return
  fi
  [ -f target/installer/xinspect/lib/app/xinspect.jsa ] || { echo "$type: built without an AppCDS archive"; return; }
  local cds
  cds=$(JAVA_TOOL_OPTIONS=-XX:+PrintSharedArchiveAndExit /opt/xinspect/bin/xinspect --version 2>&1 || true)
  if ! grep -q '^Dynamic archive name: /opt/xinspect/lib/app/xinspect.jsa' <<<"$cds" || ! grep -q '^archive is valid' <<<"$cds"; then
    grep -E 'validation|archive name|mismatch' <<<"$cds" >&2 || true
    echo "$type: the installed launcher does not map its AppCDS archive" >&2
    return 1
  fi
  echo "$type: the installed launcher maps its AppCDS archive"
}

case "$type" in
  deb)
    # apt installs the libraries the package names (GTK 3 and the rest JavaFX needs) from the system's archive.
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$package" >/dev/null
    run_installed /opt/xinspect/bin/xinspect
    status=0; maps_archive || status=1
    dpkg -P xinspect >/dev/null
    exit "$status" ;;
  rpm)
    if command -v dnf >/dev/null; then
      dnf install -y -q "./$package"
    else
      # A Debian machine: rpm's own database knows none of the system's packages, so it cannot see the libraries.
      rpm -i --nodeps "$package"
    fi
    run_installed /opt/xinspect/bin/xinspect
    status=0; maps_archive || status=1
    rpm -e --nodeps xinspect
    exit "$status" ;;
  msi)
    msiexec //i "$(cygpath -w "$package")" //qn //norestart //l*v target/installer/msi.log
    run_installed "/c/Program Files/xinspect/xinspect-cli.exe"
    msiexec //x "$(cygpath -w "$package")" //qn //norestart ;;
  dmg)
    mount=$(mktemp -d)
    hdiutil attach -nobrowse -quiet -mountpoint "$mount" "$package"
    cp -R "$mount/xinspect.app" /Applications/
    hdiutil detach -quiet "$mount"
    run_installed /Applications/xinspect.app/Contents/MacOS/xinspect
    rm -rf /Applications/xinspect.app ;;
  *) echo "check-installed: unknown type $type" >&2; exit 2 ;;
esac
