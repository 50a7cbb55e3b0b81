"""Shared by the generate-*-fixtures.py scripts: exact bytes for the CSV corpus in this folder."""
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
BOM = b"\xef\xbb\xbf"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_1258(text):
    """Windows-1258 as Vietnamese Windows writes it: base letter (with its shape mark) + a combining tone byte."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def write(name, data):
    (HERE / name).write_bytes(data)
