#!/bin/sh
# Builds the image's base without a registry or a Docker daemon: a Java runtime cut by jlink from
# this machine's JDK 17, the shared libraries it links to, /tmp, the thidua user and Vietnam's time
# zone, saved as a one-layer image tar (docker-save layout) that Jib builds the application upon.
# Usage: deploy/image/base-image.sh [OUTPUT.tar]   (default target/image/base.tar)
set -eu
OUT=${1:-target/image/base.tar}
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
WORK=$(mktemp -d)
ROOT=$WORK/rootfs
mkdir -p "$ROOT/opt" "$ROOT/tmp" "$ROOT/etc" "$ROOT/app" "$ROOT/proc" "$ROOT/usr/share/zoneinfo/Asia" "$(dirname "$OUT")"
"$JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.jfr \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$ROOT/opt/java"
# the libraries the runtime links to, at the same paths
for lib in $( (ldd "$ROOT/opt/java/bin/java"; for f in "$ROOT"/opt/java/lib/*.so "$ROOT"/opt/java/lib/server/*.so; do ldd "$f"; done) \
    | awk '/=> \// {print $3} /^\t\/lib/ {print $1}' | sort -u); do
  mkdir -p "$ROOT$(dirname "$lib")"
  cp -L "$lib" "$ROOT$lib"
done
for lib in libnss_files.so.2 libnss_dns.so.2 libresolv.so.2; do
  [ -f "/lib/x86_64-linux-gnu/$lib" ] && cp -L "/lib/x86_64-linux-gnu/$lib" "$ROOT/lib/x86_64-linux-gnu/"
done
chmod 1777 "$ROOT/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nthidua:x:1000:1000:Thi dua:/app:/sbin/nologin\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\nthidua:x:1000:\n' > "$ROOT/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$ROOT/etc/nsswitch.conf"
cp -L /usr/share/zoneinfo/Asia/Ho_Chi_Minh "$ROOT/usr/share/zoneinfo/Asia/"
(cd "$ROOT" && tar --numeric-owner --owner=0 --group=0 --mtime=2026-01-01 --sort=name -cf "$WORK/layer.tar" .)
DIFF=$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)
cat > "$WORK/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","TZ=Asia/Ho_Chi_Minh","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$DIFF"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["thidua-base:17"],"Layers":["layer.tar"]}]' > "$WORK/manifest.json"
(cd "$WORK" && tar -cf base.tar manifest.json config.json layer.tar)
mv "$WORK/base.tar" "$OUT"
rm -rf "$WORK"
echo "base image: $OUT ($(du -h "$OUT" | cut -f1))"
