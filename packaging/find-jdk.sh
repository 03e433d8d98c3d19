# Sourced by the scripts in packaging/: find_jdk prints the home of a JDK >= 21 that has bin/$1 (java, jpackage):
# JAVA_HOME if it is one, else the first under /usr/lib/jvm (Linux) or /Library/Java (macOS).
jdk_version() { [ -f "$1/release" ] && sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" || true; }
find_jdk() {
  local home v
  for home in ${JAVA_HOME:-} /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    v=$(jdk_version "$home")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$home/bin/$1" ]; then echo "$home"; return 0; fi
  done
  return 1
}
