# Shared by benchmarks/run, benchmarks/jmh and benchmarks/memory: builds indiko-benchmarks and the
# modules it needs, and sets `classpath` to its jar and its runtime dependencies.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -pl indiko-benchmarks -am package -DskipTests
jar="$(ls "$root"/indiko-benchmarks/target/indiko-benchmarks-*.jar)"
classpath="$jar:$root/indiko-benchmarks/target/lib/*"
# Where editions are generated once and reused (10^7 responses take about 6 GB).
data="${INDIKO_BENCH_DATA:-$root/benchmarks/editions}"
