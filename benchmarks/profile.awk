# Groups the lines of `perf report --sort comm,sym -F overhead,comm,sym` (benchmarks/profile) by
# part of the fast path and by thread, and lists the hottest methods.
# The part of a sample, by its thread and its method's name (class and method, without parameters).
function part(comm, kernel, name) {
  if (comm ~ /^C[12] Compi/) return "JIT compilers"
  if (comm ~ /^(GC|G1|VM)/) return "garbage collector, VM"
  if (kernel) return "kernel: file reads, page faults, scheduling"
  if (name ~ /RowScan\$Read\.consume|ScoringEngine\$\$Lambda|scoring\.Tally|TextSample|QuantityStatistics|Correlation|ExactSum|ItemStatistics/) return "tally (RowScan.Read.consume, Tally…)"
  if (name ~ /RowScan\$Read\.deliver|ByteStringSet|AcceptedIds|SlotTable|StringLog|ScopedMemoryAccess/) return "duplicate checks (RowScan.Read.deliver, ByteStringSet…)"
  if (name ~ /FastResponses|ByteKeys|Swar|condition\.Node|QuestionnaireConditions/) return "reader (FastResponses, ByteKeys, conditions)"
  if (name ~ /RowScan\.work|internal\.data\.Block|LineBlocks|OrderedBlocks/) return "lines and blocks (RowScan.work, Block, LineBlocks)"
  return "other"
}
function thread(comm) {
  if (comm == "java") return "calling thread"
  if (comm ~ /^indiko/) return "workers"
  return "JVM threads"
}
/^ *[0-9.]+%/ {
  share = $1 + 0
  rest = substr($0, index($0, "%") + 1)
  marker = match(rest, /\[[.k]\] /)
  if (marker == 0) next
  comm = substr(rest, 1, marker - 1)
  gsub(/^ +| +$/, "", comm)
  kernel = substr(rest, marker, 3) == "[k]"
  name = substr(rest, marker + 4)
  # A JIT-compiled method: return type, class and method, parameters.
  if (match(name, /^[^ (]+ [^ (]+\(/)) {
    name = substr(name, index(name, " ") + 1)
    name = substr(name, 1, index(name, "(") - 1)
  }
  parts[part(comm, kernel, name)] += share
  threads[thread(comm)] += share
  methods[name " (" thread(comm) ")"] += share
}
END {
  printf "\nShare of the samples per part:\n"
  for (p in parts) printf "%6.1f %%  %s\n", parts[p], p | "sort -rn"
  close("sort -rn")
  printf "\nPer thread:\n"
  for (t in threads) printf "%6.1f %%  %s\n", threads[t], t | "sort -rn"
  close("sort -rn")
  printf "\nHottest methods:\n"
  for (m in methods) printf "%6.1f %%  %s\n", methods[m], m | "sort -rn | head -20"
  close("sort -rn | head -20")
}
