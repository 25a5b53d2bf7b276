# Shared by the benchmark scripts (sourced): timing and one table row.
# RUNS (how many timed runs) is set by the caller.

# Mean wall time in seconds of RUNS runs of a command.
mean_time() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style none --runs "$RUNS" --warmup 1 --export-json /dev/stdout "$*" 2>/dev/null \
      | awk -F': ' '/"mean"/ { gsub(/,/, "", $2); print $2; exit }'
  else
    local start end
    "$@" >/dev/null 2>&1 || true
    start=$(date +%s.%N)
    for _ in $(seq "$RUNS"); do "$@" >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    echo "($end - $start) / $RUNS" | bc -l
  fi
}

row() { # name, miniphp seconds, php seconds
  if [ -n "$3" ]; then
    printf "%-26s %10.4f %10.4f %8.2fx\n" "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
  else
    printf "%-26s %10.4f %10s %9s\n" "$1" "$2" "-" "-"
  fi
}

