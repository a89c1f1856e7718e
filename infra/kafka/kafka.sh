#!/usr/bin/env bash
# Runs a real Apache Kafka (KRaft mode) from Apache's own jars on Maven Central — no Docker.
#
#   infra/kafka/kafka.sh start  [--nodes 1|3]   fetch jars (once), format storage (once), start, wait until ready
#   infra/kafka/kafka.sh stop   [--nodes 1|3]   stop cleanly (SIGTERM, then SIGKILL after a deadline)
#   infra/kafka/kafka.sh status [--nodes 1|3]   exit 0 when every broker answers
#   infra/kafka/kafka.sh kill-node N [--nodes 3]    kill -9 one node (fault tests)
#   infra/kafka/kafka.sh start-node N [--nodes 3]   start one node again and wait for it
#   infra/kafka/kafka.sh brokers [--nodes 1|3]  print the bootstrap list
#
# One node: broker 127.0.0.1:9092 (controller 9093). Three nodes: brokers 127.0.0.1:19092,19094,19096
# (controllers on the next port up), replication factor 3, min.insync.replicas 2.
# Jars go to $PASSERELLE_CACHE (default ~/.cache/passerelle); data, logs and pid files go to
# $PASSERELLE_KAFKA_DIR (default <repo>/.passerelle/kafka), both outside git.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
cache=${PASSERELLE_CACHE:-$HOME/.cache/passerelle}
libs="$cache/kafka-$kafka_version/libs"
state_root=${PASSERELLE_KAFKA_DIR:-$repo/.passerelle/kafka}
heap=${KAFKA_HEAP:-"-Xms128m -Xmx512m"}
ready_timeout=${KAFKA_READY_TIMEOUT:-120}

cmd=${1:-}
[ -n "$cmd" ] && shift
node_arg=""
nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --nodes=*) nodes=${1#--nodes=}; shift ;;
    [0-9]*) node_arg=$1; shift ;;
    *) echo "kafka.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case "$nodes" in 1|3) ;; *) echo "kafka.sh: --nodes must be 1 or 3" >&2; exit 2 ;; esac

state="$state_root/cluster-$nodes"

broker_port() { if [ "$nodes" = 1 ]; then echo 9092; else echo $((19090 + 2 * $1)); fi; }
controller_port() { echo $(($(broker_port "$1") + 1)); }
bootstrap() {
  local out="" i
  for i in $(seq 1 "$nodes"); do out="${out:+$out,}127.0.0.1:$(broker_port "$i")"; done
  echo "$out"
}

log() { echo "kafka.sh: $*" >&2; }

fetch_jars() {
  if [ -f "$libs/.complete" ]; then return; fi
  command -v mvn >/dev/null || { log "Maven (mvn) is required to fetch Kafka's jars"; exit 1; }
  command -v java >/dev/null || { log "Java 17 is required to run Kafka"; exit 1; }
  log "fetching Apache Kafka $kafka_version jars from Maven Central into $libs"
  rm -rf "$libs"; mkdir -p "$libs"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$libs" -DincludeScope=runtime
  touch "$libs/.complete"
}

tools_log4j() {
  mkdir -p "$state"
  [ -f "$state/tools-log4j.properties" ] || printf '%s\n' 'log4j.rootLogger=ERROR, err' \
    'log4j.appender.err=org.apache.log4j.ConsoleAppender' 'log4j.appender.err.Target=System.err' \
    'log4j.appender.err.layout=org.apache.log4j.PatternLayout' >"$state/tools-log4j.properties"
  echo "$state/tools-log4j.properties"
}
java_cmd() { java -Dlog4j.configuration="file:$(tools_log4j)" -cp "$libs/*" "$@"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

node_pid() {
  local f="$state/node-$1/pid"
  [ -f "$f" ] || return 1
  local pid; pid=$(cat "$f")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

write_config() {
  local i=$1 dir="$state/node-$1" voters="" j
  for j in $(seq 1 "$nodes"); do voters="${voters:+$voters,}$j@127.0.0.1:$(controller_port "$j")"; done
  local rf=1 isr=1
  [ "$nodes" = 3 ] && rf=3 && isr=2
  mkdir -p "$dir/data" "$dir/logs"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$(broker_port "$i"),CONTROLLER://127.0.0.1:$(controller_port "$i")
advertised.listeners=PLAINTEXT://127.0.0.1:$(broker_port "$i")
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
default.replication.factor=$rf
min.insync.replicas=$isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
log.retention.hours=168
EOF
  cat >"$dir/log4j.properties" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$dir/logs/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.controller=INFO
log4j.logger.state.change.logger=WARN
EOF
}

format_storage() {
  local i=$1 dir="$state/node-$1"
  [ -f "$dir/data/meta.properties" ] && return
  java_cmd kafka.tools.StorageTool format \
    --ignore-formatted -t "$(cat "$state/cluster-id")" -c "$dir/server.properties" >"$dir/logs/format.log" 2>&1 \
    || { log "formatting storage of node $i failed:"; cat "$dir/logs/format.log" >&2; exit 1; }
}

start_node() {
  local i=$1 dir="$state/node-$1"
  if node_pid "$i" >/dev/null; then log "node $i already running (pid $(node_pid "$i"))"; return; fi
  if port_open "$(broker_port "$i")"; then
    log "port $(broker_port "$i") is taken by a process this script did not start; reusing it"
    return
  fi
  write_config "$i"
  format_storage "$i"
  # setsid: the broker must outlive the shell that started it, and not receive its Ctrl-C.
  # shellcheck disable=SC2086
  setsid nohup java $heap -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$dir/log4j.properties" -Dkafka.logs.dir="$dir/logs" \
    -cp "$libs/*" kafka.Kafka "$dir/server.properties" >"$dir/logs/stdout.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
}

brokers_answering() {
  # Prints how many brokers the cluster metadata lists; 0 when none answers.
  local out
  out=$(timeout 30 java -Dlog4j.configuration="file:$(tools_log4j)" -cp "$libs/*" kafka.admin.BrokerApiVersionsCommand --bootstrap-server "$(bootstrap)" 2>/dev/null) || { echo 0; return; }
  echo "$out" | grep -c '(id: '
}

wait_ready() {
  local want=$1 deadline=$((SECONDS + ready_timeout)) i
  for i in $(seq 1 "$nodes"); do
    while ! port_open "$(broker_port "$i")"; do
      if [ -f "$state/node-$i/pid" ] && ! node_pid "$i" >/dev/null; then
        log "node $i exited during start-up; last lines of its log:"
        tail -n 30 "$state/node-$i/logs/server.log" "$state/node-$i/logs/stdout.log" >&2 2>/dev/null || true
        exit 1
      fi
      [ $SECONDS -lt $deadline ] || { log "node $i did not open port $(broker_port "$i") within ${ready_timeout}s"; exit 1; }
      sleep 0.5
    done
  done
  while [ "$(brokers_answering)" -lt "$want" ]; do
    [ $SECONDS -lt $deadline ] || { log "cluster did not report $want brokers within ${ready_timeout}s"; exit 1; }
    sleep 1
  done
}

stop_nodes() {
  # Signal every node at once: stopping them one by one leaves the last ones without a
  # controller quorum, and their controlled shutdown then waits forever.
  local pids="" i pid
  for i in "$@"; do
    if pid=$(node_pid "$i"); then kill -TERM "$pid" 2>/dev/null || true; pids="$pids $pid"; fi
    rm -f "$state/node-$i/pid"
  done
  local deadline=$((SECONDS + 40))
  for pid in $pids; do
    while kill -0 "$pid" 2>/dev/null; do
      if [ $SECONDS -ge $deadline ]; then log "pid $pid did not stop in 40s; killing it"; kill -KILL "$pid" 2>/dev/null || true; break; fi
      sleep 0.3
    done
  done
}

case "$cmd" in
  start)
    fetch_jars
    mkdir -p "$state"
    all_up=1
    for i in $(seq 1 "$nodes"); do port_open "$(broker_port "$i")" || all_up=0; done
    if [ $all_up = 1 ] && [ "$(brokers_answering)" -ge "$nodes" ]; then
      log "already running ($nodes node(s)); reusing it"
      echo "KAFKA_BROKERS=$(bootstrap)"
      echo "KAFKA_STARTED=no"
      exit 0
    fi
    [ -f "$state/cluster-id" ] || java_cmd kafka.tools.StorageTool random-uuid >"$state/cluster-id"
    for i in $(seq 1 "$nodes"); do start_node "$i"; done
    wait_ready "$nodes"
    log "ready: $nodes node(s), data in $state"
    echo "KAFKA_BROKERS=$(bootstrap)"
    echo "KAFKA_STARTED=yes"
    ;;
  stop)
    stop_nodes $(seq 1 "$nodes")
    log "stopped"
    ;;
  status)
    fetch_jars
    n=0
    for i in $(seq 1 "$nodes"); do port_open "$(broker_port "$i")" && n=$((n + 1)); done
    [ "$n" -lt "$nodes" ] || n=$(brokers_answering)
    echo "brokers answering: $n of $nodes ($(bootstrap))"
    [ "$n" -ge "$nodes" ]
    ;;
  kill-node)
    [ -n "$node_arg" ] || { log "kill-node needs a node number"; exit 2; }
    pid=$(node_pid "$node_arg") || { log "node $node_arg is not running"; exit 1; }
    kill -KILL "$pid"
    rm -f "$state/node-$node_arg/pid"
    log "node $node_arg killed (pid $pid)"
    ;;
  start-node)
    [ -n "$node_arg" ] || { log "start-node needs a node number"; exit 2; }
    fetch_jars
    start_node "$node_arg"
    wait_ready "$nodes"
    log "node $node_arg is back"
    ;;
  brokers)
    bootstrap
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
