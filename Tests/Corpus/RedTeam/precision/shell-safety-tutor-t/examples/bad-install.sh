#!/bin/bash
# Teaching sample: an install script with many classic mistakes.
# Used as linter input in the tutorial. Do not run.
PREFIX=$1
curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -
sudo apt-get install -y nodejs
rm -rf $PREFIX/lib/myapp
mkdir -p $PREFIX/lib/myapp
chmod -R 777 $PREFIX/lib/myapp
eval "$(curl -s https://config.internal.acme-corp.com/env.sh)"
curl -k -H "Authorization: Bearer $DEPLOY_TOKEN" https://artifacts.acme-corp.com/myapp.tgz -o /tmp/myapp.tgz
tar xzf /tmp/myapp.tgz -C $PREFIX/lib/myapp
unset HISTFILE
