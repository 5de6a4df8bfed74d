#!/usr/bin/env bash
warn=85
df -P -x tmpfs -x devtmpfs | awk -v w=$warn 'NR>1{gsub("%","",$5); if($5>w) print "DISK "$6" at "$5"%"}'
systemctl --failed --no-legend | awk '{print "FAILED "$1}'
awk '/MemAvailable/{a=$2}/MemTotal/{t=$2}END{p=100-a*100/t; if(p>90) printf "MEM %.0f%% used\n",p}' /proc/meminfo
for d in /dev/sd? /dev/nvme?n1; do [ -e "$d" ] && sudo -n smartctl -H "$d" 2>/dev/null | grep -q PASSED || echo "SMART check failed/unavailable for $d"; done
