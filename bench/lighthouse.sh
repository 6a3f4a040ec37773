#!/usr/bin/env bash
# Lighthouse 12 (mobile, its default throttling) with Debian's Chromium, headless, on the
# storefront's five pages in Vietnamese and English: one table of the four category scores,
# CLS and LCP. npm's lighthouse@12.2.3 is installed under target/lighthouse (later versions need
# Node 22), never globally.
#
#   bash bench/lighthouse.sh
#   PAGES='product|vi|/product.html?slug={product} product|en|/product.html?slug={product}' bash bench/lighthouse.sh
#
# PAGES: "name|lang|path" words; {product}, {shop}, {village} become slugs read from the API
# (a demo product, its shop and its craft village). A page in English is its /en/ path; every
# request also carries the cookie lang=<lang>, so an address without /en/ is shown in that language. RUNS=3 keeps each page's median
# performance run. Runs on ports moved by BENCH_PORT_OFFSET (1500: HTTP 9580).
# Needs: JDK 17, Maven, Node 18+ with npm, chromium, curl, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.2.3
RUNS=${RUNS:-1}
CHROME_PATH=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}
export CHROME_PATH
[ -n "$CHROME_PATH" ] || { echo "chromium is missing: apt-get install -y chromium"; exit 1; }
command -v node >/dev/null || { echo "node is missing: apt-get install -y nodejs npm"; exit 1; }
PAGES=${PAGES:-"home|vi|/ search|vi|/tim-kiem?q=b%E1%BA%A1c product|vi|/san-pham/{product} shop|vi|/xuong/{shop} village|vi|/lang-nghe/{village} home|en|/en/ search|en|/en/tim-kiem?q=b%E1%BA%A1c product|en|/en/san-pham/{product} shop|en|/en/xuong/{shop} village|en|/en/lang-nghe/{village}"}

tools=$PWD/target/lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  echo "installing lighthouse@$LIGHTHOUSE_VERSION under $tools …"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
    "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
lighthouse=$tools/node_modules/.bin/lighthouse

export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-1500}
. bench/common.sh
bench_prepare bench-lighthouse-home
bench_start
echo "ready in ${startup_seconds} s at $bench_url"
# the search index fills from the outbox after the start: a search page measured before that is an
# empty one (and noindex), not the page a visitor gets
for _ in $(seq 1 120); do
  total=$(curl -fs "$bench_url/api/search?size=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).total)}catch(e){console.log(0)}})' || echo 0)
  [ "${total:-0}" -gt 0 ] && break
  sleep 1
done
echo "search index: ${total:-0} products"

# a product with a picture, its shop and its craft village, as a visitor finds them
first=$(curl -fs "$bench_url/api/products?size=50" | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const p = JSON.parse(s).items.find(i => i.imageUrl && i.villageSlug) || JSON.parse(s).items[0];
    console.log([p.slug, p.shopSlug, p.villageSlug].join(" "));
  });')
read -r product shop village <<<"$first"
echo "product $product, shop $shop, village $village"

reports=$MARKET_HOME/lighthouse
mkdir -p "$reports"
rows=()
for entry in $PAGES; do
  IFS='|' read -r name lang path <<<"$entry"
  path=${path//\{product\}/$product}; path=${path//\{shop\}/$shop}; path=${path//\{village\}/$village}
  url=$bench_url$path
  # the language cookie pins the page's language: Chromium's Accept-Language (en-US) would
  # otherwise send a first visit to the English twin
  headers="{\"Cookie\":\"lang=$lang\"}"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: lang=$lang" "$url")
  if [ "$status" != 200 ]; then
    rows+=("$(printf '%-8s %-4s %5s %5s %5s %5s %7s %8s  %s' "$name" "$lang" - - - - - - "$path answered $status")")
    continue
  fi
  for _ in 1 2 3; do curl -s -o /dev/null -H "Cookie: lang=$lang" "$url"; done   # a warm server
  results=()
  for run in $(seq 1 "$RUNS"); do
    out=$reports/$name-$lang-$run.json
    "$lighthouse" "$url" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices,seo \
      --extra-headers="$headers" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      >/dev/null 2>"$reports/$name-$lang-$run.log" || true
    [ -s "$out" ] && results+=("$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const score = c => r.categories[c] && r.categories[c].score !== null ? Math.round(r.categories[c].score * 100) : "-";
      const cls = r.audits["cumulative-layout-shift"].numericValue;
      const lcp = r.audits["largest-contentful-paint"].numericValue;
      console.log([score("performance"), score("accessibility"), score("best-practices"), score("seo"),
        cls === undefined ? "-" : cls.toFixed(3), lcp === undefined ? "-" : (lcp / 1000).toFixed(2)].join(" "));
    ' "$out")")
  done
  if [ ${#results[@]} -eq 0 ]; then
    rows+=("$(printf '%-8s %-4s %5s %5s %5s %5s %7s %8s  %s' "$name" "$lang" - - - - - - "lighthouse failed: $reports/$name-$lang-1.log")")
    continue
  fi
  # the run of median performance
  median=$(printf '%s\n' "${results[@]}" | sort -n -k1,1 | sed -n "$(( (${#results[@]} + 1) / 2 ))p")
  read -r perf a11y best seo cls lcp <<<"$median"
  rows+=("$(printf '%-8s %-4s %5s %5s %5s %5s %7s %8s  %s' "$name" "$lang" "$perf" "$a11y" "$best" "$seo" "$cls" "$lcp" "$path")")
done

echo
echo "Lighthouse $LIGHTHOUSE_VERSION, mobile, default throttling, $(basename "$CHROME_PATH") $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}'), median of $RUNS run(s); reports in $reports"
printf '%-8s %-4s %5s %5s %5s %5s %7s %8s  %s\n' page lang perf a11y best seo CLS "LCP s" path
printf '%s\n' "${rows[@]}"
