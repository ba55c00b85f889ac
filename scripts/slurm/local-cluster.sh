#!/usr/bin/env bash
# Starts (or stops) a single-node SLURM cluster on this machine for testing, as root:
# munge, slurmctld and slurmd with a minimal slurm.conf. Needs Debian's slurm-wlm and munge.
# usage: scripts/slurm/local-cluster.sh start|stop
set -euo pipefail
action="${1:-start}"
state=/tmp/loyaltylab-slurm
if [ "$action" = stop ]; then
  for p in slurmd slurmctld munged; do
    [ -f "$state/$p.pid" ] && kill "$(cat "$state/$p.pid")" 2>/dev/null || true
  done
  pkill -x slurmd 2>/dev/null || true; pkill -x slurmctld 2>/dev/null || true
  exit 0
fi
[ "$(id -u)" = 0 ] || { echo "local-cluster.sh must run as root" >&2; exit 1; }
command -v slurmctld >/dev/null || { echo "slurm-wlm is not installed" >&2; exit 1; }
mkdir -p "$state" /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /etc/slurm /etc/munge /run/munge
host="$(hostname -s)"
cpus="$(nproc)"
mem=$(( $(free -m | awk '/^Mem:/ {print $2}') * 8 / 10 ))
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=loyaltylab
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SchedulerType=sched/backfill
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key /run/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key
if ! pgrep -x munged >/dev/null; then
  runuser -u munge -- munged --pid-file="$state/munged.pid" 2>/dev/null || su -s /bin/sh munge -c "munged"
fi
pgrep -x slurmctld >/dev/null || slurmctld -c
pgrep -x slurmd >/dev/null || slurmd -c
for _ in $(seq 1 60); do
  if sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mix|alloc'; then echo "SLURM up on $host"; exit 0; fi
  scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true
  sleep 1
done
echo "SLURM did not come up; see /var/log/slurm/" >&2
exit 1
