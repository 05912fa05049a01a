#!/usr/bin/env python3
"""Writes the golden vectors of tests/wire/GoldenVectors.h as fuzzer seeds in fuzz/corpus/.

Each vector becomes <name>.bin; whole messages also become <name>.framed, split
into 16-byte frames, to seed the FrameDecoder path. Run it after changing the vectors.
"""
import pathlib
import re
import struct

root = pathlib.Path(__file__).resolve().parent.parent
source = (root / "tests/wire/GoldenVectors.h").read_text()
corpus = root / "fuzz/corpus"
corpus.mkdir(exist_ok=True)

declaration = re.compile(r'inline const QByteArray (\w+)\s*=\s*hex\(((?:\s*"[^"]*"(?:\s*//[^\n]*)?)+)\s*\);')
for name, literals in declaration.findall(source):
    literals = re.sub(r"//[^\n]*", "", literals)  # comments may quote text
    data = bytes.fromhex("".join(re.findall(r'"([^"]*)"', literals)).replace(" ", ""))
    (corpus / f"{name}.bin").write_bytes(data)
    if len(data) >= 8 and struct.unpack(">I", data[:4])[0] == len(data):
        frames = b"".join(struct.pack(">H", len(data[i:i + 16])) + data[i:i + 16] for i in range(0, len(data), 16))
        (corpus / f"{name}.framed").write_bytes(frames)
    print(f"{name}: {len(data)} bytes")
