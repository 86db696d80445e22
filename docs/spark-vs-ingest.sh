#!/usr/bin/env bash
# Times single-machine ingest and the Spark job in local[2] on the same articles (the benchmark's generated
# corpus), one after the other on this machine, and prints the rates side by side with an estimate for a cluster.
#   docs/spark-vs-ingest.sh [ARTICLES (default 1000)] [WORK FOLDER (default target/spark-vs-ingest)]
# Needs target/newsgraph.jar, target/newsgraph-spark.jar and target/spark-classpath.txt: mvn -B package -DskipTests
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-1000}
work=${2:-$here/target/spark-vs-ingest}
rm -rf "$work"
mkdir -p "$work"
jar="$here/target/newsgraph.jar"

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.2f", n / s }'; }
# timed LOG COMMAND...: runs the command with its stderr in LOG; prints the wall-clock seconds it took
timed() {
  local log=$1 t0 t1
  shift
  echo "$*" | cut -c1-100 >&2
  t0=$(date +%s.%N)
  "$@" > "$log" 2>&1
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

java -jar "$jar" bench --corpus-only --articles "$articles" --output "$work" 2>&1 | tail -1 >&2
corpus="$work/corpus"

ingest_wall=$(timed "$work/ingest.log" java -Xmx3g -jar "$jar" ingest --threads 2 --db "$work/store-ingest" "$corpus")
# "ingested N articles into DIR in S s": S counts from the end of model loading
ingest_run=$(sed -n 's/^ingested [0-9]* articles into .* in \([0-9.]*\) s:.*/\1/p' "$work/ingest.log")
load=$(awk -v w="$ingest_wall" -v r="$ingest_run" 'BEGIN { printf "%.1f", w - r }')

spark_wall=$(timed "$work/spark.log" "$here/newsgraph-spark" --master 'local[2]' --partitions 8 --output "$work/shards" \
  "$corpus")
spark_job=$(sed -n 's/^analysed [0-9]* articles from [0-9]* files in \([0-9.]*\) s.*/\1/p' "$work/spark.log")
# the executor loads the models inside the job and says how long that took; without it, one executor's rate
spark_models=$(sed -n 's/.*the models loaded in \([0-9.]*\) s.*/\1/p' "$work/spark.log")
spark_steady=$(awk -v j="$spark_job" -v l="$spark_models" 'BEGIN { printf "%.1f", j - l }')

load_wall=$(timed "$work/load.log" java -jar "$jar" load --db "$work/store-load" "$work/shards")

# Jena's bulk loader, when the build has fetched its distribution (mvn verify does)
xloader_row() {
  local xloader="$here/target/jena/apache-jena-5.6.0/bin/tdb2.xloader" wall
  if [ -x "$xloader" ] && command -v jq > /dev/null; then
    wall=$(timed "$work/xloader.log" "$xloader" --loc "$work/store-xloader" "$work"/shards/*.nq.gz)
    echo "| tdb2.xloader of the shards into a new store | $wall | $(rate "$articles" "$wall") |"
  fi
}

per_executor=$(rate "$articles" "$spark_steady")
cat <<TABLE
| $articles articles, 2 cores | seconds | articles/s |
|---|---:|---:|
| ingest --threads 2, whole command | $ingest_wall | $(rate "$articles" "$ingest_wall") |
| ingest, after the models are loaded ($load s) | $ingest_run | $(rate "$articles" "$ingest_run") |
| newsgraph-spark local[2], whole command | $spark_wall | $(rate "$articles" "$spark_wall") |
| newsgraph-spark local[2], job (listing to manifest) | $spark_job | $(rate "$articles" "$spark_job") |
| newsgraph-spark local[2], job less the models' load ($spark_models s): one executor's rate | $spark_steady | $per_executor |
| newsgraph load of the shards into a fresh store | $load_wall | $(rate "$articles" "$load_wall") |
$(xloader_row)

Estimate, not measured: N executors of 2 cores each analyse about N x $per_executor articles/s once their models
are loaded, e.g. $(rate "$(awk -v p="$per_executor" 'BEGIN { print p * 20 }')" 1) articles/s with 20 executors,
$(awk -v p="$per_executor" 'BEGIN { printf "%.0f", p * 20 * 86400 / 1e6 }') million articles a day.
TABLE
