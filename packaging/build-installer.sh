#!/usr/bin/env bash
# Builds the native package for this OS from target/xinspect.jar and target/lib: a jlinked runtime with only the
# modules in packaging/modules.txt, then jpackage. Usage: packaging/build-installer.sh VERSION [TYPE]
#   TYPE: app-image (default), deb (needs fakeroot, dpkg-deb), rpm (needs rpm-build), msi (needs WiX), dmg.
# It uses the jlink/jpackage of a JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?version}"
type="${2:-app-image}"

. packaging/find-jdk.sh
jdk=$(find_jdk jpackage) || { echo "build-installer: no JDK >= 21 with jpackage found (set JAVA_HOME)" >&2; exit 1; }
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

# sed -i that GNU sed (Linux, Git Bash) and BSD sed (macOS) both take.
edit() { sed -i.bak "$1" "$2" && rm -f "$2.bak"; }

# Every Linux package gets its jars' modification time from this one instant, so the AppCDS archive trained below
# (CDS checks each jar's size and time to the second) matches them after dpkg or rpm installs them: dpkg-deb and
# rpmbuild clamp the times they pack to SOURCE_DATE_EPOCH. The commit's time makes the packages reproducible.
stamp="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"

out=target/installer
rm -rf target/runtime target/jpackage-input "$out/xinspect"
mkdir -p target/jpackage-input "$out"
cp target/xinspect.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

modules=$(grep -v '^#' packaging/modules.txt | tr -d '[:space:]')
# Linux: work that may run long (a body's check, format and diagnosis; the JIT) runs at a lower priority than the FX
# thread, so a 100 MB body opening on two cores leaves the window a core (README "Benchmarks"). Java priorities are
# ignored on Linux unless ThreadPriorityPolicy=1, which raises nothing without root but lowers what asks to be lowered;
# options built into the runtime (jlink --add-options) keep the JVM from warning about it at every start.
priorities=()
if [ "$os" = linux ]; then
  priorities=(--add-options "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10 -XX:CompilerThreadPriority=5")
fi
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress zip-6 --generate-cds-archive \
  ${priorities[@]+"${priorities[@]}"} --output target/runtime

"$jdk/bin/jpackage" @packaging/$os/jpackage.args --type app-image --input target/jpackage-input \
  --runtime-image target/runtime --app-version "$version" --dest "$out"

# A class cache for the start: a training run opens the window (under a display or xvfb-run; otherwise it runs the
# CLI) and the launcher maps what it recorded. With a JDK >= 25 that is the AOT cache (JEP 483, 514, 515: the classes
# loaded and linked, and method profiles, one -XX:AOTCacheOutput run), which starts the window faster than AppCDS
# (README "Benchmarks"); an older JDK gets the AppCDS archive of the same run (-XX:ArchiveClassesAtExit).
# XINSPECT_APPCDS_LAUNCHER=1 also trains AppCDS next to the AOT cache and adds bin/xinspect-appcds, the same image with
# AppCDS instead, for the benchmarks to compare the two. A JVM that cannot use a cache starts without it.
case "$os" in
  linux) image="$out/xinspect"; app="$image/lib/app"; launcher="$image/bin/xinspect" ;;
  macos) image="$out/xinspect.app"; app="$image/Contents/app"; launcher="$image/Contents/MacOS/xinspect" ;;
  *) image="$out/xinspect"; app="$image/app"; launcher="$image/xinspect.exe" ;;
esac
training=(explain src/test/resources/samples/usage-capped-429.http)
runner=()
if [ -n "${DISPLAY:-}" ]; then training=(--bench-startup);
elif command -v xvfb-run >/dev/null; then training=(--bench-startup); runner=(xvfb-run -a); fi
if [ "$os" = linux ]; then
  find "$app" -name '*.jar' -exec touch -d "@$stamp" {} +
fi
# jpackage launchers ignore JDK_JAVA_OPTIONS, so the training option goes into the launcher's cfg for one run.
cfg="$app/xinspect.cfg"
train() {
  edit "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=$1|" "$cfg"
  ${runner[@]+"${runner[@]}"} "$launcher" "${training[@]}" >/dev/null 2>&1 || true
  edit "\|^java-options=$1\$|d" "$cfg"
}
use() { # the cache options the launcher starts with, in the cfg $2
  edit "s|^\[JavaOptions\]\$|[JavaOptions]\n$1|" "$2"
}
aot=no
[ "$(jdk_version "$jdk")" -ge 25 ] && aot=yes
# Native memory freed by the JIT and the toolkit goes back to the system each second (glibc keeps it otherwise; Linux);
# a product option from JDK 22 on, so it is added here where the runtime's version is known, not in jpackage.args.
if [ "$os" = linux ] && [ "$(jdk_version "$jdk")" -ge 22 ]; then
  use 'java-options=-XX:TrimNativeHeapInterval=1000' "$cfg"
fi
if [ "$aot" = no ] || [ "${XINSPECT_APPCDS_LAUNCHER:-}" = 1 ]; then
  train '-XX:ArchiveClassesAtExit=$APPDIR/xinspect.jsa'
fi
appcds='java-options=-XX:SharedArchiveFile=$APPDIR/xinspect.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds*=off'
if [ "$aot" = yes ]; then
  if [ -f "$app/xinspect.jsa" ] && [ "$os" = linux ]; then
    cp "$cfg" "$app/xinspect-appcds.cfg" && cp "$launcher" "$image/bin/xinspect-appcds"
    use "$appcds" "$app/xinspect-appcds.cfg"
  fi
  train '-XX:AOTCacheOutput=$APPDIR/xinspect.aot'
fi
if [ -f "$app/xinspect.aot" ]; then
  use 'java-options=-XX:AOTCache=$APPDIR/xinspect.aot\njava-options=-Xlog:aot*=off\njava-options=-Xlog:cds*=off' "$cfg"
  echo "build-installer: AOT cache $(du -h "$app/xinspect.aot" | cut -f1) from a ${training[0]} training run"
elif [ -f "$app/xinspect.jsa" ]; then
  use "$appcds" "$cfg"
  echo "build-installer: AppCDS archive $(du -h "$app/xinspect.jsa" | cut -f1) from a ${training[0]} training run"
else
  echo "build-installer: no class cache (the training run made none); the app starts without it" >&2
fi

if [ "$type" != app-image ]; then
  # The archive travels in the .deb and the .rpm: since JDK 20 (JDK-8279366) CDS matches the app class path after
  # substituting the longest common prefix, so an archive trained in target/installer/xinspect maps in /opt/xinspect,
  # and the jars keep the time they were trained with (above). The .msi and .dmg ship without it (untested there).
  packaged="$image"
  if [ "$os" != linux ]; then
    packaged="target/package-image/$(basename "$image")"
    rm -rf target/package-image && mkdir -p target/package-image && cp -a "$image" "$packaged"
    rm -f "${packaged}${app#$image}/xinspect.jsa" "${packaged}${app#$image}/xinspect.aot"
    edit '/xinspect.jsa/d;/xinspect.aot/d;/-Xshare:auto/d;/-Xlog:cds/d;/-Xlog:aot/d' "${packaged}${app#$image}/xinspect.cfg"
  fi
  extra=()
  [ "$os" = linux ] && extra=(@packaging/linux/package.args "@packaging/linux/$type.args")
  # rpmbuild clamps file times only when asked: a macro file of its own, read through HOME, asks it.
  macros=target/rpm-home
  mkdir -p "$macros" && printf '%%clamp_mtime_to_source_date_epoch 1\n' > "$macros/.rpmmacros"
  home="$HOME"
  [ "$type" = rpm ] && home="$PWD/$macros"
  HOME="$home" SOURCE_DATE_EPOCH="$stamp" "$jdk/bin/jpackage" --type "$type" --app-image "$packaged" --name xinspect \
    --app-version "$version" --description "X API request inspector" --vendor xinspect ${extra[@]+"${extra[@]}"} --dest "$out"
fi
echo "build-installer: $(ls -d "$out"/* | tr '\n' ' ')"
