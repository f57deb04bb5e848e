#!/usr/bin/env bash
# Serves each shard of a sharded Segugio database (segugio-index --shards N) with
# Xapian's own remote server, xapian-tcpsrv, read-only (no --writable), one port per
# shard, and writes the stub database that segugio-query --db opens.
#
#   scripts/serve-shards.sh [--interface ADDR] [--host HOST] [--port FIRST]
#                           [--stub FILE] [--pids FILE] DB
#   scripts/serve-shards.sh --stop [--pids FILE]
#
#   --interface ADDR  address the servers bind to (default 127.0.0.1; 0.0.0.0 = all)
#   --host HOST       the name clients reach them by, written in the stub
#                     (default: ADDR, or this machine's name when ADDR is 0.0.0.0)
#   --port FIRST      shard i listens on FIRST + i (default 33333)
#   --stub FILE       the stub to write (default DB.remote): one "remote HOST:PORT" line
#                     per shard, in the order of DB/XAPIANDB
#   --pids FILE       where the servers' process ids go (default DB.pids); --stop
#                     stops exactly those processes
#
# Example:
#   segugio-index --db news.db --shards 4 articles.jsonl.gz
#   scripts/serve-shards.sh --port 40000 news.db      # 4 servers on 127.0.0.1:40000-40003
#   segugio-query --db news.db.remote "Kim Jong Un"
#   scripts/serve-shards.sh --stop --pids news.db.pids
#
# Exit codes: 0 every shard is served and the stub written; 2 bad options, a missing
# database or xapian-tcpsrv, or a server that did not start (the others are stopped).
set -euo pipefail

die() { echo "serve-shards: $*" >&2; exit 2; }

interface=127.0.0.1 host= port=33333 stub= pids= stop=0 db=
while (($#)); do
  case "$1" in
    --interface) interface=${2:?}; shift 2 ;;
    --host) host=${2:?}; shift 2 ;;
    --port) port=${2:?}; shift 2 ;;
    --stub) stub=${2:?}; shift 2 ;;
    --pids) pids=${2:?}; shift 2 ;;
    --stop) stop=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -z $db ]] || die "give one database"; db=${1%/}; shift ;;
  esac
done

if ((stop)); then
  [[ -n $pids ]] || { [[ -n $db ]] && pids=$db.pids; } || die "--stop needs --pids FILE or DB"
  [[ -f $pids ]] || die "no pid file $pids"
  while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$pids"
  rm -f "$pids"
  exit 0
fi

[[ -n $db ]] || die "give the sharded database folder (see --help)"
[[ -f $db/XAPIANDB ]] || die "$db has no XAPIANDB stub: is it a database written by segugio-index --shards N?"
[[ $port =~ ^[0-9]+$ ]] || die "--port takes a number"
command -v xapian-tcpsrv > /dev/null || die "xapian-tcpsrv is not installed (Debian: xapian-tools)"
stub=${stub:-$db.remote}
pids=${pids:-$db.pids}
if [[ -z $host ]]; then
  if [[ $interface == 0.0.0.0 ]]; then host=$(hostname -f 2>/dev/null || hostname); else host=$interface; fi
fi

mapfile -t shards < <(awk '$1 == "auto" || $1 == "glass" { print $2 }' "$db/XAPIANDB")
((${#shards[@]})) || die "$db/XAPIANDB lists no local shards"

started=()
stop_started() { for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap 'stop_started; exit 2' INT TERM

lines=()
for i in "${!shards[@]}"; do
  shard=${shards[$i]}
  [[ $shard == /* ]] || shard=$db/$shard
  p=$((port + i))
  xapian-tcpsrv --quiet --interface "$interface" --port "$p" "$shard" < /dev/null > /dev/null 2> "$shard.tcpsrv.log" &
  started+=($!)
  lines+=("remote $host:$p")
done

# Each server must accept a connection within 10 s (bash's /dev/tcp, no extra tool).
probe=$interface
[[ $probe == 0.0.0.0 ]] && probe=127.0.0.1
for i in "${!shards[@]}"; do
  p=$((port + i))
  for _ in $(seq 100); do
    if (exec 3<> "/dev/tcp/$probe/$p") 2> /dev/null; then continue 2; fi
    kill -0 "${started[$i]}" 2> /dev/null || break
    sleep 0.1
  done
  stop_started
  die "xapian-tcpsrv did not start on $interface:$p for ${shards[$i]}: $(cat "$db/${shards[$i]}.tcpsrv.log" 2>/dev/null)"
done

printf '%s\n' "${started[@]}" > "$pids"
{
  echo "# Segugio shards of $db served by xapian-tcpsrv (scripts/serve-shards.sh)"
  printf '%s\n' "${lines[@]}"
} > "$stub"
echo "serving ${#shards[@]} shards on $interface:$port-$((port + ${#shards[@]} - 1)); stub: $stub; pids: $pids"
