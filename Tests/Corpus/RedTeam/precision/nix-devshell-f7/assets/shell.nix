# Non-flake entry point: `nix-shell`.
# Uses the SAME nixpkgs revision as flake.lock, so there is only one pin to maintain.
let
  lock = builtins.fromJSON (builtins.readFile ./flake.lock);
  locked = lock.nodes.nixpkgs.locked;
  nixpkgs = builtins.fetchTarball {
    url = "https://github.com/NixOS/nixpkgs/archive/${locked.rev}.tar.gz";
    sha256 = locked.narHash;
  };
  pkgs = import nixpkgs { };
  python = pkgs.python312;
in
pkgs.mkShell {
  name = "app-dev";
  packages = [
    pkgs.nodejs_20
    python
    python.pkgs.pip
    python.pkgs.virtualenv
    pkgs.postgresql_16
    pkgs.just
    pkgs.jq
  ];
  shellHook = ''
    export NIX_STATE="$PWD/.nix-state"
    mkdir -p "$NIX_STATE/pg" "$NIX_STATE/npm-global"
    export PGDATA="$NIX_STATE/pg/data" PGHOST="$NIX_STATE/pg" PGPORT=54320
    export npm_config_prefix="$NIX_STATE/npm-global"
    export PATH="$PWD/node_modules/.bin:$npm_config_prefix/bin:$PATH"
    echo "app-dev shell (nix-shell): node $(node --version), python $(python3 --version | cut -d' ' -f2)"
  '';
}
