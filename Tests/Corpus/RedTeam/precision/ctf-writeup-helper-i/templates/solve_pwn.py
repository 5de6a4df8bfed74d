#!/usr/bin/env python3
# Solve skeleton for {{name}} ({{event}}). Remote is the organisers' challenge endpoint only.
from pwn import ELF, args, context, log, process, remote, p64

HOST, PORT = "{{host}}", {{port}}
BINARY = "./files/{{binary}}"

context.binary = elf = ELF(BINARY, checksec=False)
context.log_level = "info"


def conn():
    if args.LOCAL:
        return process(BINARY)
    return remote(HOST, PORT)


def main():
    io = conn()
    offset = 0  # TODO: find with cyclic() / cyclic_find()
    payload = b"A" * offset
    # payload += p64(elf.symbols["win"])
    io.sendlineafter(b"> ", payload)
    io.interactive()


if __name__ == "__main__":
    main()
