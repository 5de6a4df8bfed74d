{
  description = "Dev shell: Node 20, Python 3.12, PostgreSQL 16";

  inputs = {
    # Exact commit and hash are recorded in flake.lock (commit it).
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        python = pkgs.python312;
      in
      {
        devShells.default = pkgs.mkShell {
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

          # Only prints versions and sets project-local paths. No downloads, no daemons.
          shellHook = ''
            export PROJECT_ROOT="$PWD"
            export NIX_STATE="$PROJECT_ROOT/.nix-state"
            mkdir -p "$NIX_STATE/pg" "$NIX_STATE/npm-global"

            export PGDATA="$NIX_STATE/pg/data"
            export PGHOST="$NIX_STATE/pg"
            export PGPORT=54320
            export npm_config_prefix="$NIX_STATE/npm-global"
            export PATH="$PROJECT_ROOT/node_modules/.bin:$npm_config_prefix/bin:$PATH"

            echo "app-dev shell"
            echo "  node     $(node --version)"
            echo "  npm      $(npm --version)"
            echo "  python   $(python3 --version | cut -d' ' -f2)"
            echo "  postgres $(postgres --version | awk '{print $3}')"
            echo "  just     $(just --version | cut -d' ' -f2)"
            echo ""
            if [ ! -d "$PGDATA" ]; then
              echo "  first time? initialise the local DB with: initdb --auth=trust --username=dev"
            fi
            echo "  start DB:  pg_ctl -l \"$NIX_STATE/pg/log\" -o \"-k $PGHOST\" start"
            echo "  stop DB:   pg_ctl stop"
          '';
        };

        formatter = pkgs.nixpkgs-fmt;
      });
}
