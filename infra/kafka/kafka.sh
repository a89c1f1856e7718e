#!/usr/bin/env bash
# Runs a real Apache Kafka (KRaft mode) from Apache's own jars on Maven Central — no Docker.
#
#   infra/kafka/kafka.sh start  [--nodes 1|3]   fetch jars (once), format storage (once), start, wait until ready
#   infra/kafka/kafka.sh stop   [--nodes 1|3]   stop cleanly (SIGTERM, then SIGKILL after a deadline)
#   infra/kafka/kafka.sh status [--nodes 1|3]   exit 0 when every broker answers
#   infra/kafka/kafka.sh kill-node N [--nodes 3]    kill -9 one node (fault tests)
#   infra/kafka/kafka.sh start-node N [--nodes 3]   start one node again and wait for it
#   infra/kafka/kafka.sh brokers [--nodes 1|3]  print the bootstrap list
#   infra/kafka/kafka.sh jars                   fetch Kafka's jars (once) and print their directory
#   infra/kafka/kafka.sh credentials [--nodes 1|3]   print the path of the clients' credentials file
#   infra/kafka/kafka.sh add-user NAME [--nodes 1|3]         a new SCRAM user (password generated, stored)
#   infra/kafka/kafka.sh add-agency AGENCY [--nodes 1|3]     user agency-AGENCY + its topics, ACLs and quotas
#   infra/kafka/kafka.sh rotate-password NAME [--nodes 1|3]  a new password for a user (restart its clients)
#   infra/kafka/kafka.sh run    [--nodes 1|3]   start, then stay in the foreground until SIGTERM (containers)
#
# KAFKA_READY=ports makes start and start-node wait for the nodes' ports only, not for the cluster to
# list every broker (the caller checks that itself).
#
# Every client authenticates: SASL/SCRAM-SHA-512 on the client listener (SASL_PLAINTEXT, loopback
# only) and on a TLS listener (SASL_SSL, certificates from a local CA made on first start); the
# controller listener uses SASL/PLAIN. No anonymous listener. StandardAuthorizer with
# allow.everyone.if.no.acl.found=false: only the ACLs of infra/kafka/acls.json (applied by
# provisioning) grant anything, and only `admin`, `broker` and `controller` are super users.
# Passwords are generated on first start, per installation, and written (mode 0600) to
# <state>/credentials.json, never to git.
#
# One node: broker 127.0.0.1:9092 (controller 9093, TLS 9192). Three nodes: brokers
# 127.0.0.1:19092,19094,19096 (controllers on the next port up, TLS 100 above), replication
# factor 3, min.insync.replicas 2. Five nodes (`--nodes 5`, the two-site layout of `npm run sites`,
# docs/continuity.md): brokers 1, 2 in rack (site) a and 3, 4 in rack b on 127.0.0.1:29092,29094,
# 29096,29098; KRaft controllers on nodes 1 (a), 3 (b) and 5 (tie-breaker site c, a controller only);
# replication factor 4, min.insync.replicas 3, rack-aware placement; small heaps.
# Jars go to $PASSERELLE_CACHE (default ~/.cache/passerelle); data, logs, pid files, credentials and
# certificates go to $PASSERELLE_KAFKA_DIR (default <repo>/.passerelle/kafka), both outside git.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
cache=${PASSERELLE_CACHE:-$HOME/.cache/passerelle}
libs="$cache/kafka-$kafka_version/libs"
state_root=${PASSERELLE_KAFKA_DIR:-$repo/.passerelle/kafka}
heap=${KAFKA_HEAP:-}
ready_timeout=${KAFKA_READY_TIMEOUT:-120}

acls_file=${KAFKA_ACLS_FILE:-$here/acls.json}
# Where the listeners bind and what they advertise: loopback unless a container says otherwise.
listen_host=${KAFKA_LISTEN_HOST:-127.0.0.1}
advertised_host=${KAFKA_ADVERTISED_HOST:-127.0.0.1}
umask 077

cmd=${1:-}
[ -n "$cmd" ] && shift
node_arg=""
name_arg=""
nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --nodes=*) nodes=${1#--nodes=}; shift ;;
    [0-9]*) node_arg=$1; shift ;;
    [a-z]*) name_arg=$1; shift ;;
    *) echo "kafka.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case "$nodes" in 1|3|5) ;; *) echo "kafka.sh: --nodes must be 1, 3 or 5" >&2; exit 2 ;; esac
if [ -z "$heap" ]; then if [ "$nodes" = 5 ]; then heap="-Xms64m -Xmx256m"; else heap="-Xms128m -Xmx512m"; fi; fi

state="$state_root/cluster-$nodes"
creds="$state/credentials.json"
secrets="$state/broker-secrets.env"
admin_props="$state/admin.properties"
tls="$state/tls"

broker_port() { if [ "$nodes" = 1 ]; then echo 9092; elif [ "$nodes" = 5 ]; then echo $((29090 + 2 * $1)); else echo $((19090 + 2 * $1)); fi; }
# The two-site layout: node 5 (site c) is a controller only; nodes 2 and 4 are brokers only.
is_broker() { [ "$nodes" != 5 ] || [ "$1" -le 4 ]; }
is_controller() { [ "$nodes" != 5 ] || [ "$1" = 1 ] || [ "$1" = 3 ] || [ "$1" = 5 ]; }
rack_of() { case "$1" in 1 | 2) echo a ;; 3 | 4) echo b ;; *) echo c ;; esac; }
broker_count() { if [ "$nodes" = 5 ]; then echo 4; else echo "$nodes"; fi; }
broker_nodes() { local i; for i in $(seq 1 "$nodes"); do if is_broker "$i"; then echo "$i"; fi; done; }
# The port that tells a node is up: its broker listener, or a controller-only node's controller one.
node_port() { if is_broker "$1"; then broker_port "$1"; else controller_port "$1"; fi; }
controller_port() { echo $(($(broker_port "$1") + 1)); }
tls_port() { echo $(($(broker_port "$1") + 100)); }
bootstrap() {
  local out="" i
  for i in $(broker_nodes); do out="${out:+$out,}127.0.0.1:$(broker_port "$i")"; done
  echo "$out"
}
tls_bootstrap() {
  local out="" i
  for i in $(broker_nodes); do out="${out:+$out,}127.0.0.1:$(tls_port "$i")"; done
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

new_password() { openssl rand -hex 24; }

# The users the ACL file names (agencies expanded), one per line: "name kind agency".
acl_principals() {
  node -e '
    const acl = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const p of acl.principals) {
      if (p.name.includes("{agency}")) for (const a of acl.agencies) console.log(p.name.replaceAll("{agency}", a), p.kind, a);
      else console.log(p.name, p.kind, "-");
    }' "$acls_file"
}

# Adds (or replaces) a user in the clients' credentials file.
store_credential() {
  local name=$1 kind=$2 agency=$3 password=$4
  node -e '
    const fs = require("fs");
    const [file, name, kind, agency, password, brokers, tlsBrokers, caFile] = process.argv.slice(1);
    const c = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { principals: [] };
    Object.assign(c, { brokers: brokers.split(","), tlsBrokers: tlsBrokers.split(","), mechanism: "scram-sha-512", caFile });
    const entry = { name, kind, ...(agency !== "-" ? { agency } : {}), username: name, password };
    c.principals = [...c.principals.filter((p) => p.name !== name), entry];
    fs.writeFileSync(file, JSON.stringify(c, null, 2) + "\n", { mode: 0o600 });
  ' "$creds" "$name" "$kind" "$agency" "$password" "$(bootstrap)" "$(tls_bootstrap)" "$tls/ca.pem"
}

password_of() {
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const p = c.principals.find((x) => x.name === process.argv[2]);
    if (!p) process.exit(1);
    process.stdout.write(p.password);' "$creds" "$1"
}

# Passwords and certificates of this installation, made once, before the first format.
ensure_secrets() {
  mkdir -p "$state"
  if [ ! -f "$secrets" ]; then
    printf 'BROKER_PASSWORD=%s\nCONTROLLER_PASSWORD=%s\nTLS_STORE_PASSWORD=%s\n' \
      "$(new_password)" "$(new_password)" "$(new_password)" >"$secrets"
  fi
  if [ ! -f "$creds" ]; then
    local name kind agency
    while read -r name kind agency; do store_credential "$name" "$kind" "$agency" "$(new_password)"; done < <(acl_principals)
  fi
  # shellcheck disable=SC1090
  . "$secrets"
  printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=SCRAM-SHA-512' \
    "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$(password_of admin)\";" \
    >"$admin_props"
  ensure_tls
}

ensure_tls() {
  [ -f "$tls/broker.p12" ] && return
  command -v openssl >/dev/null || { log "openssl is required to make the TLS listener's certificates"; exit 1; }
  mkdir -p "$tls"
  (
    cd "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 825 -subj "/CN=Passerelle local Kafka CA" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout broker.key -out broker.csr -subj "/CN=localhost" 2>/dev/null
    san="IP:127.0.0.1,DNS:localhost"
    [ "$advertised_host" != 127.0.0.1 ] && san="$san,DNS:$advertised_host"
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$san" >san.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out broker.pem -days 825 -extfile san.ext 2>/dev/null
    openssl pkcs12 -export -in broker.pem -inkey broker.key -certfile ca.pem -name broker -out broker.p12 \
      -passout "pass:$TLS_STORE_PASSWORD"
    chmod 0644 ca.pem
  )
  log "made a local CA and broker certificate in $tls (clients trust $tls/ca.pem)"
}

scram_jaas() { echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"broker\" password=\"$BROKER_PASSWORD\";"; }

write_config() {
  local i=$1 dir="$state/node-$1" voters="" j
  for j in $(seq 1 "$nodes"); do is_controller "$j" && voters="${voters:+$voters,}$j@127.0.0.1:$(controller_port "$j")"; done
  local rf=1 isr=1 roles="broker,controller" listeners node_lines
  [ "$nodes" = 3 ] && rf=3 && isr=2
  [ "$nodes" = 5 ] && rf=4 && isr=3
  is_broker "$i" || roles=controller
  is_controller "$i" || roles=broker
  listeners="CLIENT://$listen_host:$(broker_port "$i"),CONTROLLER://127.0.0.1:$(controller_port "$i"),TLS://$listen_host:$(tls_port "$i")"
  node_lines="advertised.listeners=CLIENT://$advertised_host:$(broker_port "$i"),TLS://$advertised_host:$(tls_port "$i")
inter.broker.listener.name=CLIENT"
  [ "$roles" = broker ] && listeners="CLIENT://$listen_host:$(broker_port "$i"),TLS://$listen_host:$(tls_port "$i")"
  [ "$roles" = controller ] && listeners="CONTROLLER://127.0.0.1:$(controller_port "$i")" && node_lines=""
  [ "$nodes" = 5 ] && is_broker "$i" && node_lines="$node_lines
broker.rack=$(rack_of "$i")"
  mkdir -p "$dir/data" "$dir/logs"
  cat >"$dir/server.properties" <<EOF
process.roles=$roles
node.id=$i
controller.quorum.voters=$voters
listeners=$listeners
$node_lines
controller.listener.names=CONTROLLER
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,TLS:SASL_SSL
# Clients and brokers: SCRAM-SHA-512. Controllers: PLAIN (KRaft controllers cannot use SCRAM).
listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.tls.sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.client.scram-sha-512.sasl.jaas.config=$(scram_jaas)
listener.name.tls.scram-sha-512.sasl.jaas.config=$(scram_jaas)
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$CONTROLLER_PASSWORD" user_controller="$CONTROLLER_PASSWORD";
ssl.keystore.type=PKCS12
ssl.keystore.location=$tls/broker.p12
ssl.keystore.password=$TLS_STORE_PASSWORD
ssl.key.password=$TLS_STORE_PASSWORD
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:broker;User:controller;User:admin
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
  # The SCRAM users exist from the first start: the brokers need theirs to talk to each other.
  local scram=() name
  scram+=(--add-scram "SCRAM-SHA-512=[name=broker,password=$BROKER_PASSWORD]")
  while read -r name _; do scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$(password_of "$name")]"); done < <(acl_principals)
  java_cmd kafka.tools.StorageTool format "${scram[@]}" \
    --ignore-formatted -t "$(cat "$state/cluster-id")" -c "$dir/server.properties" >"$dir/logs/format.log" 2>&1 \
    || { log "formatting storage of node $i failed:"; cat "$dir/logs/format.log" >&2; exit 1; }
}

start_node() {
  local i=$1 dir="$state/node-$1"
  if node_pid "$i" >/dev/null; then log "node $i already running (pid $(node_pid "$i"))"; return; fi
  if port_open "$(node_port "$i")"; then
    log "port $(node_port "$i") is taken by a process this script did not start; reusing it"
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
  out=$(timeout 30 java -Dlog4j.configuration="file:$(tools_log4j)" -cp "$libs/*" kafka.admin.BrokerApiVersionsCommand \
    --bootstrap-server "$(bootstrap)" --command-config "$admin_props" 2>/dev/null) || { echo 0; return; }
  echo "$out" | grep -c '(id: '
}

wait_ready() {
  local want=$1 deadline=$((SECONDS + ready_timeout)) i
  for i in $(seq 1 "$nodes"); do
    while ! port_open "$(node_port "$i")"; do
      if [ -f "$state/node-$i/pid" ] && ! node_pid "$i" >/dev/null; then
        log "node $i exited during start-up; last lines of its log:"
        tail -n 30 "$state/node-$i/logs/server.log" "$state/node-$i/logs/stdout.log" >&2 2>/dev/null || true
        exit 1
      fi
      [ $SECONDS -lt $deadline ] || { log "node $i did not open port $(node_port "$i") within ${ready_timeout}s"; exit 1; }
      sleep 0.5
    done
  done
  # KAFKA_READY=ports: the caller checks that the cluster lists every broker itself (the fault tests do,
  # with the client they already run): each check here starts a JVM, tens of seconds on a busy machine.
  [ "${KAFKA_READY:-}" = ports ] && return
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
    if [ ! -f "$secrets" ] && ls "$state"/node-*/data/meta.properties >/dev/null 2>&1; then
      # Storage formatted by an earlier version of this script, without SASL users or ACLs.
      for i in $(seq 1 "$nodes"); do node_pid "$i" >/dev/null && { log "an unsecured node $i is running: run kafka.sh stop first"; exit 1; }; done
      log "storage in $state predates SASL/ACLs; formatting it anew (its topics are dropped)"
      rm -rf "$state"/node-* "$state/cluster-id"
    fi
    ensure_secrets
    all_up=1
    for i in $(seq 1 "$nodes"); do port_open "$(node_port "$i")" || all_up=0; done
    if [ $all_up = 1 ] && [ "$(brokers_answering)" -ge "$(broker_count)" ]; then
      log "already running ($nodes node(s)); reusing it"
      echo "KAFKA_BROKERS=$(bootstrap)"
      echo "KAFKA_CREDENTIALS_FILE=$creds"
      echo "KAFKA_STARTED=no"
      exit 0
    fi
    [ -f "$state/cluster-id" ] || java_cmd kafka.tools.StorageTool random-uuid >"$state/cluster-id"
    for i in $(seq 1 "$nodes"); do start_node "$i"; done
    wait_ready "$(broker_count)"
    log "ready: $nodes node(s), data in $state"
    echo "KAFKA_BROKERS=$(bootstrap)"
    echo "KAFKA_CREDENTIALS_FILE=$creds"
    echo "KAFKA_STARTED=yes"
    ;;
  stop)
    stop_nodes $(seq 1 "$nodes")
    log "stopped"
    ;;
  run)
    # A container's main process: start, then wait; SIGTERM stops the nodes cleanly.
    "$0" start --nodes "$nodes"
    trap 'stop_nodes $(seq 1 "$nodes"); exit 0' TERM INT
    while node_pid 1 >/dev/null; do sleep 2 & wait $!; done
    log "node 1 exited; last lines of its log:"
    tail -n 30 "$state/node-1/logs/server.log" >&2 || true
    exit 1
    ;;
  status)
    fetch_jars
    [ -f "$secrets" ] && ensure_secrets
    n=0
    for i in $(broker_nodes); do port_open "$(broker_port "$i")" && n=$((n + 1)); done
    [ "$n" -lt "$(broker_count)" ] || n=$(brokers_answering)
    echo "brokers answering: $n of $(broker_count) ($(bootstrap))"
    [ "$n" -ge "$(broker_count)" ]
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
    ensure_secrets
    start_node "$node_arg"
    wait_ready "$(broker_count)"
    log "node $node_arg is back"
    ;;
  brokers)
    bootstrap
    ;;
  min-isr)
    # The cluster-wide default of min.insync.replicas (what the topics of a stretched cluster inherit),
    # changed through Kafka's own admin API: the two-site failover lowers it, failback restores it.
    [ -n "$node_arg" ] || { log "min-isr needs a number"; exit 2; }
    fetch_jars
    ensure_secrets
    java_cmd kafka.admin.ConfigCommand --bootstrap-server "$(bootstrap)" --command-config "$admin_props" --alter \
      --entity-type brokers --entity-default --add-config "min.insync.replicas=$node_arg" >/dev/null
    log "min.insync.replicas (cluster default) is now $node_arg"
    ;;
  describe-default)
    # The cluster-wide dynamic broker configs (min.insync.replicas after a failover).
    fetch_jars
    ensure_secrets
    java_cmd kafka.admin.ConfigCommand --bootstrap-server "$(bootstrap)" --command-config "$admin_props" --describe \
      --entity-type brokers --entity-default
    ;;
  jars)
    # Where Kafka's jars are (fetched first if need be): provisioning runs ConfigCommand from them
    # (client quotas, which kafkajs cannot set).
    fetch_jars
    echo "$libs"
    ;;
  credentials)
    [ -f "$creds" ] || { log "no credentials yet: run kafka.sh start"; exit 1; }
    echo "$creds"
    ;;
  add-user | rotate-password)
    [ -n "$name_arg" ] || { log "$cmd needs a user name"; exit 2; }
    fetch_jars
    ensure_secrets
    [ "$(brokers_answering)" -ge 1 ] || { log "no broker answers: run kafka.sh start first"; exit 1; }
    case "$name_arg" in broker | controller) log "'$name_arg' is the brokers' own user"; exit 2 ;; esac
    if [ "$cmd" = add-user ] && password_of "$name_arg" >/dev/null; then log "user $name_arg exists already"; exit 0; fi
    if [ "$cmd" = rotate-password ] && ! password_of "$name_arg" >/dev/null; then log "no user $name_arg"; exit 1; fi
    kind=service agency=-
    case "$name_arg" in agency-*) kind=agency agency=${name_arg#agency-} ;; admin) kind=operator ;; esac
    password=$(new_password)
    java_cmd kafka.admin.ConfigCommand --bootstrap-server "$(bootstrap)" --command-config "$admin_props" --alter \
      --add-config "SCRAM-SHA-512=[iterations=4096,password=$password]" --entity-type users --entity-name "$name_arg" >/dev/null
    store_credential "$name_arg" "$kind" "$agency" "$password"
    [ "$name_arg" = admin ] && ensure_secrets
    log "$cmd $name_arg: done; the password is in $creds"
    ;;
  add-agency)
    [ -n "$name_arg" ] || { log "add-agency needs an agency code"; exit 2; }
    [[ "$name_arg" =~ ^[a-z][a-z0-9-]{1,39}$ ]] || { log "an agency code is 2-40 lower-case letters, digits or '-'"; exit 2; }
    "$0" add-user "agency-$name_arg" --nodes "$nodes"
    # Topics and ACLs: the same provisioning as npm start, with this agency added.
    [ -f "$repo/dist/scripts/provision.js" ] || (cd "$repo" && npm run -s build)
    KAFKA_BROKERS=$(bootstrap) KAFKA_CREDENTIALS_FILE=$creds \
      node -r "$repo/scripts/register-paths.js" "$repo/dist/scripts/provision.js" --kafka-only --agency "$name_arg"
    log "agency $name_arg: user agency-$name_arg, topics and ACLs in place; running services pick its topics up within KAFKA_TOPIC_REFRESH_MS"
    log "hand the agency its password (in $creds) over a secure channel; security officers may now create its points of contact"
    ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
