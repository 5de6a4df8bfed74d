#!/usr/bin/env python3
"""向企业微信 / 飞书群机器人发送通知。密钥仅从环境变量读取，输出时打码。"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.request

WECOM_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={key}"


def mask(s: str) -> str:
    return s[:4] + "****" + s[-4:] if len(s) > 10 else "****"


def post(url, body, label, dry):
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    if dry:
        print(f"[dry-run] {label}: {data.decode()}")
        return True
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(req, timeout=10) as r:
        resp = json.loads(r.read().decode("utf-8"))
    code = resp.get("errcode", resp.get("code", 0))
    if code == 0:
        print(f"{label}: 发送成功")
        return True
    if code == 45009:
        print(f"{label}: 触发频率限制（每分钟 20 条），请稍后重试", file=sys.stderr)
    else:
        print(f"{label}: 发送失败 errcode={code} {resp.get('errmsg') or resp.get('msg')}", file=sys.stderr)
    return False


def feishu_sign(secret: str, ts: int) -> str:
    string_to_sign = f"{ts}\n{secret}".encode("utf-8")
    return base64.b64encode(hmac.new(string_to_sign, b"", digestmod=hashlib.sha256).digest()).decode()


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--text")
    g.add_argument("--markdown")
    ap.add_argument("--mention-all", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    content = (a.text or a.markdown).replace("\\n", "\n")
    ok, sent = True, 0

    key = os.environ.get("WECOM_BOT_KEY")
    if key:
        if a.text:
            body = {"msgtype": "text", "text": {"content": content}}
            if a.mention_all:
                body["text"]["mentioned_list"] = ["@all"]
        else:
            body = {"msgtype": "markdown", "markdown": {"content": content}}
        ok &= post(WECOM_URL.format(key=key), body, f"企业微信(key={mask(key)})", a.dry_run)
        sent += 1

    fs_url = os.environ.get("FEISHU_BOT_URL")
    if fs_url:
        body = {"msg_type": "text", "content": {"text": content + ("\n<at user_id=\"all\">所有人</at>" if a.mention_all else "")}}
        secret = os.environ.get("FEISHU_BOT_SECRET")
        if secret:
            ts = int(time.time())
            body.update({"timestamp": str(ts), "sign": feishu_sign(secret, ts)})
        ok &= post(fs_url, body, f"飞书({mask(fs_url)})", a.dry_run)
        sent += 1

    if sent == 0:
        sys.exit("未配置 WECOM_BOT_KEY 或 FEISHU_BOT_URL，请先在群里添加机器人并设置环境变量。")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
