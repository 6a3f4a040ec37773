#!/usr/bin/env bash
# Soak: DURATION seconds (1800) of the fault suite's mixed load (vn.langnghe.market.faults.MixedLoad:
# browsing, search, checkout, VNPay IPNs, GHN webhooks, artisan edits) on one node, sampling every
# INTERVAL seconds (30): WildFly's heap used right after a full GC (jcmd GC.run, then GC.heap_info),
# the p99 of the requests of that window and its errors (503, 5xx, timeouts, refused connections).
# Prints the series and a verdict, writes it to soak.tsv and plots it to soak.png (gnuplot).
#
#   bash bench/soak.sh                       # 30 minutes, USERS=8, at BENCH_PORT_OFFSET=1500 (HTTP 9580)
#   DURATION=120 bash bench/soak.sh          # a short run, to try the script
#   BENCH_URL=http://localhost:9580 bash bench/soak.sh   # a node already running (bench/common.sh)
#
# "Flat" heap: the last third's mean heap-after-GC within 10 % (or 20 MB) of the first third's after
# the first window (warm-up). Needs JDK 17 (jcmd), Maven, curl, bc, the mariadb client and gnuplot
# (installed with apt-get as gnuplot-nox when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-1800}
INTERVAL=${INTERVAL:-30}
USERS=${USERS:-8}
export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-1500}
# a machine shared with other work boots slowly: the run command waits this long for ready
export MARKET_READY_TIMEOUT=${MARKET_READY_TIMEOUT:-PT15M}
if ! command -v gnuplot >/dev/null; then
  apt-get install -y -q gnuplot-nox >/dev/null || echo "gnuplot is missing and could not be installed: no PNG"
fi
. bench/common.sh
bench_prepare bench-soak-home
# what a person would see in production: refunds and reconciliation at their usual pace
bench_start

port=${bench_url##*:}
wildfly=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$wildfly" ] || { echo "no WildFly listening on $port"; exit 1; }
out="$MARKET_HOME/soak"; rm -rf "$out"; mkdir -p "$out"
echo "soak: $DURATION s, $USERS users, against $bench_url (WildFly pid $wildfly), sampled every $INTERVAL s"

heap_after_gc() { # MB used right after a full collection
  jcmd "$wildfly" GC.run >/dev/null
  jcmd "$wildfly" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); print int(v / 1024); exit } }'
}

mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.langnghe.market.faults.MixedLoad \
  -Dexec.args="$bench_url $DURATION $USERS $out $INTERVAL" >"$out/load.log" 2>&1 &
load=$!
# on any exit (an error or Ctrl-C included) the load goes, then the server bench_start started
trap '[ -z "$load" ] || { kill $load 2>/dev/null; wait $load 2>/dev/null; }; [ -z "${runner:-}" ] || bench_stop' EXIT
trap 'exit 130' INT TERM
: >"$out/heap.tsv"
started=$(date +%s)
while kill -0 $load 2>/dev/null; do
  sleep "$INTERVAL"
  kill -0 $load 2>/dev/null || break
  echo -e "$(( $(date +%s) - started ))\t$(heap_after_gc)" >>"$out/heap.tsv"
done
wait $load || { load=; echo "the load failed:"; tail -30 "$out/load.log"; exit 1; }
load=

# windows of the load (s since the start, requests, p99 ms, errors), each beside the heap sample
# taken nearest its end: the two clocks start seconds apart, so pairing by line drifts; a window
# with no sample within half an interval is left out
grep '^WINDOW' "$out/load.log" | awk -v s="$started" '{ print $2 - s "\t" $3 "\t" $4 "\t" $5 }' >"$out/windows.tsv"
awk -F'\t' -v half=$((INTERVAL / 2)) 'FILENAME == ARGV[1] { ht[++n] = $1; hv[n] = $2; next }
  { best = ""; for (i = 1; i <= n; i++) { d = ht[i] - $1; if (d < 0) d = -d
      if (d <= half && (best == "" || d < bestd)) { best = i; bestd = d } }
    if (best != "") print $1 "\t" $2 "\t" $3 "\t" $4 "\t" hv[best] }' "$out/heap.tsv" "$out/windows.tsv" >"$out/soak.tsv"
echo
printf '%8s %9s %9s %7s %14s\n' "t (s)" requests "p99 ms" errors "heap MB (GC)"
awk -F'\t' '{ printf "%8s %9s %9s %7s %14s\n", $1, $2, $3, $4, $5 }' "$out/soak.tsv"
grep '^REQUESTS' "$out/load.log" || true
awk -F'\t' '{ n++; t[n] = $1; p[n] = $3; e += $4; h[n] = $5 }
  END {
    if (n < 3) { print "too few samples for a verdict (" n ")"; exit }
    third = int((n - 1) / 3); if (third < 1) third = 1
    for (i = 2; i < 2 + third; i++) { fh += h[i]; fp += p[i] }
    for (i = n - third + 1; i <= n; i++) { lh += h[i]; lp += p[i] }
    fh /= third; lh /= third; fp /= third; lp /= third
    grow = lh - fh; bound = fh * 0.10; if (bound < 20) bound = 20
    printf "heap after GC: %.0f MB early, %.0f MB late (%s); p99: %.1f ms early, %.1f ms late; errors: %d\n",
      fh, lh, (grow <= bound ? "flat" : "GROWING"), fp, lp, e
  }' "$out/soak.tsv"
if command -v gnuplot >/dev/null; then
  gnuplot <<PLOT
set terminal pngcairo size 1000,600 noenhanced
set output "$out/soak.png"
set title "Soak, $(date -u +%Y-%m-%d) $(git rev-parse --short HEAD): $USERS users, $DURATION s, one node"
set xlabel "time (s)"
set ylabel "heap used after full GC (MB)"
set y2label "p99 of the window (ms)"
set ytics nomirror
set y2tics
set yrange [0:*]
set y2range [0:*]
set key top left
plot "$out/soak.tsv" using 1:5 with linespoints title "heap after GC (MB)" axes x1y1, \
     "$out/soak.tsv" using 1:3 with linespoints title "p99 (ms)" axes x1y2
PLOT
  echo "plot: $out/soak.png"
fi
echo "series: $out/soak.tsv (t, requests, p99 ms, errors, heap MB)"
