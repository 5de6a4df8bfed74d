#!/usr/bin/env bash
# ユーザーが指定したフォルダをユーザー自身の S3 バケットへ同期する。
# 既定はドライラン。--run で実際にアップロード、--mirror で削除も同期する。
#
# 使い方: backup.sh SRC_DIR s3://BUCKET/PREFIX [--profile NAME] [--run] [--mirror]
set -euo pipefail

src=${1:?"使い方: $0 SRC_DIR s3://BUCKET/PREFIX [--profile NAME] [--run] [--mirror]"}
dest=${2:?"送信先 s3://BUCKET/PREFIX を指定してください"}
shift 2

profile=""
dryrun="--dryrun"
mirror=()
while (($#)); do
  case $1 in
    --profile) profile=${2:?}; shift 2 ;;
    --run)     dryrun=""; shift ;;
    --mirror)  mirror=(--delete); shift ;;
    *) echo "不明なオプション: $1" >&2; exit 2 ;;
  esac
done

[[ -d $src ]] || { echo "フォルダがありません: $src" >&2; exit 1; }
[[ $dest == s3://?* ]] || { echo "送信先は s3:// で始まる必要があります: $dest" >&2; exit 1; }

# ホームディレクトリ全体やルートのバックアップは誤操作とみなして拒否する。
real_src=$(cd "$src" && pwd -P)
if [[ $real_src == "/" || $real_src == "$HOME" ]]; then
  echo "ルートまたはホーム全体は対象にできません。サブフォルダを指定してください。" >&2
  exit 1
fi

excludes=(
  --exclude '.env' --exclude '.env.*' --exclude '*/.env' --exclude '*/.env.*'
  --exclude '*.pem' --exclude '*.key' --exclude '*id_rsa*'
  --exclude '.git/*' --exclude '*/.git/*' --exclude '*/node_modules/*'
)

profile_args=()
[[ -n $profile ]] && profile_args=(--profile "$profile")

cmd=(aws s3 sync "$real_src" "$dest" "${excludes[@]}" --no-progress
     "${profile_args[@]}" "${mirror[@]}")
if [[ -n $dryrun ]]; then
  cmd+=("$dryrun")          # ドライランでは予定の upload/delete 行をすべて表示する
else
  cmd+=(--only-show-errors)
fi

printf '実行するコマンド:'; printf ' %q' "${cmd[@]}"; echo
"${cmd[@]}"

if [[ -n $dryrun ]]; then
  echo
  echo "これはドライランです。内容を確認したら --run を付けて再実行してください。"
fi
