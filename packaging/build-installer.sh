#!/usr/bin/env bash
# Builds the native package for this OS from target/xinspect.jar and target/lib: a jlinked runtime with only the
# modules in packaging/modules.txt, then jpackage. Usage: packaging/build-installer.sh VERSION [TYPE]
#   TYPE: app-image (default), deb (needs fakeroot, dpkg-deb), rpm (needs rpm-build), msi (needs WiX), dmg.
# It uses the jlink/jpackage of a JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?version}"
type="${2:-app-image}"

jdk_version() { [ -f "$1/release" ] && sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" || true; }
jdk=""
for home in ${JAVA_HOME:-} /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  v=$(jdk_version "$home")
  if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$home/bin/jpackage" ]; then jdk="$home"; break; fi
done
[ -n "$jdk" ] || { echo "build-installer: no JDK >= 21 with jpackage found (set JAVA_HOME)" >&2; exit 1; }
[ -f target/xinspect.jar ] || { echo "build-installer: run ./mvnw package first" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) os=windows ;;
esac
if [ "$type" = deb ] && ! command -v fakeroot >/dev/null; then
  echo "build-installer: a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot)" >&2; exit 1
fi
if [ "$type" = rpm ] && ! command -v rpmbuild >/dev/null; then
  echo "build-installer: an .rpm needs rpmbuild (apt-get install rpm / dnf install rpm-build)" >&2; exit 1
fi

out=target/installer
rm -rf target/runtime target/jpackage-input "$out/xinspect"
mkdir -p target/jpackage-input "$out"
cp target/xinspect.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

modules=$(grep -v '^#' packaging/modules.txt | tr -d '[:space:]')
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --output target/runtime

if [ "$type" = app-image ]; then
  "$jdk/bin/jpackage" @packaging/$os/jpackage.args --type app-image --input target/jpackage-input \
    --runtime-image target/runtime --app-version "$version" --dest "$out"
else
  extra=()
  [ "$os" = linux ] && extra=(@packaging/linux/deb.args)
  "$jdk/bin/jpackage" @packaging/$os/jpackage.args "${extra[@]}" --type "$type" --input target/jpackage-input \
    --runtime-image target/runtime --app-version "$version" --dest "$out"
fi
echo "build-installer: $(ls -d "$out"/* | tr '\n' ' ')"
