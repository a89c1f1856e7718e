#!/usr/bin/env bash
# Two data sites (a, b) and a tie-breaker (c) on this one machine, each a set of plain processes with
# its own ports and data directories under .passerelle/sites/ (docs/continuity.md):
#
#   site a: etcd a, Patroni + Postgres pg-a, HAProxy a, Kafka brokers 1, 2 (rack a, node 1 also a controller)
#   site b: etcd b, Patroni + Postgres pg-b, HAProxy b, Kafka brokers 3, 4 (rack b, node 3 also a controller)
#   site c: etcd c, Kafka controller 5 (no data: it only breaks ties)
#
# Postgres: Patroni with etcd (v3 API) as its DCS, synchronous_mode and synchronous_mode_strict: no
# commit is acknowledged unless it is on both sites. Each site's HAProxy sends clients to the
# member whose Patroni REST API answers 200 on /primary. Kafka: infra/kafka/kafka.sh --nodes 5
# (replication factor 4, min.insync.replicas 3, broker.rack = site).
#
#   infra/sites/sites.sh start          start whatever is not running, wait until a primary answers through both HAProxies
#   infra/sites/sites.sh stop           stop everything (SIGTERM, then SIGKILL after a deadline)
#   infra/sites/sites.sh status         one line per process, the Patroni members, the Kafka brokers; exit 0 when all run
#   infra/sites/sites.sh kill-site a|b  kill -9 every process of a site at once (the drill's cut)
#   infra/sites/sites.sh start-site a|b start a site's processes again
#   infra/sites/sites.sh failover a|b   the runbook after losing the OTHER site: refuses while that site answers
#                                       (split brain is not a site loss); waits for Patroni's own promotion, lets
#                                       Postgres commit on one site (synchronous_mode off) and Kafka accept
#                                       writes on two replicas (min.insync.replicas 2); each step printed and timed
#   infra/sites/sites.sh failback a|b   the returning site: starts it, waits until its Postgres is a streaming
#                                       replica and its brokers are back in every ISR, then restores
#                                       synchronous_mode(_strict) and min.insync.replicas 3
#   infra/sites/sites.sh provision      the deployment's topics (replication factor 4, the brokers' min ISR) and
#                                       ACLs, and the check that every partition has two replicas in each site
#   infra/sites/sites.sh env a|b        the DATABASE_URL and Kafka settings of a site's apps
#   infra/sites/sites.sh start-apps a|b the site's gateway, router, intake, audit and console as background
#                                       processes with the site's env (ports a: 3101-3105, b: 3201-3205; the
#                                       database and demo principals made once, keys in credentials.json;
#                                       pids in apps-<site>.pids, logs in logs/<app>-<site>.log), ready on /health
#
# `start` also starts both sites' apps (a, then b) unless SITES_APPS=0; `failback` starts the returning
# site's apps again when the other site's run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
state=${PASSERELLE_SITES_DIR:-$repo/.passerelle/sites}
kafka_dir="$state/kafka"
pg_user=${PASSERELLE_PG_USER:-postgres}
pg_bin=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
ready_timeout=${SITES_READY_TIMEOUT:-180}
umask 077

log() { echo "sites: $*" >&2; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

etcd_client_port() { case "$1" in a) echo 23791 ;; b) echo 23792 ;; c) echo 23793 ;; esac; }
etcd_peer_port() { case "$1" in a) echo 23801 ;; b) echo 23802 ;; c) echo 23803 ;; esac; }
pg_port() { case "$1" in a) echo 25431 ;; b) echo 25432 ;; esac; }
rest_port() { case "$1" in a) echo 28011 ;; b) echo 28012 ;; esac; }
haproxy_port() { case "$1" in a) echo 25441 ;; b) echo 25442 ;; esac; }
kafka_nodes() { case "$1" in a) echo "1 2" ;; b) echo "3 4" ;; c) echo 5 ;; esac; }

need() {
  local missing=()
  command -v etcd >/dev/null || missing+=(etcd-server)
  command -v patroni >/dev/null || missing+=(patroni)
  command -v haproxy >/dev/null || missing+=(haproxy)
  [ -x "$pg_bin/postgres" ] || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then log "missing Debian packages: ${missing[*]} (apt-get install ${missing[*]})"; exit 1; fi
}

pid_of() {
  local f="$state/$1.pid" pid
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Postgres refuses root: Patroni (which runs it) runs as the postgres user, in directories it can reach.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
prepare_state() {
  mkdir -p "$state/logs"
  if [ "$(id -u)" = 0 ]; then
    chmod 711 "$repo/.passerelle" "$state" 2>/dev/null || true
    if ! runuser -u "$pg_user" -- test -x "$state"; then
      log "$state is not reachable by the $pg_user user (a parent directory is closed): set PASSERELLE_SITES_DIR"
      exit 1
    fi
  fi
}

secret() {
  local f="$state/secrets.env"
  [ -f "$f" ] || printf 'REPLICATION_PASSWORD=%s\nSUPERUSER_PASSWORD=%s\n' "$(openssl rand -hex 16)" "$(openssl rand -hex 16)" >"$f"
  # shellcheck disable=SC1090
  . "$f"
}

start_etcd() {
  local s=$1
  local dir="$state/etcd-$s"
  pid_of "etcd-$s" >/dev/null && return
  port_open "$(etcd_client_port "$s")" && { log "port $(etcd_client_port "$s") (etcd $s) is taken by a process this script did not start"; exit 1; }
  mkdir -p "$dir"
  local cluster="a=http://127.0.0.1:23801,b=http://127.0.0.1:23802,c=http://127.0.0.1:23803" st=new
  [ -d "$dir/member" ] && st=existing
  setsid nohup etcd --name "$s" --data-dir "$dir" \
    --listen-client-urls "http://127.0.0.1:$(etcd_client_port "$s")" --advertise-client-urls "http://127.0.0.1:$(etcd_client_port "$s")" \
    --listen-peer-urls "http://127.0.0.1:$(etcd_peer_port "$s")" --initial-advertise-peer-urls "http://127.0.0.1:$(etcd_peer_port "$s")" \
    --initial-cluster "$cluster" --initial-cluster-state "$st" --initial-cluster-token passerelle-sites \
    --heartbeat-interval 200 --election-timeout 2000 --quota-backend-bytes 268435456 \
    >"$state/logs/etcd-$s.log" 2>&1 </dev/null &
  echo $! >"$state/etcd-$s.pid"
}

write_patroni() {
  local s=$1
  local dir="$state/pg-$s"
  mkdir -p "$dir"
  secret
  cat >"$dir/patroni.yml" <<YAML
scope: passerelle
namespace: /passerelle/
name: pg-$s
log:
  level: WARNING
restapi:
  listen: 127.0.0.1:$(rest_port "$s")
  connect_address: 127.0.0.1:$(rest_port "$s")
# Each site's Patroni talks to its own site's etcd member only (use_proxies: no discovery of the
# others): a site cut from the others — or that lost its etcd — loses the DCS and its primary
# demotes itself, while the other site's etcd member and c's keep the quorum (split brain, docs/continuity.md).
etcd3:
  hosts: 127.0.0.1:$(etcd_client_port "$s")
  use_proxies: true
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 0
    synchronous_mode: true
    synchronous_mode_strict: true
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: 'on'
        wal_log_hints: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        max_connections: 100
        shared_buffers: 32MB
        synchronous_commit: 'on'
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
  pg_hba:
    - local all all trust
    - host all all 127.0.0.1/32 trust
    - local replication all trust
    - host replication all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:$(pg_port "$s")
  connect_address: 127.0.0.1:$(pg_port "$s")
  data_dir: $dir/data
  bin_dir: $pg_bin
  pgpass: $dir/pgpass
  authentication:
    replication:
      username: replicator
      password: $REPLICATION_PASSWORD
    superuser:
      username: postgres
      password: $SUPERUSER_PASSWORD
    rewind:
      username: postgres
      password: $SUPERUSER_PASSWORD
  parameters:
    unix_socket_directories: $dir
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
  nosync: false
YAML
  [ "$(id -u)" = 0 ] && chown -R "$pg_user:" "$dir"
  return 0
}

start_patroni() {
  local s=$1
  pid_of "patroni-$s" >/dev/null && return
  port_open "$(pg_port "$s")" && { log "port $(pg_port "$s") (Postgres $s) is taken by a process this script did not start"; exit 1; }
  write_patroni "$s"
  : >"$state/logs/patroni-$s.log"
  [ "$(id -u)" = 0 ] && chown "$pg_user:" "$state/logs/patroni-$s.log"
  setsid nohup bash -c "$(declare -f as_pg); pg_user=$pg_user; as_pg patroni '$state/pg-$s/patroni.yml' >>'$state/logs/patroni-$s.log' 2>&1" </dev/null >/dev/null 2>&1 &
  # The pid of patroni itself (runuser's child), for kill -9.
  local deadline=$((SECONDS + 10)) pid=""
  while [ -z "$pid" ] && [ $SECONDS -lt $deadline ]; do
    pid=$(pgrep -f "^/usr/bin/python3 /usr/bin/patroni $state/pg-$s/patroni.yml" | head -1 || true)
    [ -n "$pid" ] || sleep 0.2
  done
  [ -n "$pid" ] || { log "patroni $s did not start:"; tail -20 "$state/logs/patroni-$s.log" >&2; exit 1; }
  echo "$pid" >"$state/patroni-$s.pid"
}

write_haproxy() {
  local s=$1
  local dir="$state/haproxy-$s"
  mkdir -p "$dir"
  cat >"$dir/haproxy.cfg" <<CFG
global
  maxconn 400
defaults
  mode tcp
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 2s
# Only the member whose Patroni REST API says it is the primary (200 on /primary) gets clients;
# when that changes, the sessions to the old one are cut so that no client keeps writing to it.
listen postgres
  bind 127.0.0.1:$(haproxy_port "$s")
  option httpchk OPTIONS /primary
  http-check expect status 200
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server pg-a 127.0.0.1:$(pg_port a) maxconn 100 check port $(rest_port a)
  server pg-b 127.0.0.1:$(pg_port b) maxconn 100 check port $(rest_port b)
CFG
}

start_haproxy() {
  local s=$1
  pid_of "haproxy-$s" >/dev/null && return
  port_open "$(haproxy_port "$s")" && { log "port $(haproxy_port "$s") (HAProxy $s) is taken by a process this script did not start"; exit 1; }
  write_haproxy "$s"
  setsid nohup haproxy -W -db -f "$state/haproxy-$s/haproxy.cfg" >"$state/logs/haproxy-$s.log" 2>&1 </dev/null &
  echo $! >"$state/haproxy-$s.pid"
}

kafka() { PASSERELLE_KAFKA_DIR="$kafka_dir" bash "$repo/infra/kafka/kafka.sh" "$@" --nodes 5; }

# The site's Postgres member role as Patroni's REST API says it ("primary", "replica"), or "down".
# (Patroni 3.0 still says "master".)
role_of() {
  curl -s -m 2 "http://127.0.0.1:$(rest_port "$1")/patroni" 2>/dev/null | sed -n 's/.*"role": *"\([a-z_]*\)".*/\1/p' | sed 's/^master$/primary/' | grep . || echo down
}

primary_through() { PGCONNECT_TIMEOUT=3 "$pg_bin/psql" -qtAX -h 127.0.0.1 -p "$(haproxy_port "$1")" -U postgres -d postgres -c 'select not pg_is_in_recovery()' 2>/dev/null | grep -q t; }

wait_primary() {
  local deadline=$((SECONDS + ready_timeout)) s
  for s in "$@"; do
    until primary_through "$s"; do
      [ $SECONDS -lt $deadline ] || { log "no primary through HAProxy $s within ${ready_timeout}s"; tail -15 "$state"/logs/patroni-*.log >&2; exit 1; }
      sleep 1
    done
  done
}

# The Kafka nodes start_site started, for wait_kafka_starts (a bare `wait` would also wait for the
# site's etcd, Patroni and HAProxy, which this shell started in the background and which never end).
kafka_starts=()
start_site() {
  local s=$1 i
  start_etcd "$s"
  if [ "$s" != c ]; then start_patroni "$s"; start_haproxy "$s"; fi
  for i in $(kafka_nodes "$s"); do
    pidf="$kafka_dir/cluster-5/node-$i/pid"
    if [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then continue; fi
    kafka start-node "$i" >/dev/null 2>&1 &
    kafka_starts+=($!)
  done
}
wait_kafka_starts() { if [ ${#kafka_starts[@]} -gt 0 ]; then wait "${kafka_starts[@]}" || true; fi; }

kill_site() {
  local s=$1 name pid pids="" i
  for name in "etcd-$s" "patroni-$s" "haproxy-$s"; do if pid=$(pid_of "$name"); then pids="$pids $pid"; fi; done
  # Patroni's Postgres (and its children): everything whose data directory is the site's.
  if [ "$s" != c ]; then
    local pm="$state/pg-$s/data/postmaster.pid"
    [ -f "$pm" ] && pids="$pids $(head -1 "$pm")"
  fi
  for i in $(kafka_nodes "$s"); do [ -f "$kafka_dir/cluster-5/node-$i/pid" ] && pids="$pids $(cat "$kafka_dir/cluster-5/node-$i/pid")"; done
  [ -f "$state/apps-$s.pids" ] && pids="$pids $(cat "$state/apps-$s.pids")"
  # shellcheck disable=SC2086
  [ -n "${pids// /}" ] && kill -KILL $pids 2>/dev/null || true
  # kill -9 is delivered at once but a process takes a moment to go (a JVM under load): wait until
  # none is left, so that what follows (the failover's "does the site still answer?") sees the loss.
  local deadline=$((SECONDS + 15)) left
  while :; do
    left=""
    for pid in $pids; do kill -0 "$pid" 2>/dev/null && left="$left $pid"; done
    [ -z "$left" ] || [ $SECONDS -ge $deadline ] && break
    sleep 0.1
  done
  # Their pid files go with them: a pid is soon reused on a busy machine, and a start that found one
  # alive would take a stranger for the site's process and not start it (seen: HAProxy a not restarted at failback).
  for name in "etcd-$s" "patroni-$s" "haproxy-$s"; do rm -f "$state/$name.pid"; done
  rm -f "$state/apps-$s.pids"
  log "site $s killed (kill -9:$pids)${left:+; still there after 15 s:$left}"
}

other() { if [ "$1" = a ]; then echo b; else echo a; fi; }
step_t0=$SECONDS
step() { echo "[+$((SECONDS - step_t0))s] $*"; }
site_answers() {
  # Anything of the site that answers: its etcd, its Patroni REST API, its brokers.
  local s=$1 i
  curl -s -m 2 "http://127.0.0.1:$(etcd_client_port "$s")/health" >/dev/null 2>&1 && return 0
  curl -s -m 2 "http://127.0.0.1:$(rest_port "$s")/patroni" >/dev/null 2>&1 && return 0
  for i in $(kafka_nodes "$s"); do port_open $((29090 + 2 * i)) && return 0; done
  return 1
}
patroni_config() { curl -s -m 3 "http://127.0.0.1:$(rest_port "$1")/config"; }
patch_config() { curl -s -m 5 -XPATCH -d "$2" "http://127.0.0.1:$(rest_port "$1")/config" >/dev/null; }
isr_default() {
  # The cluster-wide min.insync.replicas; the brokers' static 3 when no dynamic default is set.
  local v
  v=$(sites_kafka min-isr 2>/dev/null || true)
  case "$v" in [0-9]) echo "$v" ;; *) echo 3 ;; esac
}

failover() {
  local keep=$1 lost
  lost=$(other "$1")
  # Ask the surviving site's brokers first: the lost site's would each cost a connection timeout.
  kafka_site=$keep
  step "failover to site $keep after the loss of site $lost"
  if site_answers "$lost"; then
    echo "site $lost still answers (etcd, Patroni or a broker): this is not a site loss; nothing changed." >&2
    echo "For a planned move use Patroni's switchover; for a cut link between the sites see 'split brain' in docs/continuity.md." >&2
    exit 1
  fi
  local deadline=$((SECONDS + 90))
  until [ "$(role_of "$keep")" = primary ]; do
    [ $SECONDS -lt $deadline ] || { echo "Patroni did not promote pg-$keep within 90 s (role: $(role_of "$keep"))" >&2; exit 1; }
    sleep 0.5
  done
  step "1. Postgres: Patroni promoted pg-$keep by itself (etcd b and c hold the quorum)"
  if patroni_config "$keep" | grep -q '"synchronous_mode": true'; then
    patch_config "$keep" '{"synchronous_mode": false, "synchronous_mode_strict": false}'
    until [ -z "$(PGCONNECT_TIMEOUT=3 "$pg_bin/psql" -qtAX -h 127.0.0.1 -p "$(pg_port "$keep")" -U postgres -d postgres -c 'show synchronous_standby_names' 2>/dev/null)" ]; do sleep 0.2; done
    step "2. Postgres: synchronous_mode off: pg-$keep commits alone (until failback, a commit is on one site only)"
  else
    step "2. Postgres: synchronous_mode already off: nothing to do"
  fi
  if [ "$(isr_default)" != 2 ]; then
    sites_kafka min-isr 2 >/dev/null
    step "3. Kafka: min.insync.replicas 3 -> 2 (cluster default, admin API): site $keep's two brokers accept writes"
  else
    step "3. Kafka: min.insync.replicas already 2: nothing to do"
  fi
  until primary_through "$keep"; do sleep 0.5; done
  step "4. HAProxy $keep sends clients to pg-$keep; site $keep carries the load"
}

failback() {
  local back=$1 keep
  keep=$(other "$1")
  step "failback of site $back (site $keep carries the load)"
  if [ "$(role_of "$back")" = primary ]; then echo "pg-$back is the primary already: nothing to fail back." >&2; exit 1; fi
  if ! [ "$(role_of "$keep")" = primary ]; then echo "pg-$keep is not the primary: fail over to site $keep first." >&2; exit 1; fi
  start_site "$back"
  wait_kafka_starts
  local deadline=$((SECONDS + 180))
  until curl -s -m 2 "http://127.0.0.1:$(rest_port "$keep")/cluster" | grep -q "\"name\": \"pg-$back\", \"role\": \"[a-z_]*\", \"state\": \"\(running\|streaming\)\""; do
    [ $SECONDS -lt $deadline ] || { echo "pg-$back did not rejoin as a replica within 180 s" >&2; tail -20 "$state/logs/patroni-$back.log" >&2; exit 1; }
    sleep 1
  done
  step "1. Postgres: pg-$back rejoined as a replica of pg-$keep (pg_rewind when its timeline diverged)"
  until [ "$(sites_kafka under-replicated 2>/dev/null)" = 0 ]; do
    [ $SECONDS -lt $deadline ] || { echo "Kafka partitions still under-replicated after 180 s" >&2; exit 1; }
    sleep 2
  done
  step "2. Kafka: site $back's brokers are back in every ISR (no under-replicated partition)"
  patch_config "$keep" '{"synchronous_mode": true, "synchronous_mode_strict": true}'
  until curl -s -m 2 "http://127.0.0.1:$(rest_port "$keep")/cluster" | grep -q "\"name\": \"pg-$back\", \"role\": \"sync_standby\""; do
    [ $SECONDS -lt $deadline ] || { echo "pg-$back did not become the synchronous standby" >&2; exit 1; }
    sleep 0.5
  done
  step "3. Postgres: synchronous_mode(_strict) on again: every commit on both sites"
  sites_kafka min-isr 3 >/dev/null
  step "4. Kafka: min.insync.replicas 2 -> 3: every acknowledged write on both sites"
  if [ "${SITES_SWITCHOVER:-1}" = 1 ]; then
    curl -s -m 60 -XPOST -d "{\"leader\": \"pg-$keep\", \"candidate\": \"pg-$back\"}" "http://127.0.0.1:$(rest_port "$keep")/switchover" >/dev/null
    # 60 s was too short at load average 30: the switchover finished later (drill --apps run 2).
    deadline=$((SECONDS + 180))
    until [ "$(role_of "$back")" = primary ] && primary_through "$back" && primary_through "$keep"; do
      [ $SECONDS -lt $deadline ] || { echo "switchover to pg-$back did not finish within 180 s" >&2; exit 1; }
      sleep 0.5
    done
    step "5. Postgres: switchover (Patroni) back to pg-$back, no commit lost (the standby was synchronous)"
  fi
  if [ "${SITES_APPS:-1}" != 0 ] && [ -f "$state/apps-$keep.pids" ]; then
    start_apps "$back" >/dev/null
    step "6. Apps: site $back's gateway, router, intake, audit and console answer /health again"
  fi
}

# The site's apps (scripts/sites-apps.ts), with the site's env: its HAProxy, its brokers first.
start_apps() {
  # shellcheck disable=SC2046
  env $(bash "$0" env "$1") PASSERELLE_SITES_DIR="$state" node -r "$repo/scripts/register-paths.js" "$repo/dist/scripts/sites-apps.js" start "$1"
}
apps_status() { PASSERELLE_SITES_DIR="$state" node -r "$repo/scripts/register-paths.js" "$repo/dist/scripts/sites-apps.js" status "$1"; }

provision() {
  local env_lines
  env_lines=$(bash "$0" env a)
  # shellcheck disable=SC2046
  env $(echo "$env_lines" | grep KAFKA) KAFKA_REPLICATION_FACTOR=4 KAFKA_MIN_INSYNC_REPLICAS=inherit \
    node -r "$repo/scripts/register-paths.js" "$repo/dist/scripts/provision.js" --kafka-only
  # Rack-aware placement: every partition has two replicas in site a (brokers 1, 2) and two in b (3, 4).
  sites_kafka placement
}
sites_kafka() {
  # shellcheck disable=SC2046
  env $(bash "$0" env "${kafka_site:-a}" | grep KAFKA) node -r "$repo/scripts/register-paths.js" "$repo/dist/scripts/sites-kafka.js" "$@"
}

cmd=${1:-}
[ -n "$cmd" ] && shift
case "$cmd" in
  start)
    need
    prepare_state
    log "starting etcd a, b, c"
    for s in a b c; do start_etcd "$s"; done
    deadline=$((SECONDS + 60))
    until curl -s -m 2 "http://127.0.0.1:23791/health" | grep -q '"health":"true"'; do
      [ $SECONDS -lt $deadline ] || { log "etcd did not become healthy"; tail -5 "$state"/logs/etcd-*.log >&2; exit 1; }
      sleep 0.5
    done
    log "starting Patroni a (bootstraps the primary), then b (replica), and HAProxy a, b"
    start_patroni a
    wait_for_a=$((SECONDS + ready_timeout))
    until [ "$(role_of a)" = primary ] || [ "$(role_of b)" = primary ]; do
      [ $SECONDS -lt $wait_for_a ] || { log "Patroni a did not bootstrap a primary"; tail -20 "$state/logs/patroni-a.log" >&2; exit 1; }
      sleep 1
    done
    start_patroni b
    start_haproxy a
    start_haproxy b
    log "starting Kafka (5 nodes over a, b, c)"
    kafka start >"$state/logs/kafka-start.log" 2>&1 || { tail -20 "$state/logs/kafka-start.log" >&2; exit 1; }
    wait_primary a b
    [ -f "$repo/dist/scripts/provision.js" ] || (cd "$repo" && npm run build >/dev/null)
    provision
    if [ "${SITES_APPS:-1}" != 0 ]; then
      log "starting the apps of site a, then of site b (SITES_APPS=0 skips this)"
      start_apps a
      start_apps b
    fi
    log "ready: Postgres through 127.0.0.1:$(haproxy_port a) (site a) and 127.0.0.1:$(haproxy_port b) (site b); Kafka $(kafka brokers)"
    ;;
  stop)
    for s in a b; do
      # shellcheck disable=SC2046
      if [ -f "$state/apps-$s.pids" ]; then kill -TERM $(cat "$state/apps-$s.pids") 2>/dev/null || true; fi
    done
    rm -f "$state"/apps-*.pids
    for s in a b; do if pid=$(pid_of "haproxy-$s"); then kill -TERM "$pid" || true; fi; done
    kafka stop 2>/dev/null || true
    pids=""
    for s in b a; do if pid=$(pid_of "patroni-$s"); then kill -TERM "$pid" || true; pids="$pids $pid"; fi; done
    for pid in $pids; do
      deadline=$((SECONDS + 40))
      while kill -0 "$pid" 2>/dev/null; do [ $SECONDS -lt $deadline ] || { kill -KILL "$pid"; break; }; sleep 0.3; done
    done
    for s in a b; do
      pm="$state/pg-$s/data/postmaster.pid"
      if [ -f "$pm" ] && kill -0 "$(head -1 "$pm")" 2>/dev/null; then as_pg "$pg_bin/pg_ctl" -D "$state/pg-$s/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    done
    for s in a b c; do if pid=$(pid_of "etcd-$s"); then kill -TERM "$pid" || true; fi; done
    rm -f "$state"/*.pid
    log "stopped"
    ;;
  status)
    ok=0
    for name in etcd-a etcd-b etcd-c patroni-a patroni-b haproxy-a haproxy-b; do
      if pid=$(pid_of "$name"); then echo "$name running (pid $pid)"; else echo "$name DOWN"; ok=1; fi
    done
    for s in a b; do echo "pg-$s: $(role_of "$s") (Patroni REST 127.0.0.1:$(rest_port "$s"), Postgres 127.0.0.1:$(pg_port "$s"))"; done
    for s in a b; do if primary_through "$s"; then echo "HAProxy $s (127.0.0.1:$(haproxy_port "$s")): reaches the primary"; else echo "HAProxy $s: NO primary"; ok=1; fi; done
    curl -s -m 2 "http://127.0.0.1:$(rest_port a)/cluster" 2>/dev/null || curl -s -m 2 "http://127.0.0.1:$(rest_port b)/cluster" 2>/dev/null || true
    echo
    kafka status || ok=1
    for s in a b; do
      if [ -f "$state/apps-$s.pids" ]; then apps_status "$s" || ok=1; else echo "apps of site $s: not started (sites.sh start-apps $s)"; fi
    done
    exit $ok
    ;;
  kill-site)
    s=${1:-}
    case "$s" in a | b | c) kill_site "$s" ;; *) log "kill-site needs a, b or c"; exit 2 ;; esac
    ;;
  start-site)
    s=${1:-}
    case "$s" in a | b | c) need; prepare_state; start_site "$s"; wait_kafka_starts ;; *) log "start-site needs a, b or c"; exit 2 ;; esac
    ;;
  failover | failback)
    s=${1:-}
    case "$s" in a | b) "$cmd" "$s" ;; *) log "$cmd needs a or b (the site that takes the load, or the one that returns)"; exit 2 ;; esac
    ;;
  provision)
    provision
    ;;
  start-apps)
    s=${1:-}
    case "$s" in a | b) start_apps "$s" ;; *) log "start-apps needs a or b"; exit 2 ;; esac
    ;;
  env)
    s=${1:-}
    case "$s" in a | b) ;; *) log "env needs a or b"; exit 2 ;; esac
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$(haproxy_port "$s")/passerelle"
    if [ "$s" = a ]; then echo "KAFKA_BROKERS=127.0.0.1:29092,127.0.0.1:29094,127.0.0.1:29096,127.0.0.1:29098"; else echo "KAFKA_BROKERS=127.0.0.1:29096,127.0.0.1:29098,127.0.0.1:29092,127.0.0.1:29094"; fi
    echo "KAFKA_CREDENTIALS_FILE=$kafka_dir/cluster-5/credentials.json"
    ;;
  *)
    sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
