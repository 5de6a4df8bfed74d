import sys, json

def to_blocks(text):
    blocks = []
    for para in text.split("\n\n"):
        blocks.append({"object": "block", "type": "paragraph",
                       "paragraph": {"rich_text": [{"type": "text", "text": {"content": para}}]}})
    return blocks

if __name__ == "__main__":
    print(json.dumps(to_blocks(open(sys.argv[1]).read())))
